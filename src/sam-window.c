/* sam-window.c: the main window, one open project
 *
 * The window owns the document state: the project, the file it lives in
 * and the etag it had when last read or written.  It is the place where
 * unsaved work is protected: every path that would drop the project
 * (close, quit, open over it) goes through sam_window_confirm_discard().
 */

#define G_LOG_DOMAIN "samenspel-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "sam-a11y.h"
#include "sam-dialogs.h"
#include "sam-export-dialog.h"
#include "sam-ladder-view.h"
#include "sam-merge.h"
#include "sam-presentation-mode.h"
#include "sam-parking-lot.h"
#include "sam-project-io.h"
#include "sam-sessions.h"
#include "sam-share.h"
#include "sam-stakeholder-editor.h"
#include "sam-vision-editor.h"
#include "sam-window.h"

#define EXAMPLE_RESOURCE_DIR RESOURCE_PREFIX "/examples/"
#define EXAMPLE_DEFAULT "culture-foundation.samenspel"
#define SAVE_STATE_DELAY_MS 300

enum {
  PAGE_VISION,
  PAGE_STAKEHOLDERS,
  PAGE_PARKING,
  N_PAGES
};

static const struct {
  const char *name;
  const char *title;
} editor_pages[N_PAGES] = {
  { "vision", N_("Vision") },
  { "stakeholders", N_("Stakeholders") },
  { "parking", N_("Parking Lot") },
};

struct _SamWindow
{
  GtkApplicationWindow  parent_instance;

  SamProject           *project;
  GFile                *file;
  char                 *etag;
  char                 *display_title;
  GCancellable         *cancellable;
  gboolean              closing_confirmed;

  /* template children */
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkPaned             *paned;
  GtkBox               *canvas_box;
  GtkWidget            *ladder_view;
  GtkStack             *editor_stack;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;

  /* editors: each page is a box that gets its editor when first shown */
  GtkWidget            *page_boxes[3];
  GtkWidget            *editors[3];
  GSettings            *settings;        /* NULL without the schema */
  guint                 save_state_id;
  GtkWindow            *shortcuts_window; /* weak; made on demand */
};

G_DEFINE_FINAL_TYPE (SamWindow, sam_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  SamWindow         *self;
  SamWindowDoneFunc  func;
  gpointer           user_data;
  GFile             *file;
} Pending;

static Pending *
pending_new (SamWindow         *self,
             SamWindowDoneFunc  func,
             gpointer           user_data,
             GFile             *file)
{
  Pending *p = g_new0 (Pending, 1);

  p->self = g_object_ref (self);
  p->func = func;
  p->user_data = user_data;
  p->file = file != NULL ? g_object_ref (file) : NULL;
  return p;
}

static void
pending_finish (Pending  *p,
                gboolean  proceed)
{
  if (p->func != NULL)
    p->func (p->self, proceed, p->user_data);
  g_clear_object (&p->file);
  g_object_unref (p->self);
  g_free (p);
}

static gboolean
is_dirty (SamWindow *self)
{
  return sam_history_get_dirty (sam_project_get_history (self->project));
}

