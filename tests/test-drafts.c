/* test-drafts.c: autosave drafts survive a kill and come back
 *
 * The kill test runs this very binary a second time as the "app" (a real
 * SamWindow with an edited project), waits until the autosave wrote its
 * draft, kills it with SIGKILL, and then plays the next start: it finds
 * the draft and restores it.  Needs a display (Xvfb).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <signal.h>

#include "sam-drafts.h"
#include "sam-project-io.h"
#include "sam-window.h"
#include "test-util.h"

static char *data_home;

static int
child_main (void)
{
  SamWindow *window;
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(SamStakeholder) pupils = sam_stakeholder_new ("Pupils");

  gtk_init ();
  /* A short delay keeps the test short; the schema is in the build tree
   * (GSETTINGS_SCHEMA_DIR) and settings are in memory. */
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

    if (schema != NULL)
      {
        g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
        g_settings_set_uint (settings, "autosave-delay", 1);
      }
  }
  window = sam_window_new (NULL);
  g_object_set (project, "title", "Kill test", NULL);
  sam_window_set_project (window, project, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));

  /* What a user typed just before the crash. */
  sam_project_set_string (project, project, "vision-mission", "Every child meets the arts");
  sam_project_add_stakeholder (project, pupils, -1);

  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

static char *
drafts_dir (void)
{
  return sam_drafts_get_dir ();
}

static guint
count_files (const char *suffix)
{
  g_autofree char *dir_path = drafts_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, suffix);
  return n;
}

static void
wait_until (gboolean (*check) (gpointer), gpointer data, const char *what)
{
  if (!spin_until (check, data))
    g_error ("Gave up waiting for %s", what);
}

static gboolean
has_draft_cb (gpointer data)
{
  return count_files (".draft") >= GPOINTER_TO_UINT (data);
}

static gboolean
no_drafts_cb (gpointer data)
{
  return count_files (".draft") == 0 && count_files (".samenspel") == 0;
}

static gboolean
flag_cb (gpointer data)
{
  return *(gboolean *) data;
}

static void
remove_all_drafts (void)
{
  g_autoptr(GPtrArray) drafts = sam_drafts_list_orphans ();

  for (guint i = 0; i < drafts->len; i++)
    sam_drafts_delete (g_ptr_array_index (drafts, i));
}

static void
saved_cb (SamWindow *window,
          gboolean   saved,
          gpointer   user_data)
{
  g_assert_true (saved);
  *(gboolean *) user_data = TRUE;
}

