/* test-present-monitors.c: presentation mode on real monitors
 *
 * Runs inside a headless mutter with virtual monitors (tests/run-in-mutter.sh);
 * SAM_TEST_MONITORS says how many the run was given, and the test fails
 * when GTK sees another number.  With two monitors the presentation must
 * land full screen on the monitor the main window is not on, at that
 * monitor's size, and the main window must show the presenter view; with
 * one it takes that one and keeps the presenter view a key away.  Keys
 * step through every step and back, a marker moved mid-talk reaches the
 * projector, a bear is parked and undone, and Escape ends it all.
 *
 * With SAM_SCREENSHOT_DIR set, it also saves the projector's picture of
 * every step as present-<step>-<w>x<h>.png, rendered by the real window.
 */

#include "config.h"

#include <gtk/gtk.h>

#include "sam-application.h"
#include "sam-presentation-mode.h"
#include "sam-presenter-view.h"
#include "sam-window.h"
#include "ladder-fixtures.h"
#include "test-util.h"

static GtkApplication *app;

static gboolean
is_mapped_cond (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static GdkMonitor *
monitor_of (GtkWidget *widget)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (widget));

  return gdk_display_get_monitor_at_surface (gtk_widget_get_display (widget), surface);
}

typedef struct {
  SamPresentationWindow *pwin;
  GdkMonitor            *monitor;
  GdkRectangle           geometry;
} SizeWait;

static gboolean
fills_monitor_cond (gpointer data)
{
  SizeWait *w = data;
  GtkWidget *widget = GTK_WIDGET (w->pwin);

  return gtk_widget_get_mapped (widget) &&
         gtk_window_is_fullscreen (GTK_WINDOW (widget)) &&
         gtk_widget_get_width (widget) == w->geometry.width &&
         gtk_widget_get_height (widget) == w->geometry.height &&
         monitor_of (widget) == w->monitor;
}

typedef struct {
  SamPresentationWindow *pwin;
  int                    step;
} StepWait;

static gboolean
drawn_step_cond (gpointer data)
{
  StepWait *w = data;

  return sam_presentation_window_get_drawn_step (w->pwin) == w->step;
}

static void
assert_drawn (SamPresentationWindow *pwin,
              int                    step)
{
  StepWait w = { pwin, step };

  if (!spin_until (drawn_step_cond, &w))
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (pwin));

      g_error ("the projector shows step %d, expected %d (active %d, mapped %d, fullscreen %d, frame %" G_GINT64_FORMAT ")",
               sam_presentation_window_get_drawn_step (pwin), step,
               gtk_window_is_active (GTK_WINDOW (pwin)),
               gtk_widget_get_mapped (GTK_WIDGET (pwin)), gtk_window_is_fullscreen (GTK_WINDOW (pwin)),
               clock != NULL ? gdk_frame_clock_get_frame_counter (clock) : -1);
    }
}

static void
press (SamPresentationWindow *pwin,
       guint                  keyval)
{
  /* The window's own key handler, as the key controller calls it. */
  g_assert_true (sam_presentation_window_handle_key (pwin, keyval, 0));
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *dir,
                 const char *step_id)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *name = g_strdup_printf ("present-%s-%dx%d.png", step_id, width, height);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

static SamWindow *
new_main_window (void)
{
  SamWindow *window = sam_window_new (app);
  g_autoptr(SamProject) project = fixture_culture_foundation ();

  sam_window_set_project (window, project, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (spin_until (is_mapped_cond, window));
  return window;
}

static gboolean
not_minimized_cond (gpointer data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (data));

  return gtk_widget_get_mapped (data) &&
         !(gdk_toplevel_get_state (GDK_TOPLEVEL (surface)) & GDK_TOPLEVEL_STATE_MINIMIZED);
}

static gboolean
minimized_cond (gpointer data)
{
  return !not_minimized_cond (data);
}