static void
update_title (SamWindow *self)
{
  const char *title = sam_project_get_title (self->project);
  g_autofree char *window_title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean dirty = is_dirty (self);

  g_free (self->display_title);
  self->display_title = g_strdup (title[0] != '\0' ? title : _("Untitled Project"));

  /* The bullet marks unsaved changes, as in GNOME Text Editor; the window
   * title (task switchers) gets the conventional asterisk. */
  if (dirty)
    {
      g_autofree char *marked = g_strdup_printf ("• %s", self->display_title);
      gtk_label_set_label (self->title_label, marked);
    }
  else
    gtk_label_set_label (self->title_label, self->display_title);

  if (self->file != NULL)
    {
      g_autofree char *path = g_file_get_path (self->file);
      g_autofree char *parse = g_file_get_parse_name (self->file);
      const char *home = g_get_home_dir ();

      if (path != NULL && g_str_has_prefix (path, home))
        subtitle = g_strconcat ("~", path + strlen (home), NULL);
      else
        subtitle = g_strdup (parse);
    }
  else
    subtitle = g_strdup (_("Not saved yet"));
  gtk_label_set_label (self->subtitle_label, subtitle);

  window_title = g_strdup_printf ("%s%s – %s", dirty ? "*" : "", self->display_title, _("Samenspel"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_actions (SamWindow *self)
{
  SamHistory *history = sam_project_get_history (self->project);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", sam_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", sam_history_can_redo (history));
}

static void
history_changed_cb (SamWindow  *self,
                    GParamSpec *pspec,
                    SamHistory *history)
{
  update_title (self);
  update_actions (self);
}

static void
project_title_changed_cb (SamWindow  *self,
                          GParamSpec *pspec,
                          SamProject *project)
{
  update_title (self);
}

void
sam_window_set_project (SamWindow  *self,
                        SamProject *project,
                        GFile      *file,
                        const char *etag)
{
  SamHistory *history;

  g_return_if_fail (SAM_IS_WINDOW (self));
  g_return_if_fail (SAM_IS_PROJECT (project));

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (sam_project_get_history (self->project), self);
    }

  g_set_object (&self->project, project);
  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_strdup (etag);

  history = sam_project_get_history (project);
  g_signal_connect_object (history, "notify", G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "notify::title", G_CALLBACK (project_title_changed_cb), self, G_CONNECT_SWAPPED);

  update_title (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static void
show_load_error (SamWindow    *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could not open “%s”"), name);

  sam_dialog_error (GTK_WINDOW (self), heading, error->message);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Pending *p = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(SamProject) project = sam_project_load_finish (result, &etag, &error);

  if (project == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_load_error (p->self, p->file, error);
      pending_finish (p, FALSE);
      return;
    }

  sam_window_set_project (p->self, project, p->file, etag);
  pending_finish (p, TRUE);
}

static void
open_after_confirm_cb (SamWindow *self,
                       gboolean   proceed,
                       gpointer   user_data)
{
  g_autoptr(GFile) file = user_data;

  if (!proceed)
    return;

  sam_project_load_async (file, self->cancellable, load_done_cb,
                          pending_new (self, NULL, NULL, file));
}

void
sam_window_open_file (SamWindow *self,
                      GFile     *file)
{
  g_return_if_fail (SAM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  sam_window_confirm_discard (self, open_after_confirm_cb, g_object_ref (file));
}

void
sam_window_open_example (SamWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = NULL;

  g_autofree char *path = NULL;

  g_return_if_fail (SAM_IS_WINDOW (self));

  /* The example follows the UI language: translators name the example
   * file written in their language (data/examples/), if there is one. */
  path = g_strconcat (EXAMPLE_RESOURCE_DIR,
                      C_("example project file name", "culture-foundation.samenspel"),
                      NULL);
  bytes = g_resources_lookup_data (path, 0, NULL);
  if (bytes == NULL)
    bytes = g_resources_lookup_data (EXAMPLE_RESOURCE_DIR EXAMPLE_DEFAULT, 0, &error);
  if (bytes != NULL)
    project = sam_project_load_from_bytes (bytes, &error);

  if (project == NULL)
    {
      /* The example ships inside the binary; failing here is a build bug,
       * but the user still gets a working, empty window. */
      g_critical ("Could not load the bundled example: %s", error->message);
      project = sam_project_new ();
    }

  sam_window_set_project (self, project, NULL, NULL);
}

static void save_to_file_internal (SamWindow *self, Pending *p, const char *expected_etag);

static void
overwrite_answer_cb (gboolean accepted,
                     gpointer user_data)
{
  Pending *p = user_data;

  if (!accepted)
    {
      pending_finish (p, FALSE);
      return;
    }

  save_to_file_internal (p->self, p, NULL);
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Pending *p = user_data;
  SamWindow *self = p->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;

  if (!sam_project_save_finish (result, &etag, &error))
    {
      g_autofree char *name = g_file_get_basename (p->file);

      if (g_error_matches (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_CHANGED_ON_DISK))
        {
          g_autofree char *heading = g_strdup_printf (_("“%s” changed on disk"), name);

          sam_dialog_question (GTK_WINDOW (self), heading,
                               _("Another program or person changed the file after you opened it. "
                                 "If you save, their changes are replaced by yours. "
                                 "Use “Save As…” to keep both."),
                               _("_Replace"), overwrite_answer_cb, p);
          return;
        }

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *heading = g_strdup_printf (_("Could not save “%s”"), name);
          sam_dialog_error (GTK_WINDOW (self), heading, error->message);
        }
      pending_finish (p, FALSE);
      return;
    }

  g_set_object (&self->file, p->file);
  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  sam_history_mark_clean (sam_project_get_history (self->project));
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  pending_finish (p, TRUE);
}

static void
save_to_file_internal (SamWindow  *self,
                       Pending    *p,
                       const char *expected_etag)
{
  sam_history_seal (sam_project_get_history (self->project));
  /* The merge history goes into the file: a state still being recorded
   * in the background is completed first. */
  sam_merge_complete_recording (self->project);
  sam_project_save_async (self->project, p->file, expected_etag, self->cancellable,
                          save_done_cb, p);
}

void
sam_window_save_to_file (SamWindow         *self,
                         GFile             *file,
                         SamWindowDoneFunc  func,
                         gpointer           user_data)
{
  gboolean same_file;

  g_return_if_fail (SAM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The on-disk check only makes sense for the file we read or wrote. */
  same_file = self->file != NULL && g_file_equal (file, self->file);
  save_to_file_internal (self, pending_new (self, func, user_data, file),
                         same_file ? self->etag : NULL);
}

static void
save_as_chosen_cb (GFile    *file,
                   gpointer  user_data)
{
  Pending *p = user_data;

  if (file == NULL)
    {
      pending_finish (p, FALSE);
      return;
    }

  /* Make sure the file gets our extension, so it opens with Samenspel. */
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autoptr(GFile) target = NULL;

    if (!g_str_has_suffix (name, ".samenspel"))
      {
        g_autofree char *with_ext = g_strconcat (name, ".samenspel", NULL);
        g_autoptr(GFile) parent = g_file_get_parent (file);

        target = g_file_get_child (parent, with_ext);
      }
    else
      target = g_object_ref (file);

    sam_window_save_to_file (p->self, target, p->func, p->user_data);
  }

  p->func = NULL;
  pending_finish (p, FALSE);
}

static void
save_as (SamWindow         *self,
         SamWindowDoneFunc  func,
         gpointer           user_data)
{
  g_autoptr(GtkFileFilter) filter = sam_project_file_filter ();
  g_autofree char *suggested = g_strconcat (self->display_title, ".samenspel", NULL);
  g_autoptr(GFile) folder = self->file != NULL ? g_file_get_parent (self->file) : NULL;

  g_strdelimit (suggested, "/\\", '-');
  sam_dialog_save_file (GTK_WINDOW (self), _("Save Project"), suggested, folder, filter,
                        save_as_chosen_cb, pending_new (self, func, user_data, NULL));
}

void
sam_window_save (SamWindow         *self,
                 SamWindowDoneFunc  func,
                 gpointer           user_data)
{
  g_return_if_fail (SAM_IS_WINDOW (self));

  if (self->file == NULL)
    save_as (self, func, user_data);
  else
    sam_window_save_to_file (self, self->file, func, user_data);
}

static void
save_then_proceed_cb (SamWindow *self,
                      gboolean   saved,
                      gpointer   user_data)
{
  pending_finish (user_data, saved);
}

static void
save_changes_answer_cb (SamSaveChangesResponse response,
                        gpointer               user_data)
{
  Pending *p = user_data;

  switch (response)
    {
    case SAM_SAVE_CHANGES_SAVE:
      sam_window_save (p->self, save_then_proceed_cb, p);
      break;
    case SAM_SAVE_CHANGES_DISCARD:
      pending_finish (p, TRUE);
      break;
    case SAM_SAVE_CHANGES_CANCEL:
    default:
      pending_finish (p, FALSE);
      break;
    }
}

void
sam_window_confirm_discard (SamWindow         *self,
                            SamWindowDoneFunc  func,
                            gpointer           user_data)
{
  g_return_if_fail (SAM_IS_WINDOW (self));

  if (!is_dirty (self))
    {
      func (self, TRUE, user_data);
      return;
    }

  gtk_window_present (GTK_WINDOW (self));
  sam_dialog_save_changes (GTK_WINDOW (self), self->display_title,
                           save_changes_answer_cb, pending_new (self, func, user_data, NULL));
}

static void
close_after_confirm_cb (SamWindow *self,
                        gboolean   proceed,
                        gpointer   user_data)
{
  if (!proceed)
    return;

  self->closing_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
sam_window_close_request (GtkWindow *window)
{
  SamWindow *self = SAM_WINDOW (window);

  if (self->closing_confirmed || !is_dirty (self))
    return GTK_WINDOW_CLASS (sam_window_parent_class)->close_request (window);

  sam_window_confirm_discard (self, close_after_confirm_cb, NULL);
  return TRUE;
}

static void
open_chosen_cb (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(SamWindow) self = user_data;

  if (file != NULL)
    sam_window_open_file (self, file);
}

static void
win_open_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = sam_project_file_filter ();
  /* Next to the open project: where a colleague's copy or the next
   * project most often is. */
  g_autoptr(GFile) folder = self->file != NULL ? g_file_get_parent (self->file) : NULL;

  sam_dialog_open_file (GTK_WINDOW (self), _("Open Project"), folder, filter,
                        open_chosen_cb, g_object_ref (self));
}

static void
win_save_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sam_window_save (SAM_WINDOW (widget), NULL, NULL);
}

static void
win_save_as_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  save_as (SAM_WINDOW (widget), NULL, NULL);
}

static void
win_close_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
win_undo_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sam_history_undo (sam_project_get_history (SAM_WINDOW (widget)->project));
}

