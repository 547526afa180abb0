/* test-print.c: Print… draws the handout's pages through GtkPrintOperation
 * (here exported to a PDF file by GTK's print backend, no printer needed) */

#include "config.h"

#include <gtk/gtk.h>

#include "sam-handout.h"
#include "sam-share.h"


/* Temporary folders made by this test, removed when it ends. */
static GPtrArray *tmp_dirs;

static char *
make_tmp_dir (const char *template)
{
  char *dir = g_dir_make_tmp (template, NULL);

  g_assert_nonnull (dir);
  if (tmp_dirs == NULL)
    tmp_dirs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (tmp_dirs, g_strdup (dir));
  return dir;
}

static void
remove_tmp_dirs (void)
{
  for (guint i = 0; tmp_dirs != NULL && i < tmp_dirs->len; i++)
    {
      const char *argv[] = { "rm", "-rf", g_ptr_array_index (tmp_dirs, i), NULL };
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }
}

static char *
run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error))
    g_error ("Could not run %s: %s", argv[0], error->message);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
test_print_pages (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(SamStakeholder) s = sam_stakeholder_new ("Primary school");
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(SamHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_tmp_dir ("samenspel-print-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  g_object_set (project, "title", "Printed pilot", "vision-mission", "Every child meets the arts", NULL);
  sam_project_load_stakeholder (project, s);
  handout = sam_handout_new (project, SAM_HANDOUT_A4_WIDTH, SAM_HANDOUT_A4_HEIGHT);

  operation = sam_share_new_print_operation (project, "Printed pilot");
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  {
    const char *argv[] = { "pdfinfo", path, NULL };
    info = run (argv);
  }
  g_test_message ("%s", info);
  g_assert_nonnull (strstr (info, "Pages:"));
  g_assert_cmpuint (g_ascii_strtoull (strstr (info, "Pages:") + strlen ("Pages:"), NULL, 10), ==,
                    sam_handout_get_n_pages (handout));
  g_assert_nonnull (strstr (info, "(A4)"));
  {
    const char *argv[] = { "pdftotext", path, "-", NULL };
    text = run (argv);
  }
  g_assert_nonnull (strstr (text, "Printed pilot"));
  g_assert_nonnull (strstr (text, "Every child meets the arts"));
  g_assert_nonnull (strstr (text, "Primary school"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/print/pages", test_print_pages);

  {
    int status = g_test_run ();

    remove_tmp_dirs ();
    return status;
  }
}
