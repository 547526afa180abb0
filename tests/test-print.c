/* test-print.c: Print… draws the handout's pages through GtkPrintOperation
 * (here exported to a PDF file by GTK's print backend, no printer needed) */

#include "config.h"

#include <gtk/gtk.h>

#include "sam-handout.h"
#include "sam-share.h"
#include "test-util.h"

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