static void
win_redo_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sam_history_redo (sam_project_get_history (SAM_WINDOW (widget)->project));
}

/* Editors */

static void
win_editor_page_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);
  const char *page = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->editor_stack, page) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->editor_stack, page);
  /* Keyboard users land in the page they asked for. */
  gtk_widget_child_focus (gtk_stack_get_visible_child (self->editor_stack), GTK_DIR_TAB_FORWARD);
}

static void
win_new_note_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->editor_stack, "parking");
  sam_parking_lot_new_note (SAM_PARKING_LOT (sam_window_get_editor (self, "parking")));
}

static void
win_find_stakeholder_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->editor_stack, "stakeholders");
  sam_stakeholder_editor_focus_search (SAM_STAKEHOLDER_EDITOR (sam_window_get_editor (self, "stakeholders")));
}

/* Window state goes to GSettings a moment after it stops changing (a
 * dragged split or a resize would otherwise write on every motion), and at
 * once when the window goes away. */
static void
save_state (SamWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->paned));
  const char *page = gtk_stack_get_visible_child_name (self->editor_stack);
  int default_width, default_height;

  g_clear_handle_id (&self->save_state_id, g_source_remove);
  if (self->settings == NULL)
    return;

  /* The default size is the unmaximized size, the one worth restoring. */
  gtk_window_get_default_size (GTK_WINDOW (self), &default_width, &default_height);
  if (default_width > 0 && default_height > 0)
    {
      g_settings_set_int (self->settings, "window-width", default_width);
      g_settings_set_int (self->settings, "window-height", default_height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  /* The setting is the width of the editor side, which keeps its size when
   * the window grows; before the first allocation there is nothing to store. */
  if (width > 0)
    g_settings_set_int (self->settings, "split-position",
                        MAX (0, width - gtk_paned_get_position (self->paned)));
  if (page != NULL)
    g_settings_set_string (self->settings, "editor-page", page);
}

static gboolean
save_state_cb (gpointer user_data)
{
  SamWindow *self = user_data;

  self->save_state_id = 0;
  save_state (self);
  return G_SOURCE_REMOVE;
}

static void
queue_save_state (SamWindow *self)
{
  if (self->settings == NULL)
    return;
  g_clear_handle_id (&self->save_state_id, g_source_remove);
  self->save_state_id = g_timeout_add (SAVE_STATE_DELAY_MS, save_state_cb, self);
}

static gboolean
restore_split_cb (GtkWidget     *paned,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  int width = gtk_widget_get_width (paned);
  int split = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (paned), "sam-split"));

  if (width <= 0)
    return G_SOURCE_CONTINUE;
  if (width > split)
    gtk_paned_set_position (GTK_PANED (paned), width - split);
  return G_SOURCE_REMOVE;
}