static gboolean
is_null_cond (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
window_gone_cond (gpointer data)
{
  return !sam_presentation_mode_is_active (data);
}

static int
expected_monitors (void)
{
  const char *env = g_getenv ("SAM_TEST_MONITORS");

  return env != NULL ? atoi (env) : 0;
}

/* The walk a facilitator makes with a remote: every step forward, one too
 * many, every step back, Home/End, the black screen, a marker moved. */
static void
walk_through (SamWindow             *window,
              SamPresentationWindow *pwin)
{
  SamPresentation *presentation = sam_presentation_window_get_presentation (pwin);
  SamProject *project = sam_window_get_project (window);
  const SamLadderGeometry *geometry;
  cairo_rectangle_t before;
  const char *shots = g_getenv ("SAM_SCREENSHOT_DIR");

  assert_drawn (pwin, SAM_PRESENTATION_STEP_OVERVIEW);
  if (shots != NULL)
    save_screenshot (GTK_WIDGET (pwin), shots, sam_presentation_step_id (0));

  for (int step = 1; step < SAM_PRESENTATION_N_STEPS; step++)
    {
      /* What remotes and keyboards send, in turn. */
      static const guint next_keys[] = { GDK_KEY_Page_Down, GDK_KEY_Right, GDK_KEY_space, GDK_KEY_Down, GDK_KEY_Return, GDK_KEY_KP_Enter };

      press (pwin, next_keys[step % G_N_ELEMENTS (next_keys)]);
      g_assert_cmpint (sam_presentation_get_step (presentation), ==, step);
      assert_drawn (pwin, step);
      geometry = sam_presentation_window_get_geometry (pwin);
      g_assert_nonnull (geometry);
      g_assert_cmpfloat (geometry->width, ==, gtk_widget_get_width (GTK_WIDGET (pwin)));
      g_assert_cmpfloat (geometry->height, ==, gtk_widget_get_height (GTK_WIDGET (pwin)));
      if (shots != NULL)
        save_screenshot (GTK_WIDGET (pwin), shots, sam_presentation_step_id (step));
    }
  press (pwin, GDK_KEY_Page_Down);
  g_assert_cmpint (sam_presentation_get_step (presentation), ==, SAM_PRESENTATION_STEP_STAKEHOLDERS);

  for (int step = SAM_PRESENTATION_N_STEPS - 2; step >= 0; step--)
    {
      static const guint back_keys[] = { GDK_KEY_Page_Up, GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_BackSpace };

      press (pwin, back_keys[step % G_N_ELEMENTS (back_keys)]);
      g_assert_cmpint (sam_presentation_get_step (presentation), ==, step);
      assert_drawn (pwin, step);
    }

  press (pwin, GDK_KEY_End);
  assert_drawn (pwin, SAM_PRESENTATION_STEP_STAKEHOLDERS);
  press (pwin, GDK_KEY_Home);
  assert_drawn (pwin, SAM_PRESENTATION_STEP_OVERVIEW);

  /* B blacks the screen, the next key lights it again on the same step. */
  press (pwin, GDK_KEY_b);
  assert_drawn (pwin, -1);
  press (pwin, GDK_KEY_Page_Down);
  assert_drawn (pwin, SAM_PRESENTATION_STEP_OVERVIEW);
  press (pwin, GDK_KEY_period);
  assert_drawn (pwin, -1);
  press (pwin, GDK_KEY_period);
  assert_drawn (pwin, SAM_PRESENTATION_STEP_OVERVIEW);

  /* A marker moved during the talk shows on the projector at once. */
  geometry = sam_presentation_window_get_geometry (pwin);
  g_assert_true (geometry->marker_visible[SAM_MARK_PRODUCER_NOW]);
  before = geometry->markers[SAM_MARK_PRODUCER_NOW];
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_NOW), ==, 1);
  sam_project_set_mark (project, SAM_MARK_PRODUCER_NOW, 2);
  wait_for ((geometry = sam_presentation_window_get_geometry (pwin)) != NULL &&
            geometry->markers[SAM_MARK_PRODUCER_NOW].x != before.x);
  g_assert_cmpfloat (geometry->markers[SAM_MARK_PRODUCER_NOW].x, >, before.x);
  sam_history_undo (sam_project_get_history (project));
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_NOW), ==, 1);
}

