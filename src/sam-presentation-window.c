/* sam-presentation-window.c: the full-screen window the room sees
 *
 * The slide is a GtkDrawingArea that asks the renderer for the current
 * step in the projector style; it redraws whenever the step, the black
 * screen or the project changes, so a marker moved during the talk shows
 * at once.  Nothing but the ladder is drawn here.
 */

#define G_LOG_DOMAIN "samenspel-present"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-presentation-window.h"
#include "sam-presenter-view.h"

struct _SamPresentationWindow
{
  GtkWindow          parent_instance;

  SamPresentation   *presentation;
  SamLadderGeometry *geometry;
  int                drawn_step;     /* what the room sees; -1: black or nothing yet */
  GtkStack          *stack;
  GtkWidget         *slide;
  GtkWidget         *presenter;      /* NULL with two monitors */

  guint              pointer_hide;   /* seconds, 0: never */
  guint              pointer_source;
  gboolean           pointer_hidden;
  double             pointer_x;
  double             pointer_y;
};

G_DEFINE_FINAL_TYPE (SamPresentationWindow, sam_presentation_window, GTK_TYPE_WINDOW)

static void
draw_slide_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  SamPresentationWindow *self = user_data;
  SamRenderOptions options;
  g_autofree char *caption = NULL;

  g_clear_pointer (&self->geometry, sam_ladder_geometry_free);

  if (sam_presentation_get_blackout (self->presentation))
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_paint (cr);
      self->drawn_step = -1;
      return;
    }

  self->drawn_step = sam_presentation_get_step (self->presentation);
  sam_presentation_step_render_options (self->drawn_step, SAM_RENDER_STYLE_PROJECTOR, &options);
  caption = sam_presentation_project_options (self->drawn_step, sam_presentation_get_project (self->presentation),
                                              &options);
  self->geometry = sam_ladder_render (cr, sam_presentation_get_project (self->presentation),
                                      width, height, &options);
}

static void
redraw (SamPresentationWindow *self)
{
  gtk_widget_queue_draw (self->slide);
}

static void
show_pointer (SamPresentationWindow *self)
{
  if (self->pointer_hidden)
    {
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
      self->pointer_hidden = FALSE;
    }
}

static gboolean
hide_pointer_cb (gpointer user_data)
{
  SamPresentationWindow *self = user_data;

  self->pointer_source = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  self->pointer_hidden = TRUE;
  return G_SOURCE_REMOVE;
}

/* (Re)starts the idle count; the pointer only hides over the slide, never
 * over the presenter view where it is needed. */
static void
restart_pointer_timer (SamPresentationWindow *self)
{
  g_clear_handle_id (&self->pointer_source, g_source_remove);
  if (self->pointer_hide == 0 || sam_presentation_window_get_presenter_visible (self))
    return;
  self->pointer_source = g_timeout_add_seconds (self->pointer_hide, hide_pointer_cb, self);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           SamPresentationWindow    *self)
{
  /* Some systems repeat the last position after a cursor change; only
   * real movement shows the pointer again. */
  if (x == self->pointer_x && y == self->pointer_y && self->pointer_source != 0)
    return;
  self->pointer_x = x;
  self->pointer_y = y;
  show_pointer (self);
  restart_pointer_timer (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SamPresentationWindow *self)
{
  /* On the presenter page its own controller decides, after the focused
   * control had its say (see sam-presenter-view.c). */
  if (sam_presentation_window_get_presenter_visible (self))
    return FALSE;
  return sam_presentation_dispatch_key (GTK_WIDGET (self), keyval, state);
}

static void
sam_presentation_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sam_presentation_window_parent_class)->map (widget);
  restart_pointer_timer (SAM_PRESENTATION_WINDOW (widget));
}

static void
sam_presentation_window_dispose (GObject *object)
{
  SamPresentationWindow *self = (SamPresentationWindow *) object;

  g_clear_handle_id (&self->pointer_source, g_source_remove);
  if (self->presentation != NULL)
    g_signal_handlers_disconnect_by_data (self->presentation, self);

  /* GTK 4.8 keeps a handler on the monitor given to
   * gtk_window_fullscreen_on_monitor() past the window's end; when that
   * monitor is unplugged later, the handler runs on freed memory.
   * Unfullscreening drops the handler. */
  gtk_window_unfullscreen (GTK_WINDOW (self));

  G_OBJECT_CLASS (sam_presentation_window_parent_class)->dispose (object);
}

