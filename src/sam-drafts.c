/* sam-drafts.c: autosave of unsaved changes as drafts, and recovery
 *
 * Each window owns at most one draft: <id>.samenspel (the project, written
 * by the one saver) and <id>.draft (a key file: the user's file, the
 * title, the time, and the process that writes it).  The key file is
 * written last, so a draft without one is incomplete and never offered.
 */

#define G_LOG_DOMAIN "samenspel-share"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "sam-a11y.h"
#include "sam-dialogs.h"
#include "sam-drafts.h"
#include "sam-merge.h"
#include "sam-project-io.h"

#define DRAFT_GROUP "Draft"
#define DEFAULT_DELAY_SECONDS 5

typedef struct {
  SamWindow    *window;       /* not owned: we live in its object data */
  SamProject   *project;      /* the project we watch */
  char         *id;           /* of the current draft; new per project */
  guint         timeout_id;
  guint         delay;
  gboolean      on_disk;
  char         *project_path;
  char         *key_path;
  GCancellable *cancellable;
} Drafts;

static GHashTable *own_drafts;  /* ids this process writes */

void
sam_draft_info_free (SamDraftInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->id);
  g_free (info->project_path);
  g_free (info->uri);
  g_free (info->title);
  g_free (info);
}

char *
sam_drafts_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "samenspel", "drafts", NULL);
}

/* The delay from the desktop schema when it is installed; the schema may
 * be missing (running from a build tree), so look it up, never assume. */
static guint
autosave_delay (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  guint delay;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "autosave-delay"))
    return DEFAULT_DELAY_SECONDS;

  settings = g_settings_new (APPLICATION_ID);
  delay = g_settings_get_uint (settings, "autosave-delay");
  return delay > 0 ? delay : DEFAULT_DELAY_SECONDS;
}

static void
own_draft (const char *id,
           gboolean    own)
{
  if (own_drafts == NULL)
    own_drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (own)
    g_hash_table_add (own_drafts, g_strdup (id));
  else
    g_hash_table_remove (own_drafts, id);
}

static void
remove_files (Drafts *d)
{
  g_cancellable_cancel (d->cancellable);
  g_clear_object (&d->cancellable);
  if (d->key_path != NULL)
    g_unlink (d->key_path);
  if (d->project_path != NULL)
    g_unlink (d->project_path);
  d->on_disk = FALSE;
}

static void
new_draft_id (Drafts *d)
{
  g_autofree char *dir = sam_drafts_get_dir ();
  g_autofree char *project_name = NULL;
  g_autofree char *key_name = NULL;

  if (d->id != NULL)
    own_draft (d->id, FALSE);
  g_free (d->id);
  d->id = g_uuid_string_random ();
  own_draft (d->id, TRUE);

  project_name = g_strconcat (d->id, ".samenspel", NULL);
  key_name = g_strconcat (d->id, ".draft", NULL);
  g_free (d->project_path);
  g_free (d->key_path);
  d->project_path = g_build_filename (dir, project_name, NULL);
  d->key_path = g_build_filename (dir, key_name, NULL);
}

typedef struct {
  GBytes *project_bytes;
  GBytes *key_bytes;
  char   *project_path;
  char   *key_path;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_bytes_unref (job->project_bytes);
  g_bytes_unref (job->key_bytes);
  g_free (job->project_path);
  g_free (job->key_path);
  g_free (job);
}

static gboolean
write_atomically (const char  *path,
                  GBytes      *bytes,
                  GError     **error)
{
  /* Temporary file and rename: a reader never sees half a draft.  No
   * fsync: a draft is a safety net, not worth a disk flush per pause. */
  return g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/* In a worker thread: the project first, then the key file that makes
 * the draft complete. */
static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      !write_atomically (job->project_path, job->project_bytes, &error) ||
      g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      !write_atomically (job->key_path, job->key_bytes, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* Saved or discarded while we wrote: take the draft back. */
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_unlink (job->key_path);
      g_unlink (job->project_path);
    }
  g_task_return_boolean (task, TRUE);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not write a draft: %s", error->message);
}