static void
test_drafts_kill_and_restore (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  const char *self_exe = g_test_get_filename (G_TEST_BUILT, "test-drafts", NULL);
  SamDraftInfo *info;
  SamWindow *window;
  SamProject *project;
  g_autofree char *saved_path = NULL;
  g_autoptr(GFile) saved_file = NULL;
  gboolean saved = FALSE;

  remove_all_drafts ();
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, self_exe, "--child", NULL);
  g_assert_no_error (error);

  /* The autosave delay passes after the edit; the draft appears. */
  wait_until (has_draft_cb, GUINT_TO_POINTER (1), "the child's draft");

  /* While the child runs, its draft is not an orphan. */
  orphans = sam_drafts_list_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);
  g_clear_pointer (&orphans, g_ptr_array_unref);

  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

  /* The next start: one draft, saying what it is. */
  orphans = sam_drafts_list_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  info = g_ptr_array_index (orphans, 0);
  g_assert_cmpstr (info->title, ==, "Kill test");
  g_assert_null (info->uri);
  g_assert_cmpint (info->time, >, 0);
  g_assert_cmpint (info->time, <=, g_get_real_time () / G_USEC_PER_SEC);

  window = sam_window_new (NULL);
  g_assert_true (sam_drafts_restore (window, info, &error));
  g_assert_no_error (error);
  project = sam_window_get_project (window);
  g_assert_cmpstr (sam_project_get_title (project), ==, "Kill test");
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_MISSION), ==, "Every child meets the arts");
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_stakeholders (project)), ==, 1);
  g_assert_true (sam_history_get_dirty (sam_project_get_history (project)));
  g_assert_null (sam_window_get_file (window));

  /* The restored work has a fresh draft of this process (not offered as
   * an orphan); the old one is gone. */
  wait_until (has_draft_cb, GUINT_TO_POINTER (1), "the restored window's draft");
  g_assert_false (g_file_test (info->project_path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = sam_drafts_list_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);
  g_assert_nonnull (sam_drafts_get_window_draft (window));

  /* Saving removes the draft. */
  saved_path = g_build_filename (data_home, "kill-test.samenspel", NULL);
  saved_file = g_file_new_for_path (saved_path);
  sam_window_save_to_file (window, saved_file, saved_cb, &saved);
  wait_until (flag_cb, &saved, "the save");
  wait_until (no_drafts_cb, NULL, "the draft to go after saving");
  g_assert_null (sam_drafts_get_window_draft (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A draft is written for an edited file too, with the file's URI; closing
 * the window after "Discard" removes it, and the user's file is never
 * touched by autosave. */
static void
test_drafts_discard (void)
{
  SamWindow *window = sam_window_new (NULL);
  g_autoptr(SamProject) project = sam_project_new ();
  g_autofree char *path = g_build_filename (data_home, "user-file.samenspel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *key_path = NULL;
  g_autoptr(GKeyFile) key = g_key_file_new ();
  g_autofree char *uri = NULL;

  remove_all_drafts ();
  g_object_set (project, "title", "Discard test", NULL);
  g_assert_true (sam_project_save_to_file (project, file, NULL, NULL, NULL, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  sam_window_set_project (window, project, file, NULL);

  sam_project_set_string (project, project, "organisation", "Library");
  g_assert_true (sam_drafts_write_now (window));
  wait_until (has_draft_cb, GUINT_TO_POINTER (1), "the draft");

  {
    const char *draft = sam_drafts_get_window_draft (window);
    g_autofree char *stem = g_strndup (draft, strlen (draft) - strlen (".samenspel"));

    key_path = g_strconcat (stem, ".draft", NULL);
  }
  g_assert_true (g_key_file_load_from_file (key, key_path, G_KEY_FILE_NONE, &error));
  uri = g_key_file_get_string (key, "Draft", "uri", &error);
  g_assert_no_error (error);
  {
    g_autofree char *expected = g_file_get_uri (file);
    g_assert_cmpstr (uri, ==, expected);
  }
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  /* The window only closes after Save or Discard; this is Discard. */
  gtk_window_destroy (GTK_WINDOW (window));
  wait_until (no_drafts_cb, NULL, "the draft to go after discarding");
}

/* At start-up, the recovery dialog lists the left-over drafts and
 * "Restore" opens them in a window. */
static void
test_drafts_recovery_dialog (void)
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.samenspel.TestDrafts",
                                                        G_APPLICATION_NON_UNIQUE);
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) key = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = drafts_dir ();
  g_autofree char *project_path = g_build_filename (dir, "left-over.samenspel", NULL);
  g_autofree char *key_path = g_build_filename (dir, "left-over.draft", NULL);
  GtkWindow *dialog = NULL;
  GtkWidget *restore = NULL;
  SamWindow *restored = NULL;

  remove_all_drafts ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));

  /* A draft as a crashed Samenspel leaves it (its pid is long gone). */
  g_object_set (project, "title", "Left over", NULL);
  bytes = sam_project_save_to_bytes (project);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (project_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  g_key_file_set_string (key, "Draft", "title", "Left over");
  g_key_file_set_int64 (key, "Draft", "time", g_get_real_time () / G_USEC_PER_SEC);
  g_key_file_set_int64 (key, "Draft", "pid", G_MAXINT32 - 1);
  g_assert_true (g_key_file_save_to_file (key, key_path, &error));

  sam_drafts_offer_recovery (app);
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (!SAM_IS_WINDOW (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);

  /* Find the Restore button and press it. */
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, dialog);
    while (stack->len > 0 && restore == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (g_strcmp0 (gtk_widget_get_name (w), "restore-button") == 0)
          restore = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
  }
  g_assert_nonnull (restore);
  maybe_screenshot (GTK_WIDGET (dialog), "recovery.png");
  g_signal_emit_by_name (restore, "clicked");

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (SAM_IS_WINDOW (l->data))
      restored = l->data;
  g_assert_nonnull (restored);
  g_assert_cmpstr (sam_project_get_title (sam_window_get_project (restored)), ==, "Left over");
  g_assert_false (g_file_test (key_path, G_FILE_TEST_EXISTS));

  /* Discarding the restored work leaves no draft behind. */
  gtk_window_destroy (GTK_WINDOW (restored));
  wait_until (no_drafts_cb, NULL, "no drafts");
}

int
main (int   argc,
      char *argv[])
{
  if (argc > 1 && g_str_equal (argv[1], "--child"))
    return child_main ();

  /* Before anything reads it: a private data folder for the drafts, which
   * the child inherits. */
  data_home = make_tmp_dir ("samenspel-drafts-XXXXXX");
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/drafts/kill-and-restore", test_drafts_kill_and_restore);
  g_test_add_func ("/samenspel/drafts/discard", test_drafts_discard);
  g_test_add_func ("/samenspel/drafts/recovery-dialog", test_drafts_recovery_dialog);

  {
    int status = g_test_run ();

    remove_tmp_dirs ();
    return status;
  }
}