static void
sam_presentation_window_finalize (GObject *object)
{
  SamPresentationWindow *self = (SamPresentationWindow *) object;

  g_clear_pointer (&self->geometry, sam_ladder_geometry_free);
  g_clear_object (&self->presentation);

  G_OBJECT_CLASS (sam_presentation_window_parent_class)->finalize (object);
}

static void
sam_presentation_window_class_init (SamPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_presentation_window_dispose;
  object_class->finalize = sam_presentation_window_finalize;
  widget_class->map = sam_presentation_window_map;

  gtk_widget_class_set_css_name (widget_class, "presentationwindow");
}

static void
sam_presentation_window_init (SamPresentationWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->pointer_hide = 2;
  self->drawn_step = -1;
  self->pointer_x = self->pointer_y = -1;

  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sam-presentation");

  self->stack = GTK_STACK (gtk_stack_new ());
  self->slide = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->slide), draw_slide_cb, self, NULL);
  gtk_widget_set_hexpand (self->slide, TRUE);
  gtk_widget_set_vexpand (self->slide, TRUE);
  gtk_stack_add_named (self->stack, self->slide, "slide");
  gtk_window_set_child (GTK_WINDOW (self), GTK_WIDGET (self->stack));

  /* Capture phase: on the slide every key is the presentation's. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

SamPresentationWindow *
sam_presentation_window_new (SamPresentation *presentation,
                             gboolean         with_presenter,
                             gint64           started)
{
  SamPresentationWindow *self;

  g_return_val_if_fail (SAM_IS_PRESENTATION (presentation), NULL);

  self = g_object_new (SAM_TYPE_PRESENTATION_WINDOW, NULL);
  self->presentation = g_object_ref (presentation);

  g_signal_connect_swapped (presentation, "notify::step", G_CALLBACK (redraw), self);
  g_signal_connect_swapped (presentation, "notify::blackout", G_CALLBACK (redraw), self);
  g_signal_connect_swapped (presentation, "changed", G_CALLBACK (redraw), self);

  if (with_presenter)
    {
      self->presenter = sam_presenter_view_new (presentation, started, TRUE);
      gtk_stack_add_named (self->stack, self->presenter, "presenter");
    }

  return self;
}

SamPresentation *
sam_presentation_window_get_presentation (SamPresentationWindow *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION_WINDOW (self), NULL);
  return self->presentation;
}

GtkWidget *
sam_presentation_window_get_presenter_view (SamPresentationWindow *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION_WINDOW (self), NULL);
  return self->presenter;
}

gboolean
sam_presentation_window_get_presenter_visible (SamPresentationWindow *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION_WINDOW (self), FALSE);
  return self->presenter != NULL && gtk_stack_get_visible_child (self->stack) == self->presenter;
}

void
sam_presentation_window_set_presenter_visible (SamPresentationWindow *self,
                                               gboolean               visible)
{
  g_return_if_fail (SAM_IS_PRESENTATION_WINDOW (self));

  if (self->presenter == NULL)
    return;

  gtk_stack_set_visible_child (self->stack, visible ? self->presenter : self->slide);
  if (visible)
    {
      show_pointer (self);
      gtk_widget_grab_focus (self->presenter);
    }
  else
    gtk_widget_grab_focus (self->slide);
  restart_pointer_timer (self);
}

void
sam_presentation_window_set_pointer_hide (SamPresentationWindow *self,
                                          guint                  seconds)
{
  g_return_if_fail (SAM_IS_PRESENTATION_WINDOW (self));

  self->pointer_hide = seconds;
  if (seconds == 0)
    show_pointer (self);
  restart_pointer_timer (self);
}

gboolean
sam_presentation_window_get_pointer_hidden (SamPresentationWindow *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION_WINDOW (self), FALSE);
  return self->pointer_hidden;
}

gboolean
sam_presentation_window_handle_key (SamPresentationWindow *self,
                                    guint                  keyval,
                                    GdkModifierType        state)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION_WINDOW (self), FALSE);

  if (sam_presentation_window_get_presenter_visible (self))
    return sam_presentation_dispatch_key (self->presenter, keyval, state);
  return sam_presentation_dispatch_key (GTK_WIDGET (self), keyval, state);
}

const SamLadderGeometry *
sam_presentation_window_get_geometry (SamPresentationWindow *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION_WINDOW (self), NULL);
  return self->geometry;
}

int
sam_presentation_window_get_drawn_step (SamPresentationWindow *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION_WINDOW (self), -1);
  return self->drawn_step;
}