static void
park_a_bear (SamWindow *window,
             GtkWidget *presenter)
{
  SamProject *project = sam_window_get_project (window);
  GListModel *notes = sam_project_get_notes (project);
  guint n = g_list_model_get_n_items (notes);
  GtkEditable *capture = sam_presenter_view_get_capture (SAM_PRESENTER_VIEW (presenter));
  g_autoptr(SamNote) note = NULL;

  gtk_editable_set_text (capture, "  Will the schools find the time?  ");
  g_signal_emit_by_name (capture, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, n + 1);
  note = g_list_model_get_item (notes, n);
  g_assert_cmpstr (sam_note_get_text (note), ==, "Will the schools find the time?");
  g_assert_cmpint (sam_note_get_kind (note), ==, SAM_NOTE_KIND_FEAR);
  g_assert_cmpstr (gtk_editable_get_text (capture), ==, "");

  /* Blank input parks nothing. */
  g_assert_false (sam_presenter_view_park (SAM_PRESENTER_VIEW (presenter), "   "));
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, n + 1);

  /* One undo step. */
  g_assert_true (sam_history_undo (sam_project_get_history (project)));
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, n);
}

static gboolean
transition_done_cond (gpointer data)
{
  return !gtk_stack_get_transition_running (data);
}

static gboolean
pointer_hidden_cond (gpointer data)
{
  return sam_presentation_window_get_pointer_hidden (data);
}