static void
write_draft (Drafts *d)
{
  g_autofree char *dir = sam_drafts_get_dir ();
  g_autoptr(GKeyFile) key = g_key_file_new ();
  g_autoptr(GTask) task = NULL;
  g_autofree char *key_data = NULL;
  gsize key_len = 0;
  GFile *file = sam_window_get_file (d->window);
  WriteJob *job;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_warning ("Could not create the drafts folder %s: %s", dir, g_strerror (errno));
      return;
    }

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_key_file_set_string (key, DRAFT_GROUP, "uri", uri);
    }
  g_key_file_set_string (key, DRAFT_GROUP, "title", sam_project_get_title (d->project));
  g_key_file_set_string (key, DRAFT_GROUP, "project-id", sam_project_get_id (d->project));
  g_key_file_set_int64 (key, DRAFT_GROUP, "time", g_get_real_time () / G_USEC_PER_SEC);
  g_key_file_set_int64 (key, DRAFT_GROUP, "pid", getpid ());
  key_data = g_key_file_to_data (key, &key_len, NULL);

  /* A write still under way is superseded by this newer state. */
  g_cancellable_cancel (d->cancellable);
  g_clear_object (&d->cancellable);
  d->cancellable = g_cancellable_new ();

  job = g_new0 (WriteJob, 1);
  /* Serialised here, in the main thread that owns the model, with the
   * merge history complete (a loaded state is recorded when idle). */
  sam_merge_complete_recording (d->project);
  job->project_bytes = sam_project_save_to_bytes (d->project);
  job->key_bytes = g_bytes_new_take (g_steal_pointer (&key_data), key_len);
  job->project_path = g_strdup (d->project_path);
  job->key_path = g_strdup (d->key_path);

  task = g_task_new (NULL, d->cancellable, written_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
  d->on_disk = TRUE;
}

static gboolean
is_dirty (Drafts *d)
{
  return d->project != NULL && sam_history_get_dirty (sam_project_get_history (d->project));
}

static gboolean
timeout_cb (gpointer user_data)
{
  Drafts *d = user_data;

  d->timeout_id = 0;
  if (is_dirty (d))
    write_draft (d);
  else if (d->on_disk)
    remove_files (d);
  return G_SOURCE_REMOVE;
}

static void
schedule (Drafts *d)
{
  g_clear_handle_id (&d->timeout_id, g_source_remove);
  d->timeout_id = g_timeout_add_seconds (d->delay, timeout_cb, d);
}

/* Any edit, undo or redo touches the project's modification time. */
static void
project_changed_cb (SamProject *project,
                    GParamSpec *pspec,
                    gpointer    user_data)
{
  schedule (user_data);
}

static void
dirty_changed_cb (SamHistory *history,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  Drafts *d = user_data;

  /* Saved (or undone back to the saved state): the draft has no news. */
  if (!sam_history_get_dirty (history))
    {
      g_clear_handle_id (&d->timeout_id, g_source_remove);
      if (d->on_disk)
        remove_files (d);
    }
  else
    schedule (d);
}

static void
watch_project (Drafts *d)
{
  SamProject *project = sam_window_get_project (d->window);

  if (project == d->project)
    return;

  if (d->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (d->project, d);
      g_signal_handlers_disconnect_by_data (sam_project_get_history (d->project), d);
      g_clear_object (&d->project);
    }

  /* Another project in this window: the old one was saved or discarded
   * on the way (the window asks first), so its draft goes. */
  g_clear_handle_id (&d->timeout_id, g_source_remove);
  if (d->on_disk)
    remove_files (d);
  new_draft_id (d);

  if (project == NULL)
    return;
  d->project = g_object_ref (project);
  g_signal_connect (project, "notify::modified", G_CALLBACK (project_changed_cb), d);
  g_signal_connect (project, "notify::title", G_CALLBACK (project_changed_cb), d);
  g_signal_connect (sam_project_get_history (project), "notify::dirty",
                    G_CALLBACK (dirty_changed_cb), d);
  if (is_dirty (d))
    schedule (d);
}

static void
window_project_cb (SamWindow  *window,
                   GParamSpec *pspec,
                   gpointer    user_data)
{
  watch_project (user_data);
}

static void
drafts_free (gpointer data)
{
  Drafts *d = data;

  g_clear_handle_id (&d->timeout_id, g_source_remove);
  if (d->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (d->project, d);
      g_signal_handlers_disconnect_by_data (sam_project_get_history (d->project), d);
      g_clear_object (&d->project);
    }
  g_clear_object (&d->cancellable);
  if (d->id != NULL)
    own_draft (d->id, FALSE);
  g_free (d->id);
  g_free (d->project_path);
  g_free (d->key_path);
  g_free (d);
}

/* The window goes only after its changes were saved or discarded (the
 * window asks), so its draft has served its purpose. */
