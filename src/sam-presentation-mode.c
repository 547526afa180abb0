/* sam-presentation-mode.c: presentation mode in the main window
 *
 * Which screen shows what:
 *  - two or more monitors: the presentation goes full screen on a monitor
 *    other than the main window's, and the main window itself turns into
 *    the presenter view (a page of a GtkStack around its content), so the
 *    laptop screen shows notes, the clock and the capture field while the
 *    room sees only the ladder.  "Show Project" flips the main window back
 *    to the editors mid-talk (to move a marker), Tab flips it again.
 *  - one monitor: the presentation takes it, and the presenter view is a
 *    page of the presentation window itself, one key (Tab or P) away.  The
 *    main window is minimized meanwhile (Alt+Tab still reaches it).
 * When the room's monitor disappears (projector unplugged) or the monitor
 * list shrinks to one while the main window has its own, the presentation
 * ends and the main window shows the project again.
 */

#define G_LOG_DOMAIN "samenspel-present"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-presentation-mode.h"
#include "sam-presenter-view.h"

#define MODE_KEY "sam-presentation-mode"

typedef struct {
  SamWindow             *window;       /* owner; the mode lives as long as it */
  GSimpleActionGroup    *actions;
  GtkStack              *stack;
  GtkWidget             *document;
  GSettings             *settings;     /* NULL when the schema is not installed */
  gboolean               has_black_key_setting;
  gboolean               window_gone;

  /* Only while presenting: */
  SamPresentation       *presentation;
  SamPresentationWindow *pwin;
  GtkWidget             *presenter;    /* in the main window, two monitors */
  GdkMonitor            *monitor;
  GListModel            *monitors;
  guint                  stop_source;
} Mode;

static void stop (Mode *mode);

static Mode *
get_mode (SamWindow *window)
{
  return g_object_get_data (G_OBJECT (window), MODE_KEY);
}

static void
update_actions (Mode *mode)
{
  static const char *while_presenting[] = {
    "stop", "next", "previous", "first", "last", "blackout", "blackout-key", "toggle-presenter",
  };
  gboolean active = mode->presentation != NULL;

  /* "start" stays enabled: while presenting it brings the presentation
   * back (F5 or the Present button from the project view). */
  for (guint i = 0; i < G_N_ELEMENTS (while_presenting); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (mode->actions),
                                                                              while_presenting[i])),
                                 active);
}

/* The settings come from the desktop integration's schema; a build or a
 * test without it still presents, with the defaults. */
static void
lookup_settings (Mode *mode)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL ||
      !g_settings_schema_has_key (schema, "presentation-show-clock") ||
      !g_settings_schema_has_key (schema, "presentation-pointer-hide"))
    return;
  mode->settings = g_settings_new_full (schema, NULL, NULL);
  mode->has_black_key_setting = g_settings_schema_has_key (schema, "presentation-black-key-enabled");
}

static gboolean
setting_show_clock (Mode *mode)
{
  return mode->settings != NULL ? g_settings_get_boolean (mode->settings, "presentation-show-clock") : TRUE;
}

static guint
setting_pointer_hide (Mode *mode)
{
  return mode->settings != NULL ? g_settings_get_uint (mode->settings, "presentation-pointer-hide") : 2;
}

GdkMonitor *
sam_presentation_choose_monitor (GListModel *monitors,
                                 GdkMonitor *main_monitor)
{
  guint n;
  g_autoptr(GdkMonitor) first = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (monitors), NULL);

  n = g_list_model_get_n_items (monitors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != main_monitor)
        return monitor;
    }

  if (main_monitor != NULL)
    return main_monitor;
  first = n > 0 ? g_list_model_get_item (monitors, 0) : NULL;
  return first;
}

/* Takes the keyboard focus out of @container before it goes away.  GTK
 * 4.8's Wayland input method keeps a pointer to the input context of a
 * text field that had the focus (the capture field) unless the focus-out
 * is handled before the field is destroyed; the next window to get the
 * keyboard then trips over freed memory.  So: focus out now, destroy from
 * the main loop (retire_later).  Seen in tests/test-present-monitors.c. */
