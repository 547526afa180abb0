/* sam-presenter-view.c: what the facilitator sees while presenting
 *
 * Built in code rather than a template: it is a fixed arrangement of a
 * few plain widgets, and its only behaviour is following the controller.
 */

#define G_LOG_DOMAIN "samenspel-present"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-a11y.h"
#include "sam-editor-util.h"
#include "sam-presenter-view.h"

struct _SamPresenterView
{
  GtkWidget        parent_instance;

  SamPresentation *presentation;
  gint64           started;
  guint            clock_source;

  GtkWidget       *box;
  GtkLabel        *step_label;
  GtkLabel        *clock_label;
  GtkWidget       *current_area;
  GtkWidget       *next_area;
  GtkLabel        *next_label;
  GtkLabel        *points_label;
  GtkEntry        *capture;
  GtkLabel        *capture_status;
};

G_DEFINE_FINAL_TYPE (SamPresenterView, sam_presenter_view, GTK_TYPE_WIDGET)

gboolean
sam_presentation_dispatch_key (GtkWidget       *widget,
                               guint            keyval,
                               GdkModifierType  state)
{
  SamPresentationCommand command = sam_presentation_command_for_key (keyval, state);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  const char *action;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (command == SAM_PRESENTATION_COMMAND_NONE)
    return FALSE;

  /* In the presenter view Tab moves the focus between its controls, as
   * everywhere; P still flips the view. */
  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_ISO_Left_Tab) &&
      (SAM_IS_PRESENTER_VIEW (widget) || gtk_widget_get_ancestor (widget, SAM_TYPE_PRESENTER_VIEW) != NULL))
    return FALSE;

  /* Typing a bear must not be turned into page turns; a remote has no
   * letters, so its keys and Escape still work. */
  if (focus != NULL && GTK_IS_EDITABLE (focus))
    {
      gboolean remote_key = keyval == GDK_KEY_Page_Up || keyval == GDK_KEY_Page_Down ||
                            keyval == GDK_KEY_KP_Page_Up || keyval == GDK_KEY_KP_Page_Down ||
                            keyval == GDK_KEY_Escape;
      if (!remote_key)
        return FALSE;
    }

  action = sam_presentation_command_action (command);
  return gtk_widget_activate_action (widget, action, NULL);
}

char *
sam_presenter_view_format_elapsed (gint64 usec)
{
  gint64 s = MAX (usec, 0) / G_USEC_PER_SEC;

  if (s >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", (int) (s / 3600), (int) (s / 60 % 60), (int) (s % 60));
  return g_strdup_printf ("%d:%02d", (int) (s / 60), (int) (s % 60));
}

static gboolean
update_clock_cb (gpointer user_data)
{
  SamPresenterView *self = user_data;
  g_autofree char *elapsed = sam_presenter_view_format_elapsed (g_get_monotonic_time () - self->started);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *time_of_day = g_date_time_format (now, "%H:%M");
  /* Translators: the presenter view's clock: time since the talk began,
   * then the time of day. */
  g_autofree char *text = g_strdup_printf (_("%s elapsed · %s"), elapsed, time_of_day);

  gtk_label_set_label (self->clock_label, text);
  return G_SOURCE_CONTINUE;
}

static void
draw_step (cairo_t         *cr,
           SamPresentation *presentation,
           int              step,
           int              width,
           int              height,
           gboolean         black)
{
  SamRenderOptions options;
  g_autoptr(SamLadderGeometry) geometry = NULL;
  g_autofree char *caption = NULL;

  if (black || step < 0)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_paint (cr);
      return;
    }

  sam_presentation_step_render_options (step, SAM_RENDER_STYLE_PROJECTOR, &options);
  caption = sam_presentation_project_options (step, sam_presentation_get_project (presentation), &options);
  geometry = sam_ladder_render (cr, sam_presentation_get_project (presentation), width, height, &options);
}

static void
draw_current_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  SamPresenterView *self = user_data;

  draw_step (cr, self->presentation, sam_presentation_get_step (self->presentation),
             width, height, sam_presentation_get_blackout (self->presentation));
}

static void
draw_next_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  SamPresenterView *self = user_data;

  draw_step (cr, self->presentation, sam_presentation_get_next_step (self->presentation),
             width, height, FALSE);
}