static void
window_destroy_cb (GtkWidget *window,
                   gpointer   user_data)
{
  Drafts *d = user_data;

  g_clear_handle_id (&d->timeout_id, g_source_remove);
  if (d->on_disk)
    remove_files (d);
}

void
sam_drafts_attach (SamWindow *window)
{
  Drafts *d;

  g_return_if_fail (SAM_IS_WINDOW (window));
  g_return_if_fail (g_object_get_data (G_OBJECT (window), "sam-drafts") == NULL);

  d = g_new0 (Drafts, 1);
  d->window = window;
  d->delay = autosave_delay ();
  g_object_set_data_full (G_OBJECT (window), "sam-drafts", d, drafts_free);
  g_signal_connect (window, "notify::project", G_CALLBACK (window_project_cb), d);
  g_signal_connect (window, "destroy", G_CALLBACK (window_destroy_cb), d);
  watch_project (d);
}

gboolean
sam_drafts_write_now (SamWindow *window)
{
  Drafts *d;

  g_return_val_if_fail (SAM_IS_WINDOW (window), FALSE);

  d = g_object_get_data (G_OBJECT (window), "sam-drafts");
  if (d == NULL || !is_dirty (d))
    return FALSE;
  g_clear_handle_id (&d->timeout_id, g_source_remove);
  write_draft (d);
  return TRUE;
}

const char *
sam_drafts_get_window_draft (SamWindow *window)
{
  Drafts *d;

  g_return_val_if_fail (SAM_IS_WINDOW (window), NULL);

  d = g_object_get_data (G_OBJECT (window), "sam-drafts");
  return d != NULL && d->on_disk ? d->project_path : NULL;
}

/* Whether @pid is a running instance of this very program, which is
 * writing that draft (Samenspel is single-instance, but a second one may
 * run with another D-Bus session). */
static gboolean
written_by_live_process (gint64 pid)
{
  g_autofree char *exe = NULL;
  g_autofree char *self_exe = NULL;
  g_autofree char *proc = NULL;

  if (pid <= 0 || pid == getpid ())
    return FALSE;
  if (kill ((pid_t) pid, 0) != 0 && errno == ESRCH)
    return FALSE;

  proc = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/exe", pid);
  exe = g_file_read_link (proc, NULL);
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  /* Without /proc we cannot tell; offering a live draft would let two
   * windows write one project, so stay on the safe side. */
  if (exe == NULL || self_exe == NULL)
    return TRUE;
  return g_str_equal (exe, self_exe);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const SamDraftInfo *da = *(SamDraftInfo * const *) a;
  const SamDraftInfo *db = *(SamDraftInfo * const *) b;

  return (db->time > da->time) - (db->time < da->time);
}

GPtrArray *
sam_drafts_list_orphans (void)
{
  g_autofree char *dir_path = sam_drafts_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) sam_draft_info_free);
  const char *name;

  if (dir == NULL)
    return drafts;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GKeyFile) key = g_key_file_new ();
      g_autofree char *key_path = NULL;
      g_autofree char *stem = NULL;
      g_autofree char *project_name = NULL;
      SamDraftInfo *info;

      if (!g_str_has_suffix (name, ".draft"))
        continue;
      stem = g_strndup (name, strlen (name) - strlen (".draft"));
      if (own_drafts != NULL && g_hash_table_contains (own_drafts, stem))
        continue;
      key_path = g_build_filename (dir_path, name, NULL);
      if (!g_key_file_load_from_file (key, key_path, G_KEY_FILE_NONE, NULL))
        continue;
      if (written_by_live_process (g_key_file_get_int64 (key, DRAFT_GROUP, "pid", NULL)))
        continue;

      project_name = g_strconcat (stem, ".samenspel", NULL);
      info = g_new0 (SamDraftInfo, 1);
      info->id = g_steal_pointer (&stem);
      info->project_path = g_build_filename (dir_path, project_name, NULL);
      info->uri = g_key_file_get_string (key, DRAFT_GROUP, "uri", NULL);
      info->title = g_key_file_get_string (key, DRAFT_GROUP, "title", NULL);
      info->time = g_key_file_get_int64 (key, DRAFT_GROUP, "time", NULL);
      if (!g_file_test (info->project_path, G_FILE_TEST_IS_REGULAR))
        {
          sam_draft_info_free (info);
          continue;
        }
      g_ptr_array_add (drafts, info);
    }

  g_ptr_array_sort (drafts, compare_newest_first);
  return drafts;
}

