/* test-dialogs.c: every dialog of sam-dialogs.c, answered as a person would
 *
 * sam-dialogs.c has two implementations: GtkMessageDialog and
 * GtkFileChooserNative on GTK 4.8 (Debian 12), GtkAlertDialog and
 * GtkFileDialog on 4.10+ (Debian 13: build-aux/test-debian13).  This test
 * drives the app's own actions (Open, Save, Save As, Export Ladder, Export
 * Handout, Merge, closing with unsaved work, a file changed on disk) into
 * those dialogs and answers them through what both versions show on
 * screen: a window with buttons for the questions, GTK's own file chooser
 * window for the files (portals are switched off, so it is in this
 * process).  The same test therefore runs the one branch on Debian 12 and
 * the other on Debian 13.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>
#include <sys/time.h>

#include "sam-export-dialog.h"
#include "sam-project-io.h"
#include "sam-stakeholder.h"
#include "sam-window.h"
#include "test-util.h"

/* ---- finding and answering what is on screen ---- */

static GtkWindow *
find_toplevel (gboolean (*match) (GtkWindow *))
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      GtkWindow *w = g_list_model_get_item (toplevels, i);

      /* The toplevel list keeps the window alive. */
      g_object_unref (w);
      if (gtk_widget_get_visible (GTK_WIDGET (w)) && match (w))
        return w;
    }
  return NULL;
}

/* GTK offers no API to drive its file chooser, and the in-process one is a
 * GtkFileChooserDialog behind both GtkFileChooserNative (4.8) and
 * GtkFileDialog (4.10+): the test answers it through that interface, which
 * GTK 4.10 deprecates for applications, not for this. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static gboolean
is_chooser (GtkWindow *w)
{
  return GTK_IS_FILE_CHOOSER (w);
}

static gboolean
chooser_shown (gpointer data)
{
  return find_toplevel (is_chooser) != NULL;
}

static GtkWindow *
wait_for_chooser (const char *title)
{
  GtkWindow *chooser;

  g_assert_true (spin_until_timeout (chooser_shown, NULL, 20));
  chooser = find_toplevel (is_chooser);
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, title);
  g_assert_true (gtk_window_get_modal (chooser));
  return chooser;
}

/* The chooser has @data (a GFile) chosen: an open chooser once it has
 * read the folder and selected the file. */
static gboolean
chooser_has_file (gpointer data)
{
  GtkWindow *w = find_toplevel (is_chooser);
  g_autoptr(GFile) chosen = NULL;

  if (w == NULL)
    return FALSE;
  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (w));
  return chosen != NULL && g_file_equal (chosen, data);
}

static gboolean
chooser_in_folder (gpointer data)
{
  GtkWindow *w = find_toplevel (is_chooser);
  g_autoptr(GFile) folder = NULL;

  if (w == NULL)
    return FALSE;
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (w));
  return folder != NULL && g_file_equal (folder, data);
}

/* Picks @path in the chooser titled @title and presses its accept button.
 * The chooser must already show the file's folder: it starts there (next
 * to the open project, or in the working folder, which the tests make
 * their temporary folder), so picking the file changes no folder.  GTK
 * 4.18 reports a folder load cut short by a change of folder (from Recent
 * or the working folder) as "The folder contents could not be displayed"
 * and closes the chooser.  For a save chooser, @suggested_name gets the
 * name it offered first. */
static void
answer_chooser (const char *title,
                const char *path,
                char      **suggested_name)
{
  GtkWindow *w = wait_for_chooser (title);
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (w);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);

  if (suggested_name != NULL)
    *suggested_name = g_strdup (gtk_file_chooser_get_current_name (chooser));
  g_assert_true (spin_until_timeout (chooser_in_folder, folder, 20));
  w = find_toplevel (is_chooser);
  g_assert_nonnull (w);
  chooser = GTK_FILE_CHOOSER (w);
  if (gtk_file_chooser_get_action (chooser) == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_autofree char *name = g_file_get_basename (file);

      /* Typed into the name field, as a person would. */
      gtk_file_chooser_set_current_name (chooser, name);
    }
  else
    g_assert_true (gtk_file_chooser_set_file (chooser, file, NULL));
  /* An open chooser selects the file once it has listed the folder. */
  g_assert_true (spin_until_timeout (chooser_has_file, file, 20));
  w = find_toplevel (is_chooser);
  g_assert_nonnull (w);
  gtk_dialog_response (GTK_DIALOG (w), GTK_RESPONSE_ACCEPT);
}

