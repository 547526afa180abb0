/* test-merge-dialog.c: "Merge Changes From…" on a real window with real
 * files: a copy goes out, both sides edit, the copy comes back, the user
 * picks theirs for the one conflict, and one undo takes it all back. */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "sam-merge-dialog.h"
#include "sam-merge.h"
#include "sam-project-io.h"
#include "sam-window.h"
#include "test-util.h"

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_named (GtkWidget  *root,
             const char *name)
{
  guint n = g_strcmp0 (gtk_widget_get_name (root), name) == 0;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_named (c, name);
  return n;
}

static GtkWindow *
dialog_of (SamWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (w) == GTK_WINDOW (parent) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static GtkWindow *
wait_for_dialog (SamWindow *parent)
{
  GtkWindow *dialog;

  wait_for ((dialog = dialog_of (parent)) != NULL);
  return dialog;
}

static SamStakeholder *
first_stakeholder (SamProject *project)
{
  g_autoptr(SamStakeholder) s = g_list_model_get_item (sam_project_get_stakeholders (project), 0);
  return s;
}

static void
test_merge_dialog_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_tmp_dir ("samenspel-merge-XXXXXX");
  g_autofree char *ours_path = g_build_filename (dir, "pilot.samenspel", NULL);
  g_autofree char *theirs_path = g_build_filename (dir, "pilot-from-anna.samenspel", NULL);
  g_autoptr(GFile) ours_file = g_file_new_for_path (ours_path);
  g_autoptr(GFile) theirs_file = g_file_new_for_path (theirs_path);
  g_autoptr(SamProject) ours = sam_project_new ();
  g_autoptr(SamProject) theirs = NULL;
  g_autoptr(SamStakeholder) library = sam_stakeholder_new ("Library");
  g_autoptr(SamStakeholder) theatre = sam_stakeholder_new ("Theatre");
  SamWindow *window = sam_window_new (NULL);
  SamHistory *history;
  GtkWindow *dialog;
  GtkWidget *take_theirs, *merge_button;

  g_object_set (ours, "title", "Pilot", NULL);
  sam_project_load_stakeholder (ours, library);
  sam_project_load_stakeholder (ours, theatre);
  g_assert_true (sam_project_save_to_file (ours, ours_file, NULL, NULL, NULL, &error));
  /* Opened in the window, as after File ▸ Open. */
  sam_window_set_project (window, ours, ours_file, NULL);
  history = sam_project_get_history (ours);

  /* The copy that went out by email: Anna opens it, edits, saves. */
  g_assert_true (g_file_copy (ours_file, theirs_file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  theirs = sam_project_load_from_file (theirs_file, NULL, NULL, &error);
  g_assert_no_error (error);
  /* What Anna's window does after loading (sam-share.c). */
  sam_merge_record_state (theirs);
  sam_project_set_string (theirs, first_stakeholder (theirs), "interest", "Reading clubs in class");
  sam_project_set_string (theirs, theirs, "vision-mission", "Every child meets the arts");
  g_assert_true (sam_project_save_to_file (theirs, theirs_file, NULL, NULL, NULL, &error));

  /* Meanwhile, here. */
  sam_project_set_string (ours, first_stakeholder (ours), "interest", "Lending books");
  sam_history_seal (history);

  sam_merge_dialog_merge_file (window, theirs_file);
  dialog = wait_for_dialog (window);
  /* Exactly one question: the library card, changed on both sides. */
  take_theirs = find_named (GTK_WIDGET (dialog), "take-theirs");
  merge_button = find_named (GTK_WIDGET (dialog), "merge-button");
  g_assert_nonnull (take_theirs);
  g_assert_cmpuint (count_named (GTK_WIDGET (dialog), "take-theirs"), ==, 1);
  maybe_screenshot (GTK_WIDGET (dialog), "merge-review.png");
  g_assert_nonnull (merge_button);
  /* Nothing changes before "Merge". */
  g_assert_cmpstr (sam_project_get_vision (ours, SAM_VISION_MISSION), ==, "");

  gtk_check_button_set_active (GTK_CHECK_BUTTON (take_theirs), TRUE);
  g_signal_emit_by_name (merge_button, "clicked");

  g_assert_cmpstr (sam_stakeholder_get_interest (first_stakeholder (ours)), ==, "Reading clubs in class");
  g_assert_cmpstr (sam_project_get_vision (ours, SAM_VISION_MISSION), ==, "Every child meets the arts");
  g_assert_cmpstr (sam_history_get_undo_label (history), ==, "Merge Changes");

  /* One undo step takes the whole merge back. */
  g_assert_true (sam_history_undo (history));
  g_assert_cmpstr (sam_stakeholder_get_interest (first_stakeholder (ours)), ==, "Lending books");
  g_assert_cmpstr (sam_project_get_vision (ours, SAM_VISION_MISSION), ==, "");
  g_assert_true (sam_history_redo (history));
  g_assert_cmpstr (sam_project_get_vision (ours, SAM_VISION_MISSION), ==, "Every child meets the arts");

  /* The merged project saves and loads with its merge history. */
  {
    g_autoptr(SamProject) reloaded = NULL;

    g_assert_true (sam_project_save_to_file (ours, ours_file, NULL, NULL, NULL, &error));
    reloaded = sam_project_load_from_file (ours_file, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (json_object_has_member (sam_project_get_unknown (reloaded, ""), "merge_history"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window carries the sharing actions the menu names. */
static void
test_merge_dialog_actions (void)
{
  SamWindow *window = sam_window_new (NULL);
  const char *actions[] = { "send-email", "merge", "export-handout", "print", "attach-handout" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), actions[i]));
      g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), actions[i]));
    }
  /* attach-handout is the setting: a check item. */
  {
    g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), "attach-handout");
    g_assert_true (g_variant_is_of_type (state, G_VARIANT_TYPE_BOOLEAN));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
saved_cb (SamWindow *window,
          gboolean   saved,
          gpointer   user_data)
{
  int *done = user_data;

  *done = saved ? 1 : -1;
}

/* The window records the state it loaded when idle, after the project is
 * on screen; a save straight after opening still writes that state into
 * the file's merge history, as a recording at once would have. */
static void
test_merge_dialog_save_at_once (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_tmp_dir ("samenspel-merge-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "opened.samenspel", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "saved-as.samenspel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy_path);
  g_autoptr(SamProject) original = sam_project_new ();
  g_autoptr(SamProject) opened = NULL;
  g_autoptr(SamProject) reloaded = NULL;
  g_autoptr(SamStakeholder) library = sam_stakeholder_new ("Library");
  g_autoptr(SamNote) note = sam_note_new ("Will schools still book us?", SAM_NOTE_KIND_FEAR);
  SamWindow *window = sam_window_new (NULL);
  JsonObject *items;
  int done = 0;

  sam_project_load_stakeholder (original, library);
  sam_project_load_note (original, note);
  g_assert_true (sam_project_save_to_file (original, file, NULL, NULL, NULL, &error));
  opened = sam_project_load_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);

  sam_window_set_project (window, opened, file, NULL);
  /* Not yet recorded: that waits for an idle main loop. */
  g_assert_null (sam_project_get_unknown (opened, ""));
  sam_window_save_to_file (window, copy_file, saved_cb, &done);
  wait_for (done != 0);
  g_assert_cmpint (done, ==, 1);

  reloaded = sam_project_load_from_file (copy_file, NULL, NULL, &error);
  g_assert_no_error (error);
  items = json_object_get_object_member (json_object_get_object_member (sam_project_get_unknown (reloaded, ""),
                                                                        SAM_MERGE_HISTORY_MEMBER), "items");
  g_assert_nonnull (items);
  {
    g_autofree char *fp_library = sam_merge_fingerprint (G_OBJECT (library));
    g_autofree char *fp_note = sam_merge_fingerprint (G_OBJECT (note));
    JsonArray *states = json_object_get_array_member (items, sam_stakeholder_get_id (library));

    g_assert_cmpuint (json_array_get_length (states), ==, 1);
    g_assert_cmpstr (json_array_get_string_element (states, 0), ==, fp_library);
    states = json_object_get_array_member (items, sam_note_get_id (note));
    g_assert_cmpuint (json_array_get_length (states), ==, 1);
    g_assert_cmpstr (json_array_get_string_element (states, 0), ==, fp_note);
    g_assert_true (json_object_has_member (items, "project:title"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/merge-dialog/round-trip", test_merge_dialog_round_trip);
  g_test_add_func ("/samenspel/merge-dialog/actions", test_merge_dialog_actions);
  g_test_add_func ("/samenspel/merge-dialog/save-at-once", test_merge_dialog_save_at_once);

  {
    int status = g_test_run ();

    remove_tmp_dirs ();
    return status;
  }
}