void
sam_drafts_delete (SamDraftInfo *info)
{
  g_autofree char *dir = NULL;
  g_autofree char *key_name = NULL;
  g_autofree char *key_path = NULL;

  g_return_if_fail (info != NULL);

  dir = sam_drafts_get_dir ();
  key_name = g_strconcat (info->id, ".draft", NULL);
  key_path = g_build_filename (dir, key_name, NULL);
  g_unlink (key_path);
  g_unlink (info->project_path);
}

gboolean
sam_drafts_restore (SamWindow     *window,
                    SamDraftInfo  *info,
                    GError       **error)
{
  g_autoptr(GFile) draft_file = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SamProject) project = NULL;

  g_return_val_if_fail (SAM_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  draft_file = g_file_new_for_path (info->project_path);
  project = sam_project_load_from_file (draft_file, NULL, NULL, error);
  if (project == NULL)
    return FALSE;

  if (info->uri != NULL && info->uri[0] != '\0')
    file = g_file_new_for_uri (info->uri);

  /* The draft holds changes that were never saved: whatever watches the
   * window for loaded or saved states must not take it for one. */
  g_object_set_data (G_OBJECT (window), "sam-restoring-draft", GINT_TO_POINTER (TRUE));
  sam_window_set_project (window, project, file, NULL);
  g_object_set_data (G_OBJECT (window), "sam-restoring-draft", NULL);
  sam_history_mark_unclean (sam_project_get_history (project));

  /* The window writes its own draft of the restored work at once, then
   * the old one goes: there is no moment without a copy on disk. */
  sam_drafts_write_now (window);
  sam_drafts_delete (info);
  return TRUE;
}

/* ---- The recovery offer ---- */

typedef struct {
  GtkApplication *application;
  GtkWindow      *dialog;
  GPtrArray      *drafts;    /* SamDraftInfo */
  GPtrArray      *checks;    /* GtkCheckButton, one per draft */
} Recovery;

static void
recovery_free (Recovery *r)
{
  g_ptr_array_unref (r->drafts);
  g_ptr_array_unref (r->checks);
  g_object_unref (r->application);
  g_free (r);
}

static SamWindow *
window_for_restore (GtkApplication *application)
{
  /* An untouched, untitled window is taken over; otherwise a new one. */
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (SAM_IS_WINDOW (l->data) &&
        sam_window_get_file (l->data) == NULL &&
        !sam_history_can_undo (sam_project_get_history (sam_window_get_project (l->data))) &&
        !sam_history_get_dirty (sam_project_get_history (sam_window_get_project (l->data))))
      return l->data;
  return sam_window_new (application);
}

static void
recovery_restore_cb (GtkButton *button,
                     Recovery  *r)
{
  for (guint i = 0; i < r->drafts->len; i++)
    {
      SamDraftInfo *info = g_ptr_array_index (r->drafts, i);
      g_autoptr(GError) error = NULL;
      SamWindow *window;

      if (!gtk_check_button_get_active (g_ptr_array_index (r->checks, i)))
        continue;
      window = window_for_restore (r->application);
      if (!sam_drafts_restore (window, info, &error))
        {
          g_autofree char *heading = g_strdup_printf (_("Could not restore “%s”"),
                                                      info->title != NULL && info->title[0] ? info->title
                                                                                            : _("Untitled Project"));

          sam_dialog_error (GTK_WINDOW (window), heading, error->message);
        }
      gtk_window_present (GTK_WINDOW (window));
    }
  gtk_window_destroy (r->dialog);
}

static void
recovery_discard_cb (GtkButton *button,
                     Recovery  *r)
{
  for (guint i = 0; i < r->drafts->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (r->checks, i)))
      sam_drafts_delete (g_ptr_array_index (r->drafts, i));
  gtk_window_destroy (r->dialog);
}

static void
recovery_later_cb (GtkButton *button,
                   Recovery  *r)
{
  gtk_window_destroy (r->dialog);
}