/* Window size, split and page are remembered when the schema is installed;
 * without it (an uninstalled build) the window simply starts with defaults. */
static void
restore_state (SamWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *page = NULL;
  int width, split;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return;

  self->settings = g_settings_new (APPLICATION_ID);
  width = g_settings_get_int (self->settings, "window-width");
  gtk_window_set_default_size (GTK_WINDOW (self), width, g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  split = g_settings_get_int (self->settings, "split-position");
  if (split > 0 && width > split)
    {
      /* Close enough for the first frame; exact once the paned knows its
       * width (the window's frame may take a few pixels of the width). */
      gtk_paned_set_position (self->paned, width - split);
      g_object_set_data (G_OBJECT (self->paned), "sam-split", GINT_TO_POINTER (split));
      gtk_widget_add_tick_callback (GTK_WIDGET (self->paned), restore_split_cb, NULL, NULL);
    }

  page = g_settings_get_string (self->settings, "editor-page");
  if (g_str_equal (page, "parking-lot"))
    {
      g_free (page);
      page = g_strdup ("parking");
    }
  if (gtk_stack_get_child_by_name (self->editor_stack, page) != NULL)
    gtk_stack_set_visible_child_name (self->editor_stack, page);
}

/* Benchmarks time exec to the first frame of the main window: with
 * SAMENSPEL_EXIT_AFTER_FIRST_FRAME=1 the process ends right after that frame
 * is painted; with =file only once a project file has been opened (a file
 * loads after the window first shows).  See bench/bench-startup.c. */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      SamWindow     *self)
{
  const char *mode = g_getenv ("SAMENSPEL_EXIT_AFTER_FIRST_FRAME");

  if (g_strcmp0 (mode, "file") == 0 && self->file == NULL)
    return;
  _exit (0);
}

