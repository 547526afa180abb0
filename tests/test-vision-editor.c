/* test-vision-editor.c: the vision page in a real window */

#include "config.h"

#include <gtk/gtk.h>

#include "editor-test-util.h"
#include "sam-ladder.h"
#include "sam-vision-editor.h"

static void
test_answers_typing_and_undo (void)
{
  SamProject *project = sam_project_new ();
  SamWindow *window = window_new_with (project);
  SamVisionEditor *editor = SAM_VISION_EDITOR (window_page (window, "vision"));
  SamHistory *history = sam_project_get_history (project);
  GtkWidget *answer, *other;
  g_autofree char *text = NULL;

  g_assert_nonnull (editor);
  g_assert_true (sam_vision_editor_get_project (editor) == project);
  answer = GTK_WIDGET (sam_vision_editor_get_answer (editor, SAM_VISION_CLIENT_WANTS));
  other = GTK_WIDGET (sam_vision_editor_get_answer (editor, SAM_VISION_MISSION));

  /* The widget's own undo is off, so Ctrl+Z reaches the document. */
  g_assert_false (gtk_text_buffer_get_enable_undo (gtk_text_view_get_buffer (GTK_TEXT_VIEW (answer))));

  gtk_widget_grab_focus (answer);
  type_text (answer, "Theme-based lessons");
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_CLIENT_WANTS), ==, "Theme-based lessons");
  g_assert_true (sam_history_get_dirty (history));

  /* Leaving the field ends the typing step. */
  gtk_widget_grab_focus (other);
  type_text (other, "Connect");
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_MISSION), ==, "Connect");

  /* Each burst of typing is one undo step, and the widgets follow. */
  undo (window);
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_MISSION), ==, "");
  text = widget_text (other);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_CLIENT_WANTS), ==, "Theme-based lessons");

  undo (window);
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_CLIENT_WANTS), ==, "");
  text = widget_text (answer);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  g_assert_false (sam_history_get_dirty (history));
  g_assert_false (sam_history_can_undo (history));

  /* Undo and redo themselves are not recorded as edits. */
  redo (window);
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_CLIENT_WANTS), ==, "Theme-based lessons");
  text = widget_text (answer);
  g_assert_cmpstr (text, ==, "Theme-based lessons");
  g_clear_pointer (&text, g_free);
  g_assert_true (sam_history_can_redo (history));

  /* A change made elsewhere (a merge, the canvas) shows without echo. */
  sam_project_set_string (project, project, sam_vision_property_name (SAM_VISION_FIT_NOTES), "Partly");
  text = widget_text (GTK_WIDGET (sam_vision_editor_get_answer (editor, SAM_VISION_FIT_NOTES)));
  g_assert_cmpstr (text, ==, "Partly");
  undo (window);
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_FIT_NOTES), ==, "");
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_CLIENT_WANTS), ==, "Theme-based lessons");

  window_destroy (window);
  /* Nothing the editors made keeps the document alive. */
  g_assert_finalize_object (project);
}

static void
test_marks_and_verdict (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  SamWindow *window = window_new_with (project);
  SamVisionEditor *editor = SAM_VISION_EDITOR (window_page (window, "vision"));
  GtkDropDown *producer_wanted = sam_vision_editor_get_mark (editor, SAM_MARK_PRODUCER_WANTED);
  GtkDropDown *consumer_now = sam_vision_editor_get_mark (editor, SAM_MARK_CONSUMER_NOW);
  GtkDropDown *verdict = sam_vision_editor_get_verdict (editor);
  GListModel *model = gtk_drop_down_get_model (producer_wanted);
  g_autoptr(GtkStringObject) item = NULL;

  /* "Not set" and the four producer roles. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  item = g_list_model_get_item (model, 4);
  g_assert_nonnull (strstr (gtk_string_object_get_string (item),
                            sam_ladder_get_role (SAM_SIDE_PRODUCER, 4)->title));

  gtk_drop_down_set_selected (producer_wanted, 4);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_WANTED), ==, 4);
  gtk_drop_down_set_selected (verdict, SAM_VERDICT_PARTLY);
  g_assert_cmpint (sam_project_get_verdict (project), ==, SAM_VERDICT_PARTLY);

  undo (window);
  g_assert_cmpint (sam_project_get_verdict (project), ==, SAM_VERDICT_UNSET);
  g_assert_cmpuint (gtk_drop_down_get_selected (verdict), ==, SAM_VERDICT_UNSET);
  undo (window);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_WANTED), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (producer_wanted), ==, 0);
  g_assert_false (sam_history_can_undo (sam_project_get_history (project)));
  redo (window);
  g_assert_cmpuint (gtk_drop_down_get_selected (producer_wanted), ==, 4);

  /* The canvas sets marks through the model; the page follows. */
  sam_project_set_mark (project, SAM_MARK_CONSUMER_NOW, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (consumer_now), ==, 2);

  window_destroy (window);
}

static void
test_project_switch (void)
{
  g_autoptr(SamProject) first = sam_project_new ();
  g_autoptr(SamProject) second = sam_project_new ();
  SamWindow *window = window_new_with (first);
  SamVisionEditor *editor = SAM_VISION_EDITOR (window_page (window, "vision"));
  GtkWidget *answer = GTK_WIDGET (sam_vision_editor_get_answer (editor, SAM_VISION_APPROACH));
  g_autofree char *text = NULL;

  g_object_set (second, "vision-approach", "A pilot with two schools", "producer-now", 1, NULL);
  sam_window_set_project (window, second, NULL, NULL);
  g_assert_true (sam_vision_editor_get_project (editor) == second);
  text = widget_text (answer);
  g_assert_cmpstr (text, ==, "A pilot with two schools");
  g_assert_cmpuint (gtk_drop_down_get_selected (sam_vision_editor_get_mark (editor, SAM_MARK_PRODUCER_NOW)), ==, 1);

  /* Typing now edits the second project only. */
  type_text (answer, "!");
  g_assert_cmpstr (sam_project_get_vision (second, SAM_VISION_APPROACH), ==, "A pilot with two schools!");
  g_assert_cmpstr (sam_project_get_vision (first, SAM_VISION_APPROACH), ==, "");
  g_assert_false (sam_history_can_undo (sam_project_get_history (first)));

  window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/vision-editor/typing-and-undo", test_answers_typing_and_undo);
  g_test_add_func ("/samenspel/vision-editor/marks-and-verdict", test_marks_and_verdict);
  g_test_add_func ("/samenspel/vision-editor/project-switch", test_project_switch);

  return g_test_run ();
}