static GtkWidget *
draft_row (SamDraftInfo *info)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (info->title != NULL && info->title[0] ? info->title : _("Untitled Project"));
  g_autofree char *where = NULL;
  g_autofree char *when = NULL;
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (info->time);
  g_autofree char *time_text = time != NULL ? g_date_time_format (time,
                                                                              /* Translators: date and time of a draft; see g_date_time_format() */
                                                                              C_("draft time", "%Y-%m-%d %H:%M")) : g_strdup ("?");
  GtkWidget *where_label, *when_label;

  if (info->uri != NULL && info->uri[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (info->uri);
      g_autofree char *parse = g_file_get_parse_name (file);

      /* Translators: %s is the project file's path */
      where = g_strdup_printf (_("Unsaved changes to %s"), parse);
    }
  else
    where = g_strdup (_("A project that was never saved"));
  /* Translators: %s is a date and time */
  when = g_strdup_printf (_("Draft from %s"), time_text);

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  where_label = gtk_label_new (where);
  gtk_label_set_xalign (GTK_LABEL (where_label), 0);
  gtk_label_set_wrap (GTK_LABEL (where_label), TRUE);
  gtk_widget_add_css_class (where_label, "dim-label");
  when_label = gtk_label_new (when);
  gtk_label_set_xalign (GTK_LABEL (when_label), 0);
  gtk_widget_add_css_class (when_label, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), where_label);
  gtk_box_append (GTK_BOX (box), when_label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  /* GTK 4.8 names a check button with a child of its own by its class:
   * the project's title is its name, where and when its description. */
  {
    g_autofree char *description = g_strdup_printf ("%s. %s", where, when);

    sam_a11y_set_name (check, gtk_label_get_text (GTK_LABEL (title)));
    gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  }
  return check;
}

void
sam_drafts_offer_recovery (GtkApplication *application)
{
  g_autoptr(GPtrArray) drafts = NULL;
  GtkWidget *dialog, *content, *heading, *body, *list, *scrolled, *buttons;
  GtkWidget *restore, *discard, *later;
  GtkWindow *parent;
  Recovery *r;

  g_return_if_fail (GTK_IS_APPLICATION (application));

  drafts = sam_drafts_list_orphans ();
  if (drafts->len == 0)
    return;

  parent = gtk_application_get_active_window (application);
  r = g_new0 (Recovery, 1);
  r->application = g_object_ref (application);
  r->drafts = g_ptr_array_ref (drafts);
  r->checks = g_ptr_array_new ();

  dialog = gtk_window_new ();
  r->dialog = GTK_WINDOW (dialog);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Recover Unsaved Work"));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 480, -1);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_set_application (GTK_WINDOW (dialog), application);
  g_object_set_data_full (G_OBJECT (dialog), "sam-recovery", r, (GDestroyNotify) recovery_free);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);

  heading = gtk_label_new (_("Samenspel stopped with unsaved work"));
  gtk_widget_add_css_class (heading, "title-2");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  body = gtk_label_new (g_dngettext (GETTEXT_PACKAGE,
                                     "A draft of these changes was kept. Restore it to go on where you left off; "
                                     "your project file has not been changed.",
                                     "Drafts of these changes were kept. Restore them to go on where you left off; "
                                     "your project files have not been changed.", drafts->len));
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (body), 60);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  for (guint i = 0; i < drafts->len; i++)
    {
      GtkWidget *row = draft_row (g_ptr_array_index (drafts, i));

      g_ptr_array_add (r->checks, row);
      gtk_box_append (GTK_BOX (list), row);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  later = gtk_button_new_with_mnemonic (_("_Later"));
  gtk_widget_set_tooltip_text (later, _("Keep the drafts and ask again at the next start"));
  discard = gtk_button_new_with_mnemonic (_("_Delete Drafts"));
  gtk_widget_set_tooltip_text (discard, _("Delete the selected drafts for good"));
  gtk_widget_add_css_class (discard, "destructive-action");
  restore = gtk_button_new_with_mnemonic (_("_Restore"));
  gtk_widget_set_name (restore, "restore-button");
  gtk_widget_set_name (discard, "discard-button");
  gtk_widget_add_css_class (restore, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), later);
  gtk_box_append (GTK_BOX (buttons), discard);
  gtk_box_append (GTK_BOX (buttons), restore);
  g_signal_connect (restore, "clicked", G_CALLBACK (recovery_restore_cb), r);
  g_signal_connect (discard, "clicked", G_CALLBACK (recovery_discard_cb), r);
  g_signal_connect (later, "clicked", G_CALLBACK (recovery_later_cb), r);

  gtk_box_append (GTK_BOX (content), heading);
  gtk_box_append (GTK_BOX (content), body);
  gtk_box_append (GTK_BOX (content), scrolled);
  gtk_box_append (GTK_BOX (content), buttons);
  gtk_window_set_child (GTK_WINDOW (dialog), content);
  gtk_window_set_default_widget (GTK_WINDOW (dialog), restore);
  sam_a11y_fix_mnemonics (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
