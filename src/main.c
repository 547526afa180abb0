/* main.c: the samenspel executable */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sam-application.h"
#include "sam-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SamApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Validation and export run without a display, so GTK is never started. */
  if (sam_cli_wants (argc, argv))
    return sam_cli_run (argc, argv);

  app = sam_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