static void
bench_realize_cb (SamWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (bench_after_paint_cb), self, 0);
}

/* An editor is made when its page is first shown (or asked for): a start
 * that shows one page does not pay for building the other two. */
static GtkWidget *
ensure_editor (SamWindow *self,
               guint      which)
{
  GtkWidget *editor;

  if (self->editors[which] != NULL)
    return self->editors[which];

  switch (which)
    {
    case PAGE_VISION:
      editor = sam_vision_editor_new ();
      break;
    case PAGE_STAKEHOLDERS:
      editor = sam_stakeholder_editor_new ();
      /* A chip clicked on the canvas opens its card; a card selected here
       * highlights its chip.  Bound before the project, so the card the
       * editor opens first reaches the canvas too. */
      g_object_bind_property (self->ladder_view, "selected-stakeholder",
                              editor, "selected-stakeholder",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      break;
    case PAGE_PARKING:
      editor = sam_parking_lot_new ();
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_widget_set_hexpand (editor, TRUE);
  gtk_widget_set_vexpand (editor, TRUE);
  gtk_box_append (GTK_BOX (self->page_boxes[which]), editor);
  /* The editors follow whichever project the window holds. */
  g_object_bind_property (self, "project", editor, "project", G_BINDING_SYNC_CREATE);
  self->editors[which] = editor;
  return editor;
}

static void
visible_page_changed_cb (SamWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->editor_stack);

  for (guint i = 0; i < N_PAGES; i++)
    if (page == self->page_boxes[i])
      ensure_editor (self, i);
}

static void
editors_init (SamWindow *self)
{
  const char *page;

  for (guint i = 0; i < N_PAGES; i++)
    {
      self->page_boxes[i] = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_stack_add_titled (self->editor_stack, self->page_boxes[i],
                            editor_pages[i].name, _(editor_pages[i].title));
    }
  g_signal_connect_object (self->editor_stack, "notify::visible-child",
                           G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_SWAPPED);

  if (g_getenv ("SAMENSPEL_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (self, "realize", G_CALLBACK (bench_realize_cb), NULL);

  /* A test or benchmark may ask for a page, e.g. for screenshots. */
  page = g_getenv ("SAMENSPEL_EDITOR_PAGE");

  restore_state (self);
  if (page != NULL && gtk_stack_get_child_by_name (self->editor_stack, page) != NULL)
    gtk_stack_set_visible_child_name (self->editor_stack, page);
  visible_page_changed_cb (self);

  g_signal_connect_object (self->paned, "notify::position", G_CALLBACK (queue_save_state),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor_stack, "notify::visible-child-name",
                           G_CALLBACK (queue_save_state), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::default-width", G_CALLBACK (queue_save_state), NULL);
  g_signal_connect (self, "notify::default-height", G_CALLBACK (queue_save_state), NULL);
  g_signal_connect (self, "notify::maximized", G_CALLBACK (queue_save_state), NULL);
}

static void
win_export_ladder_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SamWindow *self = SAM_WINDOW (widget);

  sam_export_dialog_run (GTK_WINDOW (self), self->project);
}

static void
sam_window_dispose (GObject *object)
{
  SamWindow *self = (SamWindow *) object;

  /* No gtk_widget_dispose_template(): GtkWindow unparents its own child
   * and titlebar, and doing it twice frees them under its feet. */
  g_cancellable_cancel (self->cancellable);
  if (self->save_state_id != 0)
    save_state (self);
  if (self->shortcuts_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->shortcuts_window),
                                    (gpointer *) &self->shortcuts_window);
      gtk_window_destroy (g_steal_pointer (&self->shortcuts_window));
    }

  G_OBJECT_CLASS (sam_window_parent_class)->dispose (object);
}

static void
sam_window_finalize (GObject *object)
{
  SamWindow *self = (SamWindow *) object;

  g_clear_object (&self->project);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->display_title, g_free);

  G_OBJECT_CLASS (sam_window_parent_class)->finalize (object);
}

