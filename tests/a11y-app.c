/* a11y-app.c: Samenspel as tests/test-a11y.py runs it
 *
 * The real application (the same SamApplication as src/main.c), with two
 * differences a test needs: translations come from the build tree
 * (SAM_TEST_LOCALEDIR) instead of the install prefix, so the walk can be
 * made in Dutch without installing, and the main window opens at the size
 * given in SAM_TEST_WINDOW_SIZE (WIDTHxHEIGHT), the laptop screen the
 * issue was found on.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sam-application.h"
#include "sam-window.h"

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  const char *size = g_getenv ("SAM_TEST_WINDOW_SIZE");
  int width = 0, height = 0;

  if (size != NULL && sscanf (size, "%dx%d", &width, &height) == 2
      && SAM_IS_WINDOW (window))
    gtk_window_set_default_size (window, width, height);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SamApplication) app = NULL;
  const char *localedir = g_getenv ("SAM_TEST_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sam_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