static void
drop_focus_inside (GtkWidget *container)
{
  GtkRoot *root = gtk_widget_get_root (container);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && (focus == container || gtk_widget_is_ancestor (focus, container)))
    gtk_root_set_focus (root, NULL);
}

static gboolean
retire_cb (gpointer user_data)
{
  GtkWidget *widget = user_data;
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (GTK_IS_WINDOW (widget))
    gtk_window_destroy (GTK_WINDOW (widget));
  else if (GTK_IS_STACK (parent))
    gtk_stack_remove (GTK_STACK (parent), widget);
  return G_SOURCE_REMOVE;
}

/* Hides @widget (a window, or a page of a stack) at once and destroys it
 * from the main loop, after its focus-out has been handled. */
static void
retire_later (GtkWidget *widget)
{
  drop_focus_inside (widget);
  gtk_widget_set_visible (widget, FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, retire_cb, g_object_ref (widget), g_object_unref);
}

static gboolean
stop_idle_cb (gpointer user_data)
{
  Mode *mode = user_data;

  mode->stop_source = 0;
  stop (mode);
  return G_SOURCE_REMOVE;
}

/* Ends the talk from a display signal: after the signal, so GDK has
 * finished its own bookkeeping of the monitor before our window goes. */
static void
stop_soon (Mode *mode)
{
  if (mode->stop_source == 0)
    mode->stop_source = g_idle_add (stop_idle_cb, mode);
}

static void
monitors_changed_cb (GListModel *monitors,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Mode       *mode)
{
  guint n = g_list_model_get_n_items (monitors);
  gboolean present = FALSE;

  for (guint i = 0; i < n && !present; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      present = monitor == mode->monitor;
    }

  if (!present || !gdk_monitor_is_valid (mode->monitor) || (mode->presenter != NULL && n < 2))
    {
      g_debug ("The presentation's monitor went away; stopping");
      stop_soon (mode);
    }
}

static void
monitor_invalidate_cb (GdkMonitor *monitor,
                       Mode       *mode)
{
  g_debug ("The presentation's monitor was invalidated; stopping");
  stop_soon (mode);
}

static gboolean
pwin_close_request_cb (GtkWindow *pwin,
                       Mode      *mode)
{
  /* Closed by the desktop (Alt+F4, the overview): end the talk properly. */
  stop (mode);
  return TRUE;
}

static void
start (Mode *mode)
{
  GtkWidget *widget = GTK_WIDGET (mode->window);
  GdkDisplay *display = gtk_widget_get_display (widget);
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GdkMonitor *main_monitor = NULL;
  gboolean two_screens;
  gint64 started = g_get_monotonic_time ();

  if (mode->presentation != NULL)
    {
      if (mode->presenter != NULL)
        gtk_stack_set_visible_child (mode->stack, mode->presenter);
      else
        {
          sam_presentation_window_set_presenter_visible (mode->pwin, FALSE);
          gtk_window_present (GTK_WINDOW (mode->pwin));
        }
      return;
    }

  mode->monitors = g_object_ref (gdk_display_get_monitors (display));
  if (surface != NULL)
    main_monitor = gdk_display_get_monitor_at_surface (display, surface);
  mode->monitor = sam_presentation_choose_monitor (mode->monitors, main_monitor);
  if (mode->monitor == NULL)
    {
      g_clear_object (&mode->monitors);
      return;
    }
  g_object_ref (mode->monitor);
  two_screens = main_monitor != NULL && mode->monitor != main_monitor;

  mode->presentation = sam_presentation_new (sam_window_get_project (mode->window));
  mode->pwin = sam_presentation_window_new (mode->presentation, !two_screens, started);
  g_object_ref_sink (mode->pwin);
  gtk_widget_insert_action_group (GTK_WIDGET (mode->pwin), "present", G_ACTION_GROUP (mode->actions));
  sam_presentation_window_set_pointer_hide (mode->pwin, setting_pointer_hide (mode));
  g_signal_connect (mode->pwin, "close-request", G_CALLBACK (pwin_close_request_cb), mode);

  if (two_screens)
    {
      mode->presenter = sam_presenter_view_new (mode->presentation, started, FALSE);
      sam_presenter_view_set_show_clock (SAM_PRESENTER_VIEW (mode->presenter), setting_show_clock (mode));
      /* No page name: a retired presenter view may still be on its way out
       * when the next talk starts. */
      gtk_stack_add_child (mode->stack, mode->presenter);
      gtk_stack_set_visible_child (mode->stack, mode->presenter);
    }
  else
    {
      sam_presenter_view_set_show_clock (SAM_PRESENTER_VIEW (sam_presentation_window_get_presenter_view (mode->pwin)),
                                         setting_show_clock (mode));
      /* One screen: the main window steps aside (still a task-switcher
       * entry away), or it could end up stacked over the slide whenever it
       * takes the focus; stopping brings it back. */
      gtk_window_minimize (GTK_WINDOW (mode->window));
    }

  g_signal_connect (mode->monitors, "items-changed", G_CALLBACK (monitors_changed_cb), mode);
  g_signal_connect (mode->monitor, "invalidate", G_CALLBACK (monitor_invalidate_cb), mode);

  gtk_window_fullscreen_on_monitor (GTK_WINDOW (mode->pwin), mode->monitor);
  gtk_window_present (GTK_WINDOW (mode->pwin));

  update_actions (mode);
}