static void
update_step (SamPresenterView *self)
{
  SamPresentationStep step = sam_presentation_get_step (self->presentation);
  int next = sam_presentation_get_next_step (self->presentation);
  g_autofree const char **points = sam_presentation_step_talking_points (step);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *heading = NULL;

  if (sam_presentation_get_blackout (self->presentation))
    /* Translators: presenter view heading: step number, number of steps,
     * step title, while the projector shows black. */
    heading = g_strdup_printf (_("Step %d of %d: %s (screen is black)"),
                               step + 1, sam_presentation_get_n_steps (self->presentation), sam_presentation_step_title (step));
  else
    /* Translators: presenter view heading: step number, number of steps, step title. */
    heading = g_strdup_printf (_("Step %d of %d: %s"),
                               step + 1, sam_presentation_get_n_steps (self->presentation), sam_presentation_step_title (step));
  gtk_label_set_label (self->step_label, heading);

  for (guint i = 0; points[i] != NULL; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", points[i]);
  gtk_label_set_label (self->points_label, text->str);

  if (next >= 0)
    {
      /* Translators: presenter view, above the preview of the next step. */
      g_autofree char *next_text = g_strdup_printf (_("Next: %s"), sam_presentation_step_title (next));
      gtk_label_set_label (self->next_label, next_text);
    }
  else
    gtk_label_set_label (self->next_label, _("Next: the end of the talk"));

  gtk_widget_queue_draw (self->current_area);
  gtk_widget_queue_draw (self->next_area);
}

static void
presentation_notify_cb (SamPresenterView *self)
{
  update_step (self);
}

static void
project_changed_cb (SamPresenterView *self)
{
  gtk_widget_queue_draw (self->current_area);
  gtk_widget_queue_draw (self->next_area);
}

gboolean
sam_presenter_view_park (SamPresenterView *self,
                         const char       *text)
{
  g_autofree char *clean = NULL;
  g_autoptr(SamNote) note = NULL;
  SamProject *project;
  g_autofree char *status = NULL;
  guint n;

  g_return_val_if_fail (SAM_IS_PRESENTER_VIEW (self), FALSE);

  clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (clean[0] == '\0')
    return FALSE;

  project = sam_presentation_get_project (self->presentation);
  note = sam_note_new (clean, SAM_NOTE_KIND_FEAR);
  sam_project_add_note (project, note, -1);

  n = g_list_model_get_n_items (sam_project_get_notes (project));
  /* Translators: shown under the capture field after parking a bear. */
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Parked. %u note in the parking lot.",
                                         "Parked. %u notes in the parking lot.", n), n);
  gtk_label_set_label (self->capture_status, status);
  return TRUE;
}

static void
capture_activate_cb (SamPresenterView *self)
{
  if (sam_presenter_view_park (self, gtk_editable_get_text (GTK_EDITABLE (self->capture))))
    gtk_editable_set_text (GTK_EDITABLE (self->capture), "");
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SamPresenterView      *self)
{
  return sam_presentation_dispatch_key (GTK_WIDGET (self), keyval, state);
}