G_GNUC_END_IGNORE_DEPRECATIONS

/* A question or message: a window transient for another that is no file
 * chooser; GTK 4.10's GtkAlertDialog shows no public window type. */
static gboolean
is_alert (GtkWindow *w)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gboolean chooser = GTK_IS_FILE_CHOOSER (w);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return !chooser && !SAM_IS_WINDOW (w) && gtk_window_get_transient_for (w) != NULL
         && gtk_window_get_modal (w);
}

static gboolean
alert_shown (gpointer data)
{
  return find_toplevel (is_alert) != NULL;
}

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (find_label (c, text))
      return TRUE;
  return FALSE;
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

/* Waits for the alert whose text holds @heading and clicks @button. */
static void
answer_alert (const char *heading,
              const char *button)
{
  GtkWindow *alert;

  g_assert_true (spin_until_timeout (alert_shown, NULL, 20));
  alert = find_toplevel (is_alert);
  g_assert_true (find_label (GTK_WIDGET (alert), heading));
  g_assert_nonnull (find_button (GTK_WIDGET (alert), button));
  g_signal_emit_by_name (find_button (GTK_WIDGET (alert), button), "clicked");
}

static gboolean
no_alert (gpointer data)
{
  return find_toplevel (is_alert) == NULL;
}

/* ---- helpers ---- */

/* A temporary folder that is also the working folder, where a save
 * chooser without a folder of its own starts. */