static void
sam_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SamWindow *self = SAM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT: g_value_set_object (value, self->project); break;
    case PROP_FILE: g_value_set_object (value, self->file); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_window_class_init (SamWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sam_window_dispose;
  object_class->finalize = sam_window_finalize;
  object_class->get_property = sam_window_get_property;
  window_class->close_request = sam_window_close_request;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, SAM_TYPE_PROJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sam-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SamWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, canvas_box);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SamWindow, primary_menu);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, win_open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, win_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, win_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, win_close_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, win_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, win_redo_action);
  gtk_widget_class_install_action (widget_class, "win.export-ladder", NULL, win_export_ladder_action);
  gtk_widget_class_install_action (widget_class, "win.editor-page", "s", win_editor_page_action);
  gtk_widget_class_install_action (widget_class, "win.new-note", NULL, win_new_note_action);
  gtk_widget_class_install_action (widget_class, "win.find-stakeholder", NULL, win_find_stakeholder_action);
}

/* The keyboard shortcuts window is built when first asked for.
 * GtkApplication would build gtk/help-overlay.ui for every window it
 * opens, which took about a twentieth of the start-up, so the file sits
 * in the resources under another name (sam-application.c sets the
 * accelerators GtkApplication would have set).  The window keeps it
 * itself, as gtk_application_window_set_help_overlay() did: GTK 4.18
 * deprecates that call (for libadwaita's shortcuts dialog, which this app
 * does not use), and this way is the same on every GTK version. */