static GtkWidget *
heading_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
preview_area (GtkDrawingAreaDrawFunc  func,
              SamPresenterView       *self,
              GtkWidget             **area_out)
{
  /* The previews keep the 4:3 shape of a common projector. */
  GtkWidget *frame = gtk_aspect_frame_new (0.5, 0, 4.0 / 3.0, FALSE);
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), func, self, NULL);
  gtk_widget_set_hexpand (area, TRUE);
  gtk_widget_set_vexpand (area, TRUE);
  gtk_aspect_frame_set_child (GTK_ASPECT_FRAME (frame), area);
  gtk_widget_add_css_class (frame, "card");
  *area_out = area;
  return frame;
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void
build (SamPresenterView *self,
       gboolean          in_presentation_window)
{
  GtkWidget *top, *middle, *side, *scroller, *capture_row, *buttons, *button, *current_frame;

  /* Its type sizes in points (sam-editors.css), the same on every GTK. */
  sam_editors_load_css ();
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_start (self->box, 18);
  gtk_widget_set_margin_end (self->box, 18);
  gtk_widget_set_margin_top (self->box, 12);
  gtk_widget_set_margin_bottom (self->box, 12);

  /* Step and clock */
  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->step_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->step_label, 0);
  gtk_label_set_wrap (self->step_label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->step_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->step_label), "title-2");
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->step_label));
  self->clock_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->clock_label), "title-2");
  gtk_widget_add_css_class (GTK_WIDGET (self->clock_label), "numeric");
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->clock_label));
  gtk_box_append (GTK_BOX (self->box), top);

  /* Current step large, next step and talking points beside it */
  middle = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  gtk_widget_set_vexpand (middle, TRUE);
  current_frame = preview_area (draw_current_cb, self, &self->current_area);
  gtk_widget_set_hexpand (current_frame, TRUE);
  gtk_box_append (GTK_BOX (middle), current_frame);

  side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (side, 320, -1);
  gtk_widget_set_hexpand (side, FALSE);
  self->next_label = GTK_LABEL (heading_label (NULL));
  gtk_label_set_wrap (self->next_label, TRUE);
  gtk_label_set_max_width_chars (self->next_label, 28);
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (self->next_label));
  {
    GtkWidget *next_frame = preview_area (draw_next_cb, self, &self->next_area);

    gtk_widget_set_vexpand (self->next_area, FALSE);
    gtk_widget_set_size_request (self->next_area, 320, 240);
    gtk_widget_set_vexpand (next_frame, FALSE);
    gtk_box_append (GTK_BOX (side), next_frame);
  }
  gtk_box_append (GTK_BOX (side), heading_label (_("Talking points")));
  self->points_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->points_label, TRUE);
  gtk_label_set_xalign (self->points_label, 0);
  gtk_label_set_yalign (self->points_label, 0);
  /* Narrow enough that the current step keeps most of the width. */
  gtk_label_set_width_chars (self->points_label, 24);
  gtk_label_set_max_width_chars (self->points_label, 28);
  gtk_widget_add_css_class (GTK_WIDGET (self->points_label), "title-4");
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->points_label));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (side), scroller);
  gtk_box_append (GTK_BOX (middle), side);
  gtk_box_append (GTK_BOX (self->box), middle);

  /* Quick capture of a bear */
  gtk_box_append (GTK_BOX (self->box), heading_label (_("Park a bear on the road")));
  capture_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->capture = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->capture, _("What worries someone? Press Enter to park it"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->capture), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->capture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Park a bear on the road"),
                                  -1);
  g_signal_connect_swapped (self->capture, "activate", G_CALLBACK (capture_activate_cb), self);
  gtk_box_append (GTK_BOX (capture_row), GTK_WIDGET (self->capture));
  button = gtk_button_new_with_mnemonic (_("_Park"));
  gtk_widget_set_tooltip_text (button, _("Add it to the parking lot (undo with Ctrl+Z)"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (capture_activate_cb), self);
  gtk_box_append (GTK_BOX (capture_row), button);
  gtk_box_append (GTK_BOX (self->box), capture_row);
  self->capture_status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->capture_status, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->capture_status), "dim-label");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->capture_status));

  /* What the remote does, also as buttons */
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Previous"), "present.previous", _("Previous step (Page Up, Left)")));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Next"), "present.next", _("Next step (Page Down, Right, Space)")));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Black Screen"), "present.blackout", _("Black the projector, and back (B)")));
  if (in_presentation_window)
    button = action_button (_("Show _Slide"), "present.toggle-presenter", _("Back to the full-screen slide (P)"));
  else
    button = action_button (_("Show P_roject"), "present.toggle-presenter", _("Edit the project while the room watches (P; F5 comes back)"));
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), button);
  button = action_button (_("_Stop Presenting"), "present.stop", _("Leave the presentation (Esc)"));
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (self->box), buttons);
  /* Heard as "Next", not "_Next Next". */
  sam_a11y_fix_mnemonics (self->box);
}

static void
sam_presenter_view_dispose (GObject *object)
{
  SamPresenterView *self = (SamPresenterView *) object;

  g_clear_handle_id (&self->clock_source, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (sam_presenter_view_parent_class)->dispose (object);
}

static void
sam_presenter_view_finalize (GObject *object)
{
  SamPresenterView *self = (SamPresenterView *) object;

  g_clear_object (&self->presentation);

  G_OBJECT_CLASS (sam_presenter_view_parent_class)->finalize (object);
}

static void
sam_presenter_view_class_init (SamPresenterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_presenter_view_dispose;
  object_class->finalize = sam_presenter_view_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "presenterview");
}

static void
sam_presenter_view_init (SamPresenterView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Bubble phase: a focused button takes Space and Enter, a text field
   * its letters, the window Tab; the remote's Page Up / Page Down and the
   * arrows reach us and turn pages. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_BUBBLE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
sam_presenter_view_new (SamPresentation *presentation,
                        gint64           started,
                        gboolean         in_presentation_window)
{
  SamPresenterView *self;

  g_return_val_if_fail (SAM_IS_PRESENTATION (presentation), NULL);

  self = g_object_new (SAM_TYPE_PRESENTER_VIEW, NULL);
  self->presentation = g_object_ref (presentation);
  self->started = started;
  build (self, in_presentation_window);

  g_signal_connect_object (presentation, "notify::step", G_CALLBACK (presentation_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (presentation, "notify::blackout", G_CALLBACK (presentation_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (presentation, "changed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  update_step (self);

  update_clock_cb (self);
  self->clock_source = g_timeout_add_seconds (1, update_clock_cb, self);

  return GTK_WIDGET (self);
}

SamPresentation *
sam_presenter_view_get_presentation (SamPresenterView *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTER_VIEW (self), NULL);
  return self->presentation;
}

GtkEditable *
sam_presenter_view_get_capture (SamPresenterView *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTER_VIEW (self), NULL);
  return GTK_EDITABLE (self->capture);
}

void
sam_presenter_view_set_show_clock (SamPresenterView *self,
                                   gboolean          show_clock)
{
  g_return_if_fail (SAM_IS_PRESENTER_VIEW (self));
  gtk_widget_set_visible (GTK_WIDGET (self->clock_label), show_clock);
}
