/* sam-cli.c: the command-line modes that need no display */

#define G_LOG_DOMAIN "samenspel-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-cli.h"
#include "sam-export.h"
#include "sam-handout.h"
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
          g_str_has_prefix (argv[i], "--export=") || g_str_equal (argv[i], "--handout") ||
          g_str_equal (argv[i], "--size") || g_str_has_prefix (argv[i], "--size=") ||
          g_str_equal (argv[i], "--style") || g_str_has_prefix (argv[i], "--style=") ||
          g_str_equal (argv[i], "--compare") || g_str_has_prefix (argv[i], "--compare="))
        return TRUE;
    }
  return FALSE;
}

/* Loads exactly one project for an export, or says why not. */
static SamProject *
load_one (char **files)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  SamProject *project;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("samenspel: %s\n", _("--export needs exactly one project file"));
      return NULL;
    }

  file = g_file_new_for_commandline_arg (files[0]);
  project = sam_project_load_from_file (file, NULL, NULL, &error);
  if (project == NULL)
    g_printerr ("%s: error: %s\n", files[0], error->message);
  return project;
}

/* "FROM" (compared with now) or "FROM..TO"; says why not when a session
 * is not found, listing the project's sessions. */
static gboolean
lookup_compare (SamProject  *project,
                const char  *spec,
                SamSession **from,
                SamSession **to)
{
  g_auto(GStrv) parts = g_strsplit (spec, "..", 2);

  *from = sam_project_lookup_session (project, parts[0]);
  *to = parts[1] != NULL ? sam_project_lookup_session (project, parts[1]) : NULL;
  if (*from == NULL || (parts[1] != NULL && *to == NULL))
    {
      g_autoptr(GPtrArray) ordered = sam_project_dup_sessions_in_order (project);
      const char *missing = *from == NULL ? parts[0] : parts[1];

      if (ordered->len == 0)
        g_printerr ("samenspel: %s\n", _("--compare: this project has no work sessions yet"));
      else
        {
          g_printerr ("samenspel: ");
          g_printerr (_("--compare: no session “%s”; name one by its number, its date, its id, "
                        "“first” or “last”:"), missing);
          g_printerr ("\n");
          for (guint i = 0; i < ordered->len; i++)
            {
              g_autofree char *title = sam_session_dup_title (ordered->pdata[i]);

              g_printerr ("  %u  %s  %s  %s\n", i + 1, sam_session_get_date (ordered->pdata[i]),
                          sam_session_get_id (ordered->pdata[i]), title);
            }
        }
      return FALSE;
    }
  return TRUE;
}

int
sam_cli_export (const char  *output,
                const char  *size,
                const char  *style_name,
                gboolean     handout,
                char       **files)
{
  return sam_cli_export_compare (output, size, style_name, handout, NULL, files);
}

int
sam_cli_export_compare (const char  *output,
                        const char  *size,
                        const char  *style_name,
                        gboolean     handout,
                        const char  *compare,
                        char       **files)
{
  SamSession *from = NULL, *to = NULL;
  g_autoptr(SamProject) project = NULL;
  g_autoptr(GError) error = NULL;
  SamRenderStyle style = SAM_RENDER_STYLE_LIGHT;
  int width = 1920, height = 1080;

  /* A PDF without a size gets a page that prints: A4 landscape, in points. */
  if (size == NULL && g_str_has_suffix (output, ".pdf"))
    {
      width = 842;
      height = 595;
    }

  if ((size != NULL && !sam_export_parse_size (size, &width, &height, &error)) ||
      (style_name != NULL && !sam_export_parse_style (style_name, &style, &error)))
    {
      g_printerr ("samenspel: %s\n", error->message);
      return 2;
    }

  if (handout && !g_str_has_suffix (output, ".pdf"))
    {
      g_printerr ("samenspel: %s\n", _("the handout is a PDF: name the output “….pdf”"));
      return 2;
    }

  if (handout && compare != NULL)
    {
      g_printerr ("samenspel: %s\n", _("use either --handout or --compare (the handout has a page of the sessions)"));
      return 2;
    }

  project = load_one (files);
  if (project == NULL)
    return 1;
  if (compare != NULL && !lookup_compare (project, compare, &from, &to))
    return 1;

  if (handout ? !sam_handout_export (project, output, &error)
              : from != NULL ? !sam_export_compare (project, output, width, height, style, from, to, &error)
              : !sam_export_ladder (project, output, width, height, style, &error))
    {
      g_printerr ("%s: error: %s\n", output, error->message);
      return 1;
    }

  return 0;
}

int
sam_cli_run (int    argc,
             char **argv)
{
  gboolean validate = FALSE;
  g_autofree char *export_path = NULL;
  g_autofree char *size = NULL;
  g_autofree char *style = NULL;
  g_autofree char *compare = NULL;
  gboolean handout = FALSE;
  g_auto(GStrv) files = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &validate,
      N_("Check project files; exit status 0 only when all are valid"), NULL },
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &export_path,
      N_("Export the ladder to OUT (.png, .svg or .pdf)"), N_("OUT") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size,
      N_("Size of the export: pixels for PNG and SVG (default 1920x1080), points for PDF (default A4 landscape)"), N_("WxH") },
    { "style", 0, 0, G_OPTION_ARG_STRING, &style,
      N_("Style of the export: light, dark or projector (default light)"), N_("STYLE") },
    { "compare", 0, 0, G_OPTION_ARG_STRING, &compare,
      N_("With --export: show where everyone moved since work session SESSION (its number in date order, its date, its id, “first” or “last”), or between two: FROM..TO"), N_("SESSION") },
    { "handout", 0, 0, G_OPTION_ARG_NONE, &handout,
      N_("With --export: write the A4 handout (ladder, vision, stakeholders, parking lot) as PDF"), NULL },
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

  if (export_path == NULL && (handout || size != NULL || style != NULL || compare != NULL))
    {
      g_printerr ("samenspel: %s\n", _("--handout, --size, --style and --compare go with --export OUT"));
      return 2;
    }
  if (validate && export_path != NULL)
    {
      g_printerr ("samenspel: %s\n", _("use either --validate or --export"));
      return 2;
    }
  if (validate)
    return sam_cli_validate ((const char * const *) files);
  if (export_path != NULL)
    return sam_cli_export_compare (export_path, size, style, handout, compare, files);

  g_printerr ("samenspel: %s\n", _("nothing to do"));
  return 2;
}