static void
show_help_overlay_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  SamWindow *self = user_data;

  /* A new window each time it is asked for, destroyed when it closes:
   * GTK 4.8 fails (critically) when an accessibility client asks for the
   * windows while a hidden one, such as a help overlay kept for next
   * time, is among them.  The weak pointer only finds the open one. */
  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/samenspel/Samenspel/sam-shortcuts.ui");

      self->shortcuts_window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      g_object_add_weak_pointer (G_OBJECT (self->shortcuts_window),
                                 (gpointer *) &self->shortcuts_window);
      gtk_window_set_modal (self->shortcuts_window, TRUE);
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_destroy_with_parent (self->shortcuts_window, TRUE);
      gtk_window_set_hide_on_close (self->shortcuts_window, FALSE);
      sam_a11y_fix_shortcuts_window (GTK_WIDGET (self->shortcuts_window));
    }
  gtk_window_present (self->shortcuts_window);
}

/* The primary menu's popover is made when the menu first opens (click,
 * F10): a GtkPopoverMenu builds a button for every item at once. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  SamWindow *self = user_data;

  /* GTK 4.8 asks again at every opening; setting the model again would
   * build a new popover each time. */
  if (gtk_menu_button_get_menu_model (button) == NULL)
    {
      gtk_menu_button_set_menu_model (button, self->primary_menu);
    }
}

static const GActionEntry window_actions[] = {
  { "show-help-overlay", show_help_overlay_action },
};

static void
sam_window_init (SamWindow *self)
{
  g_autoptr(SamProject) project = sam_project_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb, self, NULL);
  self->cancellable = g_cancellable_new ();
  sam_window_set_project (self, project, NULL, NULL);

  /* presentation: first, because it moves the window's content into a
   * stack of its own, and moving a small tree is cheaper (measured: 1 %
   * of the start-up when the canvas and an editor were already in it). */
  sam_presentation_mode_attach (self);

  /* Features attach themselves here, each with its own action group and
   * widgets, so the window stays about the document. */
  /* canvas */
  self->ladder_view = sam_ladder_view_new (self->project);
  gtk_widget_set_hexpand (self->ladder_view, TRUE);
  gtk_widget_set_vexpand (self->ladder_view, TRUE);
  gtk_box_append (self->canvas_box, self->ladder_view);
  g_object_bind_property (self, "project", self->ladder_view, "project", G_BINDING_DEFAULT);

  /* editors */
  editors_init (self);

  /* sharing */
  sam_share_attach (self);

  /* work sessions: the compare bar and its list of sessions */
  sam_sessions_attach (self);
  /* Open, Save and the rest are heard without their underscore; the
   * editors do the same for their own widgets when they are made. */
  sam_a11y_fix_mnemonics (GTK_WIDGET (self));
}

SamWindow *
sam_window_new (GtkApplication *application)
{
  return g_object_new (SAM_TYPE_WINDOW, "application", application, NULL);
}

SamProject *
sam_window_get_project (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);
  return self->project;
}

GFile *
sam_window_get_file (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);
  return self->file;
}

const char *
sam_window_get_display_title (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);
  return self->display_title;
}

GtkWidget *
sam_window_get_ladder_view (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);
  return self->ladder_view;
}

GtkBox *
sam_window_get_canvas_box (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);
  return self->canvas_box;
}

/**
 * sam_window_get_editor:
 * @page: "vision", "stakeholders" or "parking"
 *
 * Returns: (transfer none) (nullable): the editor of @page, made now if its
 *   page was not shown yet; %NULL for an unknown page.
 */
GtkWidget *
sam_window_get_editor (SamWindow  *self,
                       const char *page)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);
  g_return_val_if_fail (page != NULL, NULL);

  for (guint i = 0; i < N_PAGES; i++)
    if (g_str_equal (page, editor_pages[i].name))
      return ensure_editor (self, i);
  return NULL;
}

GtkStack *
sam_window_get_editor_stack (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);
  return self->editor_stack;
}

/* The keyboard shortcuts window, or NULL until it is first shown. */
GtkWindow *
sam_window_get_shortcuts_window (SamWindow *self)
{
  g_return_val_if_fail (SAM_IS_WINDOW (self), NULL);
  return self->shortcuts_window;
}
