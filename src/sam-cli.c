/* sam-cli.c: the command-line modes that need no display */

#define G_LOG_DOMAIN "samenspel-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-cli.h"
#include "sam-project-io.h"

int
sam_cli_validate (const char * const *files)
{
  int status = 0;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--validate needs at least one file"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SamProject) project = sam_project_load_from_file (file, NULL, NULL, &error);

      if (project != NULL)
        g_print ("%s: ok\n", files[i]);
      else
        {
          /* One line per file, whatever the message holds. */
          g_autofree char *one_line = g_strdup (error->message);

          g_strdelimit (one_line, "\r\n", ' ');
          g_print ("%s: error: %s\n", files[i], one_line);
          status = 1;
        }
    }

  return status;
}

gboolean
sam_cli_wants (int    argc,
               char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--validate") || g_str_equal (argv[i], "--export") ||
          g_str_has_prefix (argv[i], "--export="))
        return TRUE;
    }
  return FALSE;
}

int
sam_cli_run (int    argc,
             char **argv)
{
  gboolean validate = FALSE;
  g_auto(GStrv) files = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &validate,
      N_("Check project files; exit status 0 only when all are valid"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Samenspel without a display."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("samenspel: %s\n", error->message);
      return 2;
    }

  if (validate)
    return sam_cli_validate ((const char * const *) files);

  g_printerr ("samenspel: %s\n", _("nothing to do"));
  return 2;
}
