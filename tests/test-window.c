/* test-window.c: the main window's document handling, in a real GTK window */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "sam-project-io.h"
#include "sam-window.h"
#include "test-util.h"

/* The question on screen: a visible window transient for another, since
 * GTK 4.10's GtkAlertDialog shows no public window type (4.8's
 * GtkMessageDialog is a GtkDialog). */
static GtkWindow *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      GtkWindow *w = g_list_model_get_item (toplevels, i);

      /* The toplevel list keeps the window alive. */
      g_object_unref (w);
      if (!SAM_IS_WINDOW (w) && gtk_window_get_transient_for (w) != NULL
          && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Answers the question on screen as a person would, by its button: the
 * same on GTK 4.8 and 4.10+, where gtk_dialog_response() is deprecated
 * and reaches no GtkAlertDialog. */
static void
answer_dialog (const char *label)
{
  GtkWindow *dialog = find_dialog ();
  GtkWidget *button;

  g_assert_nonnull (dialog);
  button = find_button (GTK_WIDGET (dialog), label);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static const char *
title_label_text (SamWindow *window)
{
  GtkWidget *header = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget *title = gtk_header_bar_get_title_widget (GTK_HEADER_BAR (header));

  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (title)));
}

static void
test_window_title_shows_unsaved_mark (void)
{
  SamWindow *window = sam_window_new (NULL);
  gpointer weak = window;
  SamProject *project;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  sam_window_open_example (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));

  project = sam_window_get_project (window);
  g_assert_cmpstr (title_label_text (window), ==, sam_project_get_title (project));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)),
                                   sam_project_get_title (project)));

  sam_project_set_mark (project, SAM_MARK_PRODUCER_NOW, 2);
  g_assert_true (g_str_has_prefix (title_label_text (window), "• "));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "*"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (title_label_text (window), ==, sam_project_get_title (project));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_NOW), ==, 2);

  /* Renaming the project renames the window. */
  sam_project_set_string (project, project, "title", "Pilot with two schools");
  g_assert_cmpstr (title_label_text (window), ==, "• Pilot with two schools");

  /* Discard on the way out: answer the question the close raises. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (spin_until (dialog_shown, NULL));
  answer_dialog ("_Discard");
  wait_for (weak == NULL);
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_window_close_asks_before_losing_work (void)
{
  SamWindow *window = sam_window_new (NULL);
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_present (GTK_WINDOW (window));
  sam_project_set_mark (sam_window_get_project (window), SAM_MARK_CONSUMER_WANTED, 4);

  /* Cancel keeps the window and the work. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (spin_until (dialog_shown, NULL));
  answer_dialog ("_Cancel");
  /* The question is answered once it is gone; the window stays. */
  wait_for (find_dialog () == NULL);
  g_assert_nonnull (weak);
  g_assert_cmpint (sam_project_get_mark (sam_window_get_project (window), SAM_MARK_CONSUMER_WANTED), ==, 4);

  /* Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (spin_until (dialog_shown, NULL));
  answer_dialog ("_Discard");
  g_assert_true (spin_until (window_gone, &weak));
}

static void
test_window_clean_close_asks_nothing (void)
{
  SamWindow *window = sam_window_new (NULL);
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  sam_window_open_example (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  wait_for (weak == NULL);
  g_assert_null (find_dialog ());
}

typedef struct {
  gboolean done;
  gboolean ok;
} Result;

static void
done_cb (SamWindow *window,
         gboolean   ok,
         gpointer   user_data)
{
  Result *r = user_data;

  r->done = TRUE;
  r->ok = ok;
}

static gboolean
result_done (gpointer data)
{
  return ((Result *) data)->done;
}

static void
test_window_save_and_reopen (void)
{
  g_autofree char *dir = g_dir_make_tmp ("samenspel-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pilot.samenspel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SamWindow *window = sam_window_new (NULL);
  SamWindow *second = sam_window_new (NULL);
  Result r = { 0 };
  SamProject *project;

  sam_window_open_example (window);
  gtk_window_present (GTK_WINDOW (window));
  project = sam_window_get_project (window);
  sam_project_set_string (project, project, "title", "Saved pilot");
  g_assert_true (sam_history_get_dirty (sam_project_get_history (project)));

  sam_window_save_to_file (window, file, done_cb, &r);
  g_assert_true (spin_until (result_done, &r));
  g_assert_true (r.ok);
  g_assert_false (sam_history_get_dirty (sam_project_get_history (project)));
  g_assert_true (sam_window_get_file (window) == file || g_file_equal (sam_window_get_file (window), file));
  g_assert_false (g_str_has_prefix (title_label_text (window), "•"));

  /* A second window opens what the first one wrote. */
  sam_window_open_file (second, file);
  g_assert_true (spin_until ((gboolean (*) (gpointer)) sam_window_get_file, second));
  g_assert_cmpstr (sam_project_get_title (sam_window_get_project (second)), ==, "Saved pilot");
  g_assert_cmpstr (sam_project_get_id (sam_window_get_project (second)), ==, sam_project_get_id (project));

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (second));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_window_bad_file_keeps_project (void)
{
  g_autofree char *dir = g_dir_make_tmp ("samenspel-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.samenspel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SamWindow *window = sam_window_new (NULL);
  SamProject *before;

  g_assert_true (g_file_set_contents (path, "{\"format\": \"samenspel\", \"version\": 1, [", -1, NULL));
  sam_window_open_example (window);
  gtk_window_present (GTK_WINDOW (window));
  before = sam_window_get_project (window);

  sam_window_open_file (window, file);
  g_assert_true (spin_until (dialog_shown, NULL));
  g_assert_true (sam_window_get_project (window) == before);
  g_assert_null (sam_window_get_file (window));
  gtk_window_destroy (find_dialog ());
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* A save that cannot happen (the folder is a regular file, which stops
 * root too) says why and keeps the work unsaved and the old file as it was. */
static void
test_window_failed_save_keeps_work (void)
{
  g_autofree char *dir = g_dir_make_tmp ("samenspel-window-XXXXXX", NULL);
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "pilot.samenspel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SamWindow *window = sam_window_new (NULL);
  Result r = { 0 };
  SamProject *project;
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (blocker, "keep me\n", -1, NULL));
  sam_window_open_example (window);
  gtk_window_present (GTK_WINDOW (window));
  project = sam_window_get_project (window);
  sam_project_set_string (project, project, "title", "Unsaved pilot");

  sam_window_save_to_file (window, file, done_cb, &r);
  g_assert_true (spin_until (result_done, &r));
  g_assert_false (r.ok);
  g_assert_true (spin_until (dialog_shown, NULL));
  dialog = find_dialog ();
  g_assert_true (GTK_IS_MESSAGE_DIALOG (dialog));

  g_assert_true (sam_history_get_dirty (sam_project_get_history (project)));
  g_assert_true (g_str_has_prefix (title_label_text (window), "• "));
  g_assert_null (sam_window_get_file (window));
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (blocker, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "keep me\n");
  }

  gtk_window_destroy (dialog);
  sam_history_mark_clean (sam_project_get_history (project));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (blocker);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/window/title-shows-unsaved-mark", test_window_title_shows_unsaved_mark);
  g_test_add_func ("/samenspel/window/close-asks-before-losing-work", test_window_close_asks_before_losing_work);
  g_test_add_func ("/samenspel/window/clean-close-asks-nothing", test_window_clean_close_asks_nothing);
  g_test_add_func ("/samenspel/window/save-and-reopen", test_window_save_and_reopen);
  g_test_add_func ("/samenspel/window/bad-file-keeps-project", test_window_bad_file_keeps_project);
  g_test_add_func ("/samenspel/window/failed-save-keeps-work", test_window_failed_save_keeps_work);

  return g_test_run ();
}
