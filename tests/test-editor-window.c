/* test-editor-window.c: the window remembers its size, split and page */

#include "config.h"

#include <gtk/gtk.h>

#include "editor-test-util.h"
#include "sam-ladder-view.h"
#include "sam-parking-lot.h"
#include "sam-stakeholder-editor.h"

static GSettings *
settings_or_skip (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_test_skip ("the GSettings schema is not compiled in this build (data/ from the desktop branch)");
      return NULL;
    }
  return g_settings_new (APPLICATION_ID);
}

static void
test_pages (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  SamWindow *window = window_new_with (project);
  GtkStack *stack = sam_window_get_editor_stack (window);
  GtkWidget *parking_page = gtk_stack_get_child_by_name (stack, "parking");

  /* A page gets its editor when it is first shown, not before. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "vision");
  g_assert_null (gtk_widget_get_first_child (parking_page));
  gtk_stack_set_visible_child_name (stack, "parking");
  g_assert_true (SAM_IS_PARKING_LOT (gtk_widget_get_first_child (parking_page)));
  gtk_stack_set_visible_child_name (stack, "vision");

  g_assert_nonnull (window_page (window, "vision"));
  g_assert_nonnull (window_page (window, "stakeholders"));
  g_assert_nonnull (window_page (window, "parking"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.editor-page", "s", "parking"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "parking");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.editor-page", "s", "stakeholders"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "stakeholders");
  /* Every page fits in a narrow editor side, so 1024 pixels leave the
   * canvas more than half the window. */
  for (const char * const *page = (const char * const[]) { "vision", "stakeholders", "parking", NULL }; *page; page++)
    {
      int min = 0;

      gtk_widget_measure (window_page (window, *page), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_test_message ("%s page: at least %d pixels wide", *page, min);
      g_assert_cmpint (min, <=, 470);
    }

  /* The whole window fits a 1024×600 screen, on every page. */
  for (const char * const *page = (const char * const[]) { "vision", "stakeholders", "parking", NULL }; *page; page++)
    {
      int min_width = 0, min_height = 0;

      gtk_stack_set_visible_child_name (stack, *page);
      spin (50);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, -1, &min_height, NULL, NULL, NULL);
      g_test_message ("window on the %s page: at least %dx%d", *page, min_width, min_height);
      g_assert_cmpint (min_width, <=, 1024);
      g_assert_cmpint (min_height, <=, 600);
    }
  gtk_stack_set_visible_child_name (stack, "stakeholders");

  /* An unknown page is ignored, not a crash or a warning. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.editor-page", "s", "nowhere"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "stakeholders");

  window_destroy (window);
}

static void
test_state_is_remembered (void)
{
  g_autoptr(GSettings) settings = settings_or_skip ();
  g_autoptr(SamProject) project = sam_project_new ();
  SamWindow *window;
  GtkPaned *paned;
  int width, height;

  if (settings == NULL)
    return;

  g_settings_set_int (settings, "window-width", 1100);
  g_settings_set_int (settings, "window-height", 700);
  g_settings_set_int (settings, "split-position", 500);
  g_settings_set_string (settings, "editor-page", "parking");

  window = g_object_new (SAM_TYPE_WINDOW, NULL);
  sam_window_set_project (window, project, NULL, NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 700);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sam_window_get_editor_stack (window)), ==, "parking");
  gtk_window_present (GTK_WINDOW (window));
  spin (300);

  paned = GTK_PANED (gtk_widget_get_template_child (GTK_WIDGET (window), SAM_TYPE_WINDOW, "paned"));
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (paned)) - gtk_paned_get_position (paned) - 500), <=, 8);

  /* Changes are written back, a moment after they stop. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.editor-page", "s", "stakeholders"));
  spin (500);
  {
    g_autofree char *page = g_settings_get_string (settings, "editor-page");
    g_assert_cmpstr (page, ==, "stakeholders");
  }
  gtk_paned_set_position (paned, gtk_widget_get_width (GTK_WIDGET (paned)) - 420);
  spin (500);
  g_assert_cmpint (g_settings_get_int (settings, "split-position"), ==, 420);
  gtk_window_set_default_size (GTK_WINDOW (window), 1050, 680);
  spin (500);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1050);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 680);

  /* A change still pending when the window closes is not lost. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.editor-page", "s", "vision"));
  window_destroy (window);
  {
    g_autofree char *page = g_settings_get_string (settings, "editor-page");
    g_assert_cmpstr (page, ==, "vision");
  }
}

static void
test_canvas_selection (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(SamStakeholder) a = sam_stakeholder_new ("Library");
  g_autoptr(SamStakeholder) b = sam_stakeholder_new ("Pupils");
  SamWindow *window;
  SamLadderView *view;
  SamStakeholderEditor *editor;

  sam_project_load_stakeholder (project, a);
  sam_project_load_stakeholder (project, b);
  window = window_new_with (project);
  view = SAM_LADDER_VIEW (sam_window_get_ladder_view (window));

  /* A chip selected on the canvas before the page was ever shown... */
  sam_ladder_view_set_selected_stakeholder (view, sam_stakeholder_get_id (b));
  editor = SAM_STAKEHOLDER_EDITOR (window_page (window, "stakeholders"));
  /* ...is the card the page opens with. */
  g_assert_cmpstr (sam_stakeholder_editor_get_selected_stakeholder (editor), ==, sam_stakeholder_get_id (b));

  /* Both ways. */
  sam_stakeholder_editor_set_selected_stakeholder (editor, sam_stakeholder_get_id (a));
  g_assert_cmpstr (sam_ladder_view_get_selected_stakeholder (view), ==, sam_stakeholder_get_id (a));
  sam_ladder_view_set_selected_stakeholder (view, sam_stakeholder_get_id (b));
  g_assert_cmpstr (sam_stakeholder_editor_get_selected_stakeholder (editor), ==, sam_stakeholder_get_id (b));

  window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/editor-window/pages", test_pages);
  g_test_add_func ("/samenspel/editor-window/state-is-remembered", test_state_is_remembered);
  g_test_add_func ("/samenspel/editor-window/canvas-selection", test_canvas_selection);

  return g_test_run ();
}