static void
stop (Mode *mode)
{
  g_clear_handle_id (&mode->stop_source, g_source_remove);

  if (mode->presentation == NULL)
    return;

  if (mode->monitors != NULL)
    g_signal_handlers_disconnect_by_data (mode->monitors, mode);
  if (mode->monitor != NULL)
    g_signal_handlers_disconnect_by_data (mode->monitor, mode);
  g_clear_object (&mode->monitors);
  g_clear_object (&mode->monitor);

  if (mode->pwin != NULL)
    {
      g_signal_handlers_disconnect_by_data (mode->pwin, mode);
      if (mode->window_gone)
        gtk_window_destroy (GTK_WINDOW (mode->pwin));
      else
        retire_later (GTK_WIDGET (mode->pwin));
      g_clear_object (&mode->pwin);
    }

  /* A window being destroyed has already let go of its stack. */
  if (mode->presenter != NULL && !mode->window_gone)
    {
      gtk_stack_set_visible_child (mode->stack, mode->document);
      retire_later (mode->presenter);
    }
  mode->presenter = NULL;

  g_clear_object (&mode->presentation);
  update_actions (mode);

  if (!mode->window_gone)
    gtk_window_present (GTK_WINDOW (mode->window));
}

static void
start_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  start (user_data);
}

static void
stop_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  stop (user_data);
}

static void
navigate_action_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  Mode *mode = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  SamPresentationCommand command = SAM_PRESENTATION_COMMAND_NONE;

  if (mode->presentation == NULL)
    return;

  if (g_str_equal (name, "next"))
    command = SAM_PRESENTATION_COMMAND_NEXT;
  else if (g_str_equal (name, "previous"))
    command = SAM_PRESENTATION_COMMAND_PREVIOUS;
  else if (g_str_equal (name, "first"))
    command = SAM_PRESENTATION_COMMAND_FIRST;
  else if (g_str_equal (name, "last"))
    command = SAM_PRESENTATION_COMMAND_LAST;
  else if (g_str_equal (name, "blackout"))
    command = SAM_PRESENTATION_COMMAND_BLACKOUT;
  else if (g_str_equal (name, "blackout-key"))
    {
      /* The key ("presentation-black-key-enabled"): some remotes send the
       * period by accident. */
      if (mode->has_black_key_setting &&
          !g_settings_get_boolean (mode->settings, "presentation-black-key-enabled"))
        return;
      command = SAM_PRESENTATION_COMMAND_BLACKOUT;
    }
  else
    g_assert_not_reached ();

  sam_presentation_run_command (mode->presentation, command);
}