static void
test_present (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  GListModel *monitors = gdk_display_get_monitors (display);
  SamWindow *window;
  GdkMonitor *main_monitor, *target;
  SamPresentationWindow *pwin;
  GtkWidget *presenter;
  SizeWait size;

  g_assert_cmpint (g_list_model_get_n_items (monitors), ==, expected_monitors ());

  window = new_main_window ();
  main_monitor = monitor_of (GTK_WIDGET (window));
  g_assert_nonnull (main_monitor);
  g_assert_false (sam_presentation_mode_is_active (window));

  /* F5 is the accelerator of present.start. */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "present.start");
    g_assert_true (g_strv_contains ((const char * const *) accels, "F5"));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.start", NULL));
  g_assert_true (sam_presentation_mode_is_active (window));
  pwin = sam_presentation_mode_get_window (window);
  g_assert_nonnull (pwin);
  target = sam_presentation_mode_get_monitor (window);

  size.pwin = pwin;
  size.monitor = target;
  gdk_monitor_get_geometry (target, &size.geometry);
  if (!spin_until (fills_monitor_cond, &size))
    g_error ("presentation window is %dx%d (fullscreen %d) on %s, target %s %dx%d",
             gtk_widget_get_width (GTK_WIDGET (pwin)), gtk_widget_get_height (GTK_WIDGET (pwin)),
             gtk_window_is_fullscreen (GTK_WINDOW (pwin)),
             gdk_monitor_get_connector (monitor_of (GTK_WIDGET (pwin))),
             gdk_monitor_get_connector (target), size.geometry.width, size.geometry.height);
  g_assert_true (monitor_of (GTK_WIDGET (pwin)) == target);
  g_test_message ("main window on %s, presentation on %s (%dx%d)",
                  gdk_monitor_get_connector (main_monitor), gdk_monitor_get_connector (target),
                  size.geometry.width, size.geometry.height);

  if (expected_monitors () >= 2)
    {
      GtkWidget *main_child = gtk_window_get_child (GTK_WINDOW (window));

      /* The room's monitor is not the laptop's, and the laptop shows the
       * presenter view in the main window. */
      g_assert_true (target != main_monitor);
      g_assert_true (monitor_of (GTK_WIDGET (window)) == main_monitor);
      presenter = sam_presentation_mode_get_presenter (window);
      g_assert_nonnull (presenter);
      g_assert_null (sam_presentation_window_get_presenter_view (pwin));
      g_assert_true (gtk_stack_get_visible_child (GTK_STACK (main_child)) == presenter);
      g_assert_true (gtk_widget_get_mapped (presenter));
      if (g_getenv ("SAM_SCREENSHOT_DIR") != NULL)
        {
          g_assert_true (spin_until (transition_done_cond, main_child));
          save_screenshot (GTK_WIDGET (window), g_getenv ("SAM_SCREENSHOT_DIR"), "presenter-main-window");
        }

      /* Tab flips the main window to the project and back, mid-talk. */
      press (pwin, GDK_KEY_Tab);
      g_assert_false (gtk_stack_get_visible_child (GTK_STACK (main_child)) == presenter);
      press (pwin, GDK_KEY_Tab);
      g_assert_true (gtk_stack_get_visible_child (GTK_STACK (main_child)) == presenter);
      /* From the project, F5 (present.start) brings the presenter view back. */
      g_assert_true (gtk_widget_activate_action (presenter, "present.toggle-presenter", NULL));
      g_assert_false (gtk_stack_get_visible_child (GTK_STACK (main_child)) == presenter);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.start", NULL));
      g_assert_true (gtk_stack_get_visible_child (GTK_STACK (main_child)) == presenter);
      g_assert_true (sam_presentation_mode_get_window (window) == pwin);
    }
  else
    {
      /* One monitor: the presentation takes it, the presenter view is a
       * page of the presentation window, one key away. */
      g_assert_true (target == main_monitor);
      g_assert_null (sam_presentation_mode_get_presenter (window));
      /* The main window steps aside; only X11 tells clients so (Wayland
       * has no "minimized" state for clients to read). */
      if (g_str_equal (G_OBJECT_TYPE_NAME (gtk_widget_get_display (GTK_WIDGET (window))), "GdkX11Display"))
        g_assert_true (spin_until (minimized_cond, window));
      presenter = sam_presentation_window_get_presenter_view (pwin);
      g_assert_nonnull (presenter);
      g_assert_false (sam_presentation_window_get_presenter_visible (pwin));
      press (pwin, GDK_KEY_Tab);
      g_assert_true (sam_presentation_window_get_presenter_visible (pwin));
      g_assert_true (gtk_widget_get_mapped (presenter));
      if (g_getenv ("SAM_SCREENSHOT_DIR") != NULL)
        {
          StepWait w = { pwin, -1 };

          /* Let the page lay out and draw its previews first. */
          spin_until (drawn_step_cond, &w);
          save_screenshot (GTK_WIDGET (pwin), g_getenv ("SAM_SCREENSHOT_DIR"), "presenter-view");
        }
      /* Tab is focus navigation there; the remote still turns pages. */
      g_assert_false (sam_presentation_window_handle_key (pwin, GDK_KEY_Tab, 0));
      g_assert_true (sam_presentation_window_get_presenter_visible (pwin));
      press (pwin, GDK_KEY_Page_Down);
      g_assert_cmpint (sam_presentation_get_step (sam_presentation_window_get_presentation (pwin)), ==, 1);
      press (pwin, GDK_KEY_Page_Up);
      press (pwin, GDK_KEY_p);
      g_assert_false (sam_presentation_window_get_presenter_visible (pwin));
    }

  /* The pointer hides over the slide after the idle time (2 s default). */
  if (!spin_until (pointer_hidden_cond, pwin))
    g_error ("the pointer did not hide");

  walk_through (window, pwin);
  park_a_bear (window, presenter);

  /* While typing a bear, letters are letters, but the remote still works. */
  gtk_widget_grab_focus (GTK_WIDGET (sam_presenter_view_get_capture (SAM_PRESENTER_VIEW (presenter))));
  if (expected_monitors () < 2)
    {
      g_assert_false (sam_presentation_window_handle_key (pwin, GDK_KEY_b, 0));
      g_assert_false (sam_presentation_window_handle_key (pwin, GDK_KEY_Right, 0));
      g_assert_true (sam_presentation_window_handle_key (pwin, GDK_KEY_Page_Down, 0));
      g_assert_true (sam_presentation_window_handle_key (pwin, GDK_KEY_Page_Up, 0));
    }
  else
    {
      g_assert_false (sam_presentation_dispatch_key (presenter, GDK_KEY_b, 0));
      g_assert_true (sam_presentation_dispatch_key (presenter, GDK_KEY_Page_Down, 0));
      g_assert_true (sam_presentation_dispatch_key (presenter, GDK_KEY_Page_Up, 0));
    }

  /* Escape leaves; the main window shows the project again, and the
   * presentation's widgets really go. */
  g_object_add_weak_pointer (G_OBJECT (pwin), (gpointer *) &pwin);
  g_object_add_weak_pointer (G_OBJECT (presenter), (gpointer *) &presenter);
  press (pwin, GDK_KEY_Escape);
  g_assert_true (spin_until (window_gone_cond, window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pwin)));
  g_assert_null (sam_presentation_mode_get_presenter (window));
  g_assert_true (spin_until (is_null_cond, &pwin));
  g_assert_true (spin_until (is_null_cond, &presenter));
  g_assert_true (spin_until (not_minimized_cond, window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.start", NULL));
  g_assert_true (sam_presentation_mode_is_active (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.stop", NULL));
  g_assert_false (sam_presentation_mode_is_active (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing the main window mid-talk takes the presentation with it. */
static void
test_close_main_window (void)
{
  SamWindow *window = new_main_window ();
  SamPresentationWindow *pwin;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.start", NULL));
  pwin = sam_presentation_mode_get_window (window);
  g_assert_true (spin_until (is_mapped_cond, pwin));
  g_object_add_weak_pointer (G_OBJECT (pwin), (gpointer *) &pwin);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (pwin);
}

/* Pulls the projector's plug: asks mutter (org.gnome.Mutter.DisplayConfig,
 * as Settings does) to drive only the main window's monitor, so GTK sees
 * the other one go away as it would on unplugging. */
static void
unplug_all_but (GdkMonitor *keep)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GVariant) monitors = NULL;
  g_autoptr(GVariant) reply = NULL;
  const char *keep_connector = gdk_monitor_get_connector (keep);
  GdkRectangle keep_geometry;
  GVariantBuilder logical, members;
  GVariantIter iter;
  GVariant *monitor;
  guint serial;
  gboolean found = FALSE;

  g_assert_no_error (error);
  gdk_monitor_get_geometry (keep, &keep_geometry);
  state = g_dbus_connection_call_sync (bus, "org.gnome.Mutter.DisplayConfig", "/org/gnome/Mutter/DisplayConfig",
                                       "org.gnome.Mutter.DisplayConfig", "GetCurrentState", NULL, NULL,
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get_child (state, 0, "u", &serial);
  monitors = g_variant_get_child_value (state, 1);

  g_variant_builder_init (&members, G_VARIANT_TYPE ("a(ssa{sv})"));
  g_variant_iter_init (&iter, monitors);
  while ((monitor = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_autoptr(GVariant) spec = g_variant_get_child_value (monitor, 0);
      g_autoptr(GVariant) modes = g_variant_get_child_value (monitor, 1);
      const char *connector;
      GVariantIter mode_iter;
      GVariant *mode;

      g_variant_get_child (spec, 0, "&s", &connector);
      g_variant_iter_init (&mode_iter, modes);
      while ((mode = g_variant_iter_next_value (&mode_iter)) != NULL)
        {
          g_autoptr(GVariant) props = g_variant_get_child_value (mode, 6);
          gboolean current = FALSE;
          int width, height;

          g_variant_lookup (props, "is-current", "b", &current);
          g_variant_get_child (mode, 1, "i", &width);
          g_variant_get_child (mode, 2, "i", &height);
          /* Under Xwayland GDK names outputs XWAYLAND<n>, not as mutter
           * does; the test's monitors differ in size, so size tells. */
          if (current && !found &&
              (g_strcmp0 (connector, keep_connector) == 0 ||
               (width == keep_geometry.width && height == keep_geometry.height)))
            {
              const char *mode_id;

              g_variant_get_child (mode, 0, "&s", &mode_id);
              g_variant_builder_add (&members, "(ss@a{sv})", connector, mode_id,
                                     g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0));
              found = TRUE;
            }
          g_variant_unref (mode);
        }
      g_variant_unref (monitor);
    }
  g_assert_true (found);

  g_variant_builder_init (&logical, G_VARIANT_TYPE ("a(iiduba(ssa{sv}))"));
  g_variant_builder_add (&logical, "(iidub@a(ssa{sv}))", 0, 0, 1.0, 0, TRUE, g_variant_builder_end (&members));
  reply = g_dbus_connection_call_sync (bus, "org.gnome.Mutter.DisplayConfig", "/org/gnome/Mutter/DisplayConfig",
                                       "org.gnome.Mutter.DisplayConfig", "ApplyMonitorsConfig",
                                       g_variant_new ("(uu@a(iiduba(ssa{sv}))@a{sv})", serial, 1 /* temporary */,
                                                      g_variant_builder_end (&logical),
                                                      g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0)),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
}

static gboolean
monitor_count_cond (gpointer data)
{
  return g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())) == GPOINTER_TO_UINT (data);
}

/* Unplugging the projector ends the presentation cleanly: the window
 * goes, the main window shows the project again, and F5 works again. */
static void
test_unplug (void)
{
  SamWindow *window = new_main_window ();
  SamPresentationWindow *pwin;
  GdkMonitor *main_monitor = monitor_of (GTK_WIDGET (window));
  GtkWidget *main_child = gtk_window_get_child (GTK_WINDOW (window));
  GtkWidget *presenter;
  SizeWait size;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.start", NULL));
  pwin = sam_presentation_mode_get_window (window);
  size.pwin = pwin;
  size.monitor = sam_presentation_mode_get_monitor (window);
  g_assert_true (size.monitor != main_monitor);
  gdk_monitor_get_geometry (size.monitor, &size.geometry);
  g_assert_true (spin_until (fills_monitor_cond, &size));
  g_object_add_weak_pointer (G_OBJECT (pwin), (gpointer *) &pwin);
  presenter = sam_presentation_mode_get_presenter (window);
  g_assert_nonnull (presenter);
  g_object_add_weak_pointer (G_OBJECT (presenter), (gpointer *) &presenter);

  unplug_all_but (main_monitor);
  g_assert_true (spin_until (monitor_count_cond, GUINT_TO_POINTER (1)));
  g_assert_true (spin_until (window_gone_cond, window));
  g_assert_null (sam_presentation_mode_get_presenter (window));
  g_assert_true (gtk_stack_get_visible_child (GTK_STACK (main_child)) != presenter);
  g_assert_true (spin_until (is_null_cond, &pwin));
  g_assert_true (spin_until (is_null_cond, &presenter));
  g_assert_false (sam_presentation_mode_is_active (window));

  /* Presenting again now takes the one monitor left. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.start", NULL));
  g_assert_true (sam_presentation_mode_is_active (window));
  g_assert_true (sam_presentation_mode_get_monitor (window) == main_monitor);
  g_assert_nonnull (sam_presentation_window_get_presenter_view (sam_presentation_mode_get_window (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.stop", NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The desktop schema's presentation settings reach the talk. */
static void
test_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  SamWindow *window = new_main_window ();
  SamPresentationWindow *pwin;
  SamPresentation *presentation;

  g_settings_set_boolean (settings, "presentation-black-key-enabled", FALSE);
  g_settings_set_uint (settings, "presentation-pointer-hide", 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.start", NULL));
  pwin = sam_presentation_mode_get_window (window);
  presentation = sam_presentation_window_get_presentation (pwin);
  g_assert_true (spin_until (is_mapped_cond, pwin));

  /* The key is off; the button's action still blacks the screen. */
  sam_presentation_window_handle_key (pwin, GDK_KEY_b, 0);
  sam_presentation_window_handle_key (pwin, GDK_KEY_period, 0);
  g_assert_false (sam_presentation_get_blackout (presentation));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pwin), "present.blackout", NULL));
  g_assert_true (sam_presentation_get_blackout (presentation));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pwin), "present.blackout", NULL));
  g_assert_false (sam_presentation_get_blackout (presentation));
  g_assert_false (sam_presentation_window_get_pointer_hidden (pwin));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.stop", NULL));

  g_settings_reset (settings, "presentation-black-key-enabled");
  g_settings_reset (settings, "presentation-pointer-hide");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.start", NULL));
  pwin = sam_presentation_mode_get_window (window);
  presentation = sam_presentation_window_get_presentation (pwin);
  sam_presentation_window_handle_key (pwin, GDK_KEY_b, 0);
  g_assert_true (sam_presentation_get_blackout (presentation));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "present.stop", NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  gtk_test_init (&argc, &argv, NULL);

  if (expected_monitors () <= 0)
    g_error ("SAM_TEST_MONITORS is not set: run this test through tests/run-in-mutter.sh");

  /* The real application, for its accelerators; not run, only registered
   * (startup), and not unique, so parallel tests do not meet. */
  app = GTK_APPLICATION (sam_application_new ());
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  g_test_add_func ("/samenspel/present-monitors/present", test_present);
  g_test_add_func ("/samenspel/present-monitors/close-main-window", test_close_main_window);
  g_test_add_func ("/samenspel/present-monitors/settings", test_settings);
  /* Last: it leaves one monitor. */
  if (expected_monitors () >= 2)
    g_test_add_func ("/samenspel/present-monitors/unplug", test_unplug);

  return g_test_run ();
}