static char *
enter_tmp_dir (void)
{
  char *dir = make_tmp_dir ("samenspel-dialogs-XXXXXX");

  g_assert_cmpint (g_chdir (dir), ==, 0);
  return dir;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
window_has_file (gpointer data)
{
  SamWindow *window = data;
  GFile *file = sam_window_get_file (window);
  GFile *wanted = g_object_get_data (G_OBJECT (window), "test-wanted-file");

  return file != NULL && g_file_equal (file, wanted);
}

static char *
project_title_in (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = sam_project_load_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return g_strdup (sam_project_get_title (project));
}

static void
write_project (const char *path,
               const char *title)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  sam_project_set_string (project, project, "title", title);
  g_assert_true (sam_project_save_to_file (project, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static SamWindow *
window_new_presented (void)
{
  SamWindow *window = sam_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
window_destroy_clean (SamWindow *window)
{
  sam_history_mark_clean (sam_project_get_history (sam_window_get_project (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- the tests ---- */

/* Closing unsaved untitled work: Save asks where (the save chooser), saves
 * there and then closes the window. */
static void
test_close_save_asks_where (void)
{
  g_autofree char *dir = enter_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "kept.samenspel", NULL);
  g_autofree char *suggested = NULL;
  SamWindow *window = window_new_presented ();
  SamProject *project = sam_window_get_project (window);
  gpointer weak = window;
  g_autofree char *title = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  sam_project_set_string (project, project, "title", "Kept on the way out");
  gtk_window_close (GTK_WINDOW (window));
  answer_alert ("Save changes to “Kept on the way out”?", "_Save");
  answer_chooser ("Save Project", path, &suggested);
  g_assert_cmpstr (suggested, ==, "Kept on the way out.samenspel");
  g_assert_true (spin_until_timeout (pointer_cleared, &weak, 20));
  title = project_title_in (path);
  g_assert_cmpstr (title, ==, "Kept on the way out");
}

/* Cancelling the save chooser that the question led to keeps the window. */
static void
test_close_save_cancelled (void)
{
  SamWindow *window = window_new_presented ();
  SamProject *project = sam_window_get_project (window);
  gpointer weak = window;
  GtkWindow *chooser;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  sam_project_set_mark (project, SAM_MARK_PRODUCER_WANTED, 3);
  gtk_window_close (GTK_WINDOW (window));
  answer_alert ("Save changes to", "_Save");
  chooser = wait_for_chooser ("Save Project");
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_true (spin_until (no_alert, NULL));
  g_assert_false (spin_until_timeout (chooser_shown, NULL, 0));
  g_assert_nonnull (weak);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_WANTED), ==, 3);
  g_object_remove_weak_pointer (G_OBJECT (window), &weak);
  window_destroy_clean (window);
}

/* File ▸ Open… starts next to the open project and opens the chosen file
 * in the window. */
static void
test_open (void)
{
  g_autofree char *dir = enter_tmp_dir ();
  g_autofree char *mine = g_build_filename (dir, "mine.samenspel", NULL);
  g_autofree char *path = g_build_filename (dir, "theirs.samenspel", NULL);
  g_autoptr(GFile) mine_file = g_file_new_for_path (mine);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SamWindow *window = window_new_presented ();

  write_project (mine, "Mine");
  write_project (path, "Opened through the chooser");
  g_object_set_data (G_OBJECT (window), "test-wanted-file", mine_file);
  sam_window_open_file (window, mine_file);
  g_assert_true (spin_until_timeout (window_has_file, window, 20));
  g_object_set_data (G_OBJECT (window), "test-wanted-file", file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  answer_chooser ("Open Project", path, NULL);
  g_assert_true (spin_until_timeout (window_has_file, window, 20));
  g_assert_cmpstr (sam_project_get_title (sam_window_get_project (window)), ==, "Opened through the chooser");
  window_destroy_clean (window);
}

/* Save (of an untitled project) and Save As… ask where; a name typed
 * without the extension gets it. */
static void
test_save_and_save_as (void)
{
  g_autofree char *dir = enter_tmp_dir ();
  g_autofree char *first = g_build_filename (dir, "first.samenspel", NULL);
  g_autofree char *typed = g_build_filename (dir, "second", NULL);
  g_autofree char *second = g_build_filename (dir, "second.samenspel", NULL);
  g_autofree char *suggested = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GFile) second_file = g_file_new_for_path (second);
  SamWindow *window = window_new_presented ();

  sam_window_open_example (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  expected = g_strconcat (sam_window_get_display_title (window), ".samenspel", NULL);
  answer_chooser ("Save Project", first, &suggested);
  g_assert_cmpstr (suggested, ==, expected);
  g_assert_true (spin_until_timeout (file_exists, first, 20));

  g_object_set_data (G_OBJECT (window), "test-wanted-file", second_file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  answer_chooser ("Save Project", typed, NULL);
  g_assert_true (spin_until_timeout (window_has_file, window, 20));
  g_assert_true (file_exists (second));
  g_assert_false (file_exists (typed));
  title = project_title_in (second);
  g_assert_cmpstr (title, ==, sam_project_get_title (sam_window_get_project (window)));
  window_destroy_clean (window);
}

static gboolean
history_clean (gpointer history)
{
  return !sam_history_get_dirty (history);
}

/* Saving over a file that someone else changed asks first: Cancel keeps
 * theirs, Replace writes ours. */
static void
test_changed_on_disk (void)
{
  g_autofree char *dir = enter_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "shared.samenspel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SamWindow *window = window_new_presented ();
  SamProject *project;
  struct timeval times[2];
  g_autofree char *title = NULL;
  g_autofree char *title2 = NULL;

  write_project (path, "Ours");
  g_object_set_data (G_OBJECT (window), "test-wanted-file", file);
  sam_window_open_file (window, file);
  g_assert_true (spin_until_timeout (window_has_file, window, 20));
  project = sam_window_get_project (window);

  /* Someone else writes the file (its time surely differs). */
  write_project (path, "Theirs");
  times[0].tv_sec = times[1].tv_sec = time (NULL) + 10;
  times[0].tv_usec = times[1].tv_usec = 0;
  g_assert_cmpint (utimes (path, times), ==, 0);

  sam_project_set_string (project, project, "title", "Ours, edited");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  answer_alert ("“shared.samenspel” changed on disk", "_Cancel");
  g_assert_true (spin_until (no_alert, NULL));
  title = project_title_in (path);
  g_assert_cmpstr (title, ==, "Theirs");
  g_assert_true (sam_history_get_dirty (sam_project_get_history (project)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  answer_alert ("“shared.samenspel” changed on disk", "_Replace");
  g_assert_true (spin_until_timeout (history_clean, sam_project_get_history (project), 20));
  title2 = project_title_in (path);
  g_assert_cmpstr (title2, ==, "Ours, edited");
  window_destroy_clean (window);
}

/* File ▸ Export Ladder…: the options window, then the save chooser with a
 * suggested name; the file has the chosen page size. */
static void
test_export_ladder (void)
{
  g_autofree char *dir = enter_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "ladder.pdf", NULL);
  g_autofree char *suggested = NULL;
  g_autofree char *info = NULL;
  SamWindow *window = window_new_presented ();
  GtkWindow *options;
  gpointer weak;

  sam_window_open_example (window);
  options = sam_export_dialog_run (GTK_WINDOW (window), sam_window_get_project (window));
  weak = options;
  g_object_add_weak_pointer (G_OBJECT (options), &weak);
  {
    /* Format PDF: the first drop-down. */
    GtkWidget *w = gtk_window_get_child (options);
    GtkWidget *format = NULL;

    for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL && format == NULL; c = gtk_widget_get_next_sibling (c))
      if (GTK_IS_DROP_DOWN (c))
        format = c;
    g_assert_nonnull (format);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (format), 2);
  }
  g_signal_emit_by_name (find_button (GTK_WIDGET (options), "_Export…"), "clicked");
  answer_chooser ("Export Ladder", path, &suggested);
  g_assert_true (g_str_has_suffix (suggested, " ladder.pdf"));
  g_assert_true (spin_until_timeout (pointer_cleared, &weak, 20));
  g_assert_true (file_exists (path));
  info = run ((const char *[]) { "pdfinfo", path, NULL });
  g_assert_nonnull (strstr (info, "Page size:       842 x 595 pts"));
  window_destroy_clean (window);
}

/* Export Handout…: the save chooser, then an A4 PDF. */
static void
test_export_handout (void)
{
  g_autofree char *dir = enter_tmp_dir ();
  g_autofree char *typed = g_build_filename (dir, "handout", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *info = NULL;
  SamWindow *window = window_new_presented ();

  sam_window_open_example (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "export-handout", NULL);
  answer_chooser ("Export Handout", typed, NULL);
  g_assert_true (spin_until_timeout (file_exists, path, 20));
  info = run ((const char *[]) { "pdfinfo", path, NULL });
  g_assert_nonnull (strstr (info, "(A4)"));
  window_destroy_clean (window);
}

/* Merge Changes From…: the open chooser; a copy with nothing new says so
 * (an error message), another project asks before importing its items. */
static void
test_merge (void)
{
  g_autofree char *dir = enter_tmp_dir ();
  g_autofree char *ours = g_build_filename (dir, "ours.samenspel", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.samenspel", NULL);
  g_autofree char *other = g_build_filename (dir, "other.samenspel", NULL);
  g_autoptr(GFile) ours_file = g_file_new_for_path (ours);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);
  g_autoptr(SamProject) different = sam_project_new ();
  g_autoptr(SamStakeholder) pupil = sam_stakeholder_new ("Pupils of group 8");
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  g_autoptr(GError) error = NULL;
  SamWindow *window = window_new_presented ();
  GListModel *stakeholders;
  guint before;

  write_project (ours, "Ours to merge into");
  g_assert_true (g_file_copy (ours_file, copy_file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_object_set_data (G_OBJECT (window), "test-wanted-file", ours_file);
  sam_window_open_file (window, ours_file);
  g_assert_true (spin_until_timeout (window_has_file, window, 20));

  g_action_group_activate_action (G_ACTION_GROUP (window), "merge", NULL);
  answer_chooser ("Merge Changes From", copy, NULL);
  answer_alert ("holds no changes", "_Close");
  g_assert_true (spin_until (no_alert, NULL));

  sam_project_load_stakeholder (different, pupil);
  g_assert_true (sam_project_save_to_file (different, other_file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  stakeholders = sam_project_get_stakeholders (sam_window_get_project (window));
  before = g_list_model_get_n_items (stakeholders);
  g_action_group_activate_action (G_ACTION_GROUP (window), "merge", NULL);
  answer_chooser ("Merge Changes From", other, NULL);
  answer_alert ("This is a different project", "_Import Items");
  g_assert_true (spin_until (no_alert, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (stakeholders), ==, before + 1);
  window_destroy_clean (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The file choosers must be GTK's own, in this process, not a portal's
   * in another: GTK 4.10+ asks the portal whenever one is on the bus. */
  if (gtk_get_minor_version () >= 10)
    g_setenv ("GDK_DEBUG", "no-portals", TRUE);
  g_setenv ("GTK_USE_PORTAL", "0", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/dialogs/close-save-asks-where", test_close_save_asks_where);
  g_test_add_func ("/samenspel/dialogs/close-save-cancelled", test_close_save_cancelled);
  g_test_add_func ("/samenspel/dialogs/open", test_open);
  g_test_add_func ("/samenspel/dialogs/save-and-save-as", test_save_and_save_as);
  g_test_add_func ("/samenspel/dialogs/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/samenspel/dialogs/export-ladder", test_export_ladder);
  g_test_add_func ("/samenspel/dialogs/export-handout", test_export_handout);
  g_test_add_func ("/samenspel/dialogs/merge", test_merge);

  status = g_test_run ();
  g_assert_cmpint (g_chdir ("/"), ==, 0);
  remove_tmp_dirs ();
  return status;
}