static void
toggle_presenter_action_cb (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  Mode *mode = user_data;

  if (mode->presentation == NULL)
    return;

  if (mode->presenter != NULL)
    {
      /* Two monitors: the main window flips between the presenter view and
       * the project; the room keeps seeing the slide. */
      gboolean showing = gtk_stack_get_visible_child (mode->stack) == mode->presenter;

      gtk_stack_set_visible_child (mode->stack, showing ? mode->document : mode->presenter);
    }
  else
    sam_presentation_window_set_presenter_visible (mode->pwin,
                                                   !sam_presentation_window_get_presenter_visible (mode->pwin));
}

static const GActionEntry present_actions[] = {
  { "start", start_action_cb },
  { "stop", stop_action_cb },
  { "next", navigate_action_cb },
  { "previous", navigate_action_cb },
  { "first", navigate_action_cb },
  { "last", navigate_action_cb },
  { "blackout", navigate_action_cb },
  { "blackout-key", navigate_action_cb },
  { "toggle-presenter", toggle_presenter_action_cb },
};

static void
window_destroy_cb (SamWindow *window,
                   Mode      *mode)
{
  mode->window_gone = TRUE;
  stop (mode);
}

static void
window_project_cb (SamWindow  *window,
                   GParamSpec *pspec,
                   Mode       *mode)
{
  /* Another file was opened in this window: the talk was about the old one. */
  if (mode->presentation != NULL &&
      sam_presentation_get_project (mode->presentation) != sam_window_get_project (window))
    stop (mode);
}

static void
mode_free (gpointer data)
{
  Mode *mode = data;

  mode->window_gone = TRUE;
  stop (mode);
  g_clear_object (&mode->actions);
  g_clear_object (&mode->settings);
  g_free (mode);
}

void
sam_presentation_mode_attach (SamWindow *window)
{
  Mode *mode;
  GtkWidget *content;

  g_return_if_fail (SAM_IS_WINDOW (window));
  g_return_if_fail (get_mode (window) == NULL);

  mode = g_new0 (Mode, 1);
  mode->window = window;
  lookup_settings (mode);
  mode->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (mode->actions), present_actions,
                                   G_N_ELEMENTS (present_actions), mode);
  gtk_widget_insert_action_group (GTK_WIDGET (window), "present", G_ACTION_GROUP (mode->actions));

  /* The window's content becomes the "document" page of a stack, so the
   * presenter view can take the whole window below the header bar. */
  content = gtk_window_get_child (GTK_WINDOW (window));
  mode->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (mode->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  if (content != NULL)
    {
      g_object_ref (content);
      gtk_window_set_child (GTK_WINDOW (window), NULL);
      mode->document = content;
      gtk_stack_add_named (mode->stack, content, "document");
      g_object_unref (content);
    }
  else
    {
      mode->document = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_stack_add_named (mode->stack, mode->document, "document");
    }
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (mode->stack));

  g_object_set_data_full (G_OBJECT (window), MODE_KEY, mode, mode_free);
  g_signal_connect (window, "destroy", G_CALLBACK (window_destroy_cb), mode);
  g_signal_connect (window, "notify::project", G_CALLBACK (window_project_cb), mode);
  update_actions (mode);
}

gboolean
sam_presentation_mode_is_active (SamWindow *window)
{
  Mode *mode;

  g_return_val_if_fail (SAM_IS_WINDOW (window), FALSE);
  mode = get_mode (window);
  return mode != NULL && mode->presentation != NULL;
}

SamPresentationWindow *
sam_presentation_mode_get_window (SamWindow *window)
{
  Mode *mode;

  g_return_val_if_fail (SAM_IS_WINDOW (window), NULL);
  mode = get_mode (window);
  return mode != NULL ? mode->pwin : NULL;
}

GtkWidget *
sam_presentation_mode_get_presenter (SamWindow *window)
{
  Mode *mode;

  g_return_val_if_fail (SAM_IS_WINDOW (window), NULL);
  mode = get_mode (window);
  return mode != NULL ? mode->presenter : NULL;
}

GdkMonitor *
sam_presentation_mode_get_monitor (SamWindow *window)
{
  Mode *mode;

  g_return_val_if_fail (SAM_IS_WINDOW (window), NULL);
  mode = get_mode (window);
  return mode != NULL ? mode->monitor : NULL;
}
