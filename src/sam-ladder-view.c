/* sam-ladder-view.c: the interactive ladder canvas
 *
 * Draws with the one renderer and hit-tests with the geometry it returns.
 * Input becomes widget actions ("ladder.*"), so the keyboard, the pointer,
 * the window and the tests all drive the same code, and every edit goes
 * through SamProject (undoable).
 *
 * Accessibility: GTK 4.8 has no API for accessible children of a custom
 * drawn widget (GtkAccessible implementations for non-widgets came in
 * 4.10/4.14), so the canvas is one focusable accessible whose label and
 * description are updated to the rung that has keyboard focus.  On GTK
 * 4.10 and newer the rungs and chips it draws are its accessible children
 * as well (sam-ladder-accessible.c).
 */

#define G_LOG_DOMAIN "samenspel-ladder-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sam-ladder-accessible.h"
#include "sam-ladder-view.h"
#include "sam-ladder.h"

#define DRAG_THRESHOLD 6.0

/* Rungs in visual order, left to right: producer 1..4, consumer 4..1. */
#define N_SLOTS (2 * SAM_LADDER_N_RUNGS)

struct _SamLadderView
{
  GtkWidget          parent_instance;

  SamProject        *project;
  GListModel        *stakeholders;     /* the project's, watched */
  GPtrArray         *watched;          /* stakeholders with our notify handler */
  char              *selected;
  SamRenderStyle     style;
  gboolean           follow_dark;
  SamRenderFocus     render_focus;
  int                render_focus_rung;

  SamLadderGeometry *geometry;
  int                hover_side;
  int                hover_rung;
  int                focus_slot;       /* 0..N_SLOTS-1, or -1 */

  /* pointer press and drag */
  SamLadderHit       press;
  char              *press_id;
  gboolean           dragging;
  double             drag_x, drag_y;

  GtkWidget         *popover;
  GtkWidget         *popover_title;
  GtkWidget         *button_now;
  GtkWidget         *button_wanted;
  GtkWidget         *button_clear;
  int                popover_side;
  int                popover_rung;

  /* The compare view (work sessions): from a session to another or to now. */
  SamSession        *compare_from;
  SamSession        *compare_to;       /* NULL: now */
  SamProject        *compare_project;  /* the ladder of compare_to, or NULL */
  char              *compare_caption;
#if GTK_CHECK_VERSION (4, 10, 0)
  /* The rungs as drawn, each with its chips, for screen readers. */
  GPtrArray         *accessible_rungs;     /* SamLadderAccessible */
  char              *accessible_signature; /* what they say, to rebuild on change only */
#endif
};

/* Below this width the canvas draws the compact overview. */
#define SAM_LADDER_VIEW_COMPACT_WIDTH 620

#if GTK_CHECK_VERSION (4, 10, 0)
static void sam_ladder_view_accessible_init (GtkAccessibleInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SamLadderView, sam_ladder_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_ACCESSIBLE, sam_ladder_view_accessible_init))
#else
G_DEFINE_FINAL_TYPE (SamLadderView, sam_ladder_view, GTK_TYPE_WIDGET)
#endif

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SELECTED_STAKEHOLDER,
  PROP_RENDER_STYLE,
  PROP_FOLLOW_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slot_to_rung (int      slot,
              SamSide *side,
              int     *rung)
{
  if (slot < SAM_LADDER_N_RUNGS)
    {
      *side = SAM_SIDE_PRODUCER;
      *rung = slot + 1;
    }
  else
    {
      *side = SAM_SIDE_CONSUMER;
      *rung = N_SLOTS - slot;
    }
}

static int
rung_to_slot (SamSide side,
              int     rung)
{
  return side == SAM_SIDE_PRODUCER ? rung - 1 : N_SLOTS - rung;
}

static SamRenderStyle
effective_style (SamLadderView *self)
{
  GtkSettings *settings;
  gboolean dark = FALSE;
  g_autofree char *theme = NULL;

  if (!self->follow_dark)
    return self->style;

  settings = gtk_widget_get_settings (GTK_WIDGET (self));
  g_object_get (settings,
                "gtk-application-prefer-dark-theme", &dark,
                "gtk-theme-name", &theme,
                NULL);
  if (theme != NULL && (g_str_has_suffix (theme, "-dark") || g_str_has_suffix (theme, ":dark")))
    dark = TRUE;
  return dark ? SAM_RENDER_STYLE_DARK : SAM_RENDER_STYLE_LIGHT;
}

/* "Organisation (producer), rung 2 of 4: Idea collector. Marked as now" */
static char *
rung_label (SamLadderView *self,
            SamSide        side,
            int            rung)
{
  const SamLadderRole *role = sam_ladder_get_role (side, rung);
  GString *label = g_string_new (NULL);

  /* Translators: side title, rung number, role name, e.g.
   * "Organisation (producer), rung 2 of 4: Idea collector" */
  g_string_printf (label, _("%s, rung %d of %d: %s"), sam_ladder_side_title (side), rung,
                   SAM_LADDER_N_RUNGS, role->title);
  if (self->project != NULL)
    {
      SamMark now = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_NOW : SAM_MARK_CONSUMER_NOW;
      SamMark wanted = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_WANTED : SAM_MARK_CONSUMER_WANTED;

      if (sam_project_get_mark (self->project, now) == rung)
        g_string_append_printf (label, ". %s", _("Marked as now"));
      if (sam_project_get_mark (self->project, wanted) == rung)
        g_string_append_printf (label, ". %s", _("Marked as wanted"));
    }
  return g_string_free (label, FALSE);
}

/* The rung's role, then who stands there now: "… Standing here now:
 * Library, Theatre." (the chips a sighted user reads on the rung). */
static char *
rung_description (SamLadderView *self,
                  SamSide        side,
                  int            rung)
{
  GString *text = g_string_new (sam_ladder_get_role (side, rung)->description);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GListModel *list;

  if (self->project == NULL)
    return g_string_free (text, FALSE);
  list = sam_project_get_stakeholders (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);

      if (sam_stakeholder_get_side (s) == side && sam_stakeholder_get_role_now (s) == rung)
        g_ptr_array_add (names, (gpointer) sam_stakeholder_get_name (s));
    }
  if (names->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (names, NULL);
      joined = g_strjoinv (", ", (char **) names->pdata);
      g_string_append_c (text, ' ');
      /* Translators: read by a screen reader after a rung's description;
       * %s is a list of stakeholder names, "Library, Theatre" */
      g_string_append_printf (text, _("Standing here now: %s."), joined);
    }
  return g_string_free (text, FALSE);
}

static void
update_accessible (SamLadderView *self)
{
  SamSide side;
  int rung;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (self->focus_slot < 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Participation ladder"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Use Tab or the arrow keys to move between rungs, Enter to mark one"),
                                      -1);
      return;
    }

  slot_to_rung (self->focus_slot, &side, &rung);
  label = rung_label (self, side, rung);
  description = rung_description (self, side, rung);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

#if GTK_CHECK_VERSION (4, 10, 0)
/* What a chip on the canvas says: the stakeholder's whole name (the chip
 * may show it shortened), or for a "+N" summary how many are not shown.
 * NULL for a chip whose stakeholder is not in @project. */
static char *
chip_accessible_name (SamProject       *project,
                      const SamChipBox *chip)
{
  SamStakeholder *s;

  if (chip->stakeholder_id == NULL)
    /* Translators: the "+N" chip at the end of a rung, as a screen reader
     * reads it: the stakeholders there that the chips have no room for */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d more stakeholder", "%d more stakeholders",
                                         chip->hidden),
                            chip->hidden);
  s = sam_project_find_stakeholder (project, chip->stakeholder_id);
  return s != NULL ? g_strdup (sam_stakeholder_get_name (s)) : NULL;
}

/* GTK 4.10+: each rung the renderer drew is an accessible child of the
 * canvas, in visual order: a list (named like the rung) whose items are
 * the chips drawn on it, each named with the stakeholder's whole name, and
 * the "+N" summary, if any.  A chip is not a button: it cannot be worked
 * from the keyboard (a stakeholder's rungs are set on its card), and an
 * accessible that says "button" but that Tab never reaches would be a
 * lie.  Rebuilt only when what they say changes; moved with every frame. */
static void
update_accessible_children (SamLadderView *self)
{
  g_autoptr(GString) signature = g_string_new (NULL);
  /* The chips are the stakeholders of the project drawn (in the compare
   * view, the session's). */
  SamProject *drawn = self->compare_project != NULL ? self->compare_project : self->project;
  gboolean rebuild;

  if (self->geometry == NULL || drawn == NULL || self->accessible_rungs == NULL)
    return;

  for (int slot = 0; slot < N_SLOTS; slot++)
    {
      SamSide side;
      int rung;
      g_autofree char *label = NULL;

      slot_to_rung (slot, &side, &rung);
      label = rung_label (self, side, rung);
      g_string_append_printf (signature, "%s\n", label);
    }
  for (guint i = 0; i < self->geometry->chips->len; i++)
    {
      const SamChipBox *chip = &g_array_index (self->geometry->chips, SamChipBox, i);
      g_autofree char *name = chip_accessible_name (drawn, chip);

      g_string_append_printf (signature, "%d %d %s\n", chip->side, chip->rung, name != NULL ? name : "");
    }

  rebuild = g_strcmp0 (signature->str, self->accessible_signature) != 0;
  if (rebuild)
    {
      g_free (self->accessible_signature);
      self->accessible_signature = g_strdup (signature->str);
      g_ptr_array_set_size (self->accessible_rungs, 0);
    }

  for (int slot = 0; slot < N_SLOTS; slot++)
    {
      SamSide side;
      int rung;
      const cairo_rectangle_t *r;
      SamLadderAccessible *a;
      guint n_chips = 0;

      slot_to_rung (slot, &side, &rung);
      r = &self->geometry->rungs[side][rung - 1];
      if (rebuild)
        {
          g_autofree char *label = rung_label (self, side, rung);

          a = sam_ladder_accessible_new (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_ROLE_LIST, label,
                                         sam_ladder_get_role (side, rung)->description,
                                         r->x, r->y, r->width, r->height);
          g_ptr_array_add (self->accessible_rungs, a);
        }
      else
        {
          a = g_ptr_array_index (self->accessible_rungs, slot);
          sam_ladder_accessible_set_bounds (a, r->x, r->y, r->width, r->height);
        }

      /* The chips of this rung of this side: each chip has its own side
       * (a stakeholder may stand on either). */
      for (guint i = 0; i < self->geometry->chips->len; i++)
        {
          const SamChipBox *chip = &g_array_index (self->geometry->chips, SamChipBox, i);
          g_autofree char *name = NULL;

          if (chip->side != side || chip->rung != rung)
            continue;
          name = chip_accessible_name (drawn, chip);
          if (name == NULL)
            continue;
          if (rebuild)
            sam_ladder_accessible_add_child (a, sam_ladder_accessible_new (GTK_ACCESSIBLE (a),
                                                                           GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                                                           name, NULL,
                                                                           chip->rect.x - r->x, chip->rect.y - r->y,
                                                                           chip->rect.width, chip->rect.height));
          else
            sam_ladder_accessible_set_bounds (sam_ladder_accessible_get_child (a, n_chips),
                                              chip->rect.x - r->x, chip->rect.y - r->y,
                                              chip->rect.width, chip->rect.height);
          n_chips++;
        }
    }
  if (rebuild)
    sam_ladder_accessible_link (self->accessible_rungs,
                                self->popover != NULL ? GTK_ACCESSIBLE (self->popover) : NULL);
}

static GtkAccessible *
view_get_first_accessible_child (GtkAccessible *accessible)
{
  SamLadderView *self = SAM_LADDER_VIEW (accessible);

  if (self->accessible_rungs != NULL && self->accessible_rungs->len > 0)
    return g_object_ref (g_ptr_array_index (self->accessible_rungs, 0));
  return self->popover != NULL ? g_object_ref (GTK_ACCESSIBLE (self->popover)) : NULL;
}

static void
sam_ladder_view_accessible_init (GtkAccessibleInterface *iface)
{
  /* Everything else as GtkWidget has it. */
  iface->get_first_accessible_child = view_get_first_accessible_child;
}
#endif

static void
set_focus_slot (SamLadderView *self,
                int            slot)
{
  slot = CLAMP (slot, -1, N_SLOTS - 1);
  if (slot == self->focus_slot)
    return;
  self->focus_slot = slot;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
model_changed_cb (SamLadderView *self)
{
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
unwatch_stakeholders (SamLadderView *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i), model_changed_cb, self);
  g_ptr_array_set_size (self->watched, 0);
}

/* @watched mirrors the list: only the items that changed are unwatched or
 * watched, so adding or undoing one card in a project of 10,000 does not
 * reconnect 10,000 handlers. */
static void
stakeholders_changed_cb (GListModel    *list,
                         guint          position,
                         guint          removed,
                         guint          added,
                         SamLadderView *self)
{
  g_return_if_fail (position + removed <= self->watched->len);

  for (guint i = position; i < position + removed; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i), model_changed_cb, self);
  g_ptr_array_remove_range (self->watched, position, removed);
  for (guint i = 0; i < added; i++)
    {
      SamStakeholder *s = g_list_model_get_item (list, position + i);
      g_signal_connect_swapped (s, "notify", G_CALLBACK (model_changed_cb), self);
      g_ptr_array_insert (self->watched, position + i, s);
    }
  model_changed_cb (self);
}

static void
settings_changed_cb (SamLadderView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- drawing ---- */

static void
sam_ladder_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SamLadderView *self = SAM_LADDER_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SamRenderOptions options;
  cairo_t *cr;

  if (self->project == NULL || width <= 0 || height <= 0)
    return;

  sam_render_options_init (&options, effective_style (self));
  options.focus = self->render_focus;
  options.focus_rung = self->render_focus_rung;
  options.hover_side = self->hover_side;
  options.hover_rung = self->hover_rung;
  if (self->focus_slot >= 0 && gtk_widget_has_focus (widget))
    {
      SamSide side;
      slot_to_rung (self->focus_slot, &side, &options.keyboard_rung);
      options.keyboard_side = side;
    }
  options.selected_stakeholder = self->selected;
  if (self->compare_from != NULL)
    {
      options.compare_from = sam_session_get_snapshot (self->compare_from);
      options.compare_caption = self->compare_caption;
    }
  /* Readable type even in a small pane; the renderer drops descriptions
   * rather than letting text overflow. */
  options.min_scale = 0.75;
  /* A pane too narrow for eight columns of role text (a 1024×768 screen
   * with the editors open) gets the presentation's overview instead: whole
   * role titles, the marks, and the stakeholders on each rung by name. */
  if (options.focus == SAM_RENDER_FOCUS_NONE && width < SAM_LADDER_VIEW_COMPACT_WIDTH
      && self->compare_from == NULL)
    {
      options.presentation = TRUE;
      options.overview_names = TRUE;
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_clear_pointer (&self->geometry, sam_ladder_geometry_free);
  self->geometry = sam_ladder_render (cr, self->compare_project != NULL ? self->compare_project : self->project,
                                      width, height, &options);
#if GTK_CHECK_VERSION (4, 10, 0)
  update_accessible_children (self);
#endif

  /* While dragging, a ghost of the chip follows the pointer. */
  if (self->dragging && self->press_id != NULL)
    {
      const SamChipBox *chip = sam_ladder_geometry_find_chip (self->geometry, self->press_id);
      if (chip != NULL)
        {
          const SamRenderPalette *pal = sam_render_palette_get (options.style);
          double w = chip->rect.width, h = chip->rect.height;
          double x = self->drag_x - w / 2, y = self->drag_y - h / 2, r = h * 0.3;

          cairo_new_sub_path (cr);
          cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
          cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
          cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
          cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
          cairo_close_path (cr);
          cairo_set_source_rgba (cr, pal->chip_bg.r, pal->chip_bg.g, pal->chip_bg.b, 0.85);
          cairo_fill_preserve (cr);
          cairo_set_source_rgb (cr, pal->focus.r, pal->focus.g, pal->focus.b);
          cairo_set_line_width (cr, 2);
          cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
          cairo_stroke (cr);
        }
    }
  cairo_destroy (cr);
}

static void
sam_ladder_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 300;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 960 : 540;
}

static void
sam_ladder_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SamLadderView *self = SAM_LADDER_VIEW (widget);

  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

/* ---- the popover ---- */

static void
open_popover (SamLadderView *self,
              SamSide        side,
              int            rung)
{
  const cairo_rectangle_t *r;
  GdkRectangle target;
  gboolean producer = side == SAM_SIDE_PRODUCER;

  /* Not while two sessions are compared: the marks drawn are a session's. */
  if (self->project == NULL || self->compare_project != NULL)
    return;

  self->popover_side = side;
  self->popover_rung = rung;
  gtk_label_set_text (GTK_LABEL (self->popover_title), sam_ladder_get_role (side, rung)->title);
  gtk_button_set_label (GTK_BUTTON (self->button_now),
                        producer ? _("We are here now") : _("Our clients are here now"));
  gtk_button_set_label (GTK_BUTTON (self->button_wanted),
                        producer ? _("We want to be here") : _("Our clients want to be here"));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->button_now), "(iis)", side, rung, "now");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->button_wanted), "(iis)", side, rung, "wanted");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->button_clear), "(iis)", side, rung, "clear");
  /* Clearing is offered only where there is a mark to clear. */
  {
    SamMark now = producer ? SAM_MARK_PRODUCER_NOW : SAM_MARK_CONSUMER_NOW;
    SamMark wanted = producer ? SAM_MARK_PRODUCER_WANTED : SAM_MARK_CONSUMER_WANTED;

    gtk_widget_set_visible (self->button_clear,
                            sam_project_get_mark (self->project, now) == rung ||
                            sam_project_get_mark (self->project, wanted) == rung);
  }

  if (self->geometry != NULL)
    {
      r = &self->geometry->rungs[side][rung - 1];
      target = (GdkRectangle) { (int) r->x, (int) r->y, (int) r->width, (int) MIN (r->height, 60) };
      gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &target);
    }
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static GtkWidget *
build_popover (SamLadderView *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->popover_title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->popover_title, "heading");
  gtk_box_append (GTK_BOX (box), self->popover_title);

  self->button_now = gtk_button_new_with_label ("");
  self->button_wanted = gtk_button_new_with_label ("");
  self->button_clear = gtk_button_new_with_label (_("Clear"));
  gtk_widget_set_tooltip_text (self->button_clear, _("Remove the marks on this rung"));
  /* A target of the right type before the name: the real one is set
   * when the popover opens on a rung. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->button_now), "(iis)", 0, 1, "now");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->button_wanted), "(iis)", 0, 1, "wanted");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->button_clear), "(iis)", 0, 1, "clear");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button_now), "ladder.mark");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button_wanted), "ladder.mark");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button_clear), "ladder.mark");
  gtk_box_append (GTK_BOX (box), self->button_now);
  gtk_box_append (GTK_BOX (box), self->button_wanted);
  gtk_box_append (GTK_BOX (box), self->button_clear);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return popover;
}

/* ---- actions ---- */

static void
mark_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SamLadderView *self = SAM_LADDER_VIEW (widget);
  const char *which;
  int side, rung;
  SamMark now, wanted;

  g_variant_get (parameter, "(ii&s)", &side, &rung, &which);
  if (self->project == NULL || (side != SAM_SIDE_PRODUCER && side != SAM_SIDE_CONSUMER)
      || !sam_ladder_rung_is_valid (rung))
    return;

  now = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_NOW : SAM_MARK_CONSUMER_NOW;
  wanted = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_WANTED : SAM_MARK_CONSUMER_WANTED;

  if (g_str_equal (which, "now"))
    sam_project_set_mark (self->project, now, rung);
  else if (g_str_equal (which, "wanted"))
    sam_project_set_mark (self->project, wanted, rung);
  else if (g_str_equal (which, "clear"))
    {
      sam_project_begin_edit (self->project, _("Clear marks"));
      if (sam_project_get_mark (self->project, now) == rung)
        sam_project_set_mark (self->project, now, 0);
      if (sam_project_get_mark (self->project, wanted) == rung)
        sam_project_set_mark (self->project, wanted, 0);
      sam_project_end_edit (self->project);
    }
  else
    g_warning ("ladder.mark: unknown mark “%s”", which);

  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* Puts a stakeholder on @rung of @side: a chip dropped on the other side
 * of the ladder changes the stakeholder's side too, without asking, in one
 * undo step.  Its wanted rung keeps its number (rung n of one side pairs
 * with rung n of the other), as when the side changes on the card. */
static void
place_stakeholder (SamLadderView *self,
                   const char    *id,
                   SamSide        side,
                   int            rung)
{
  SamStakeholder *s;

  if (self->project == NULL || !sam_ladder_rung_is_valid (rung)
      || (side != SAM_SIDE_PRODUCER && side != SAM_SIDE_CONSUMER))
    return;
  s = sam_project_find_stakeholder (self->project, id);
  if (s == NULL)
    return;

  sam_project_begin_edit (self->project, _("Move Stakeholder"));
  sam_project_set_enum (self->project, s, "side", side);
  sam_project_set_int (self->project, s, "role-now", rung);
  sam_project_end_edit (self->project);
}

/* "(si)": a rung of the stakeholder's own side. */
static void
move_stakeholder_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SamLadderView *self = SAM_LADDER_VIEW (widget);
  const char *id;
  int rung;
  SamStakeholder *s;

  g_variant_get (parameter, "(&si)", &id, &rung);
  s = self->project != NULL ? sam_project_find_stakeholder (self->project, id) : NULL;
  if (s != NULL)
    place_stakeholder (self, id, sam_stakeholder_get_side (s), rung);
}

/* "(sii)": id, side, rung; where a dragged chip is dropped. */
static void
place_stakeholder_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  const char *id;
  int side, rung;

  g_variant_get (parameter, "(&sii)", &id, &side, &rung);
  place_stakeholder (SAM_LADDER_VIEW (widget), id, side, rung);
}

static void
select_stakeholder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  const char *id = g_variant_get_string (parameter, NULL);

  sam_ladder_view_set_selected_stakeholder (SAM_LADDER_VIEW (widget), *id ? id : NULL);
}

static void
focus_rung_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SamLadderView *self = SAM_LADDER_VIEW (widget);
  int side, rung;

  g_variant_get (parameter, "(ii)", &side, &rung);
  if ((side != SAM_SIDE_PRODUCER && side != SAM_SIDE_CONSUMER) || !sam_ladder_rung_is_valid (rung))
    return;
  gtk_widget_grab_focus (widget);
  set_focus_slot (self, rung_to_slot (side, rung));
}

/* Left/Right walk the picture in visual order; Up/Down climb the rungs
 * of the current side. */
static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SamLadderView *self = SAM_LADDER_VIEW (widget);
  int dx, dy;
  SamSide side;
  int rung;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  if (self->focus_slot < 0)
    {
      set_focus_slot (self, 0);
      return;
    }
  if (dx != 0)
    {
      set_focus_slot (self, CLAMP (self->focus_slot + dx, 0, N_SLOTS - 1));
      return;
    }
  slot_to_rung (self->focus_slot, &side, &rung);
  set_focus_slot (self, rung_to_slot (side, CLAMP (rung + dy, 1, SAM_LADDER_N_RUNGS)));
}

static void
activate_focus_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SamLadderView *self = SAM_LADDER_VIEW (widget);
  SamSide side;
  int rung;

  if (self->focus_slot < 0)
    set_focus_slot (self, 0);
  slot_to_rung (self->focus_slot, &side, &rung);
  open_popover (self, side, rung);
}

/* ---- focus ---- */

static gboolean
sam_ladder_view_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  SamLadderView *self = SAM_LADDER_VIEW (widget);

  if (!gtk_widget_has_focus (widget))
    {
      if (!gtk_widget_grab_focus (widget))
        return FALSE;
      if (direction == GTK_DIR_TAB_BACKWARD)
        set_focus_slot (self, N_SLOTS - 1);
      else if (self->focus_slot < 0 || direction == GTK_DIR_TAB_FORWARD)
        set_focus_slot (self, 0);
      gtk_widget_queue_draw (widget);
      return TRUE;
    }

  /* Tab walks the rungs, then leaves the canvas at either end. */
  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      if (self->focus_slot >= N_SLOTS - 1)
        return FALSE;
      set_focus_slot (self, self->focus_slot + 1);
      return TRUE;
    case GTK_DIR_TAB_BACKWARD:
      if (self->focus_slot <= 0)
        return FALSE;
      set_focus_slot (self, self->focus_slot - 1);
      return TRUE;
    case GTK_DIR_UP:
    case GTK_DIR_DOWN:
    case GTK_DIR_LEFT:
    case GTK_DIR_RIGHT:
    default:
      return FALSE;
    }
}

static void
focus_changed_cb (SamLadderView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- pointer ---- */

static void
set_hover (SamLadderView *self,
           int            side,
           int            rung)
{
  if (self->hover_side == side && self->hover_rung == rung)
    return;
  self->hover_side = side;
  self->hover_rung = rung;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           SamLadderView            *self)
{
  SamLadderHit hit;

  if (self->geometry != NULL && sam_ladder_geometry_hit (self->geometry, x, y, &hit))
    set_hover (self, hit.side, hit.rung);
  else
    set_hover (self, -1, 0);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          SamLadderView            *self)
{
  set_hover (self, -1, 0);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               SamLadderView  *self)
{
  self->dragging = FALSE;
  g_clear_pointer (&self->press_id, g_free);
  /* Two sessions compared: the picture is of the past, not for editing. */
  if (self->geometry == NULL || self->compare_project != NULL
      || !sam_ladder_geometry_hit (self->geometry, x, y, &self->press))
    self->press.kind = SAM_LADDER_HIT_NONE;
  self->press_id = g_strdup (self->press.stakeholder_id);
  self->press.stakeholder_id = NULL;   /* the geometry's copy dies with the next frame */
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                SamLadderView  *self)
{
  double x, y;

  if (self->press.kind != SAM_LADDER_HIT_CHIP)
    return;
  if (!self->dragging && hypot (dx, dy) < DRAG_THRESHOLD)
    return;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  self->dragging = TRUE;
  self->drag_x = x + dx;
  self->drag_y = y + dy;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  motion_cb (NULL, self->drag_x, self->drag_y, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             SamLadderView  *self)
{
  double x, y;
  SamLadderHit hit;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);

  if (self->dragging)
    {
      self->dragging = FALSE;
      /* On any rung of either side: across the ladder changes the side. */
      if (self->geometry != NULL && sam_ladder_geometry_hit (self->geometry, x + dx, y + dy, &hit)
          && hit.kind != SAM_LADDER_HIT_NONE)
        gtk_widget_activate_action (GTK_WIDGET (self), "ladder.place-stakeholder", "(sii)",
                                    self->press_id, (int) hit.side, hit.rung);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  /* A click. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
  switch (self->press.kind)
    {
    case SAM_LADDER_HIT_CHIP:
      gtk_widget_activate_action (GTK_WIDGET (self), "ladder.select-stakeholder", "s", self->press_id);
      break;
    case SAM_LADDER_HIT_RUNG:
    case SAM_LADDER_HIT_MARKER:
    case SAM_LADDER_HIT_SUMMARY:
      set_focus_slot (self, rung_to_slot (self->press.side, self->press.rung));
      open_popover (self, self->press.side, self->press.rung);
      break;
    case SAM_LADDER_HIT_NONE:
    default:
      break;
    }
}

static char *
hidden_names (SamLadderView *self,
              SamSide        side,
              int            rung)
{
  GListModel *list = sam_project_get_stakeholders (self->project);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
      if (sam_stakeholder_get_role_now (s) == rung && sam_stakeholder_get_side (s) == side
          && sam_ladder_geometry_find_chip (self->geometry, sam_stakeholder_get_id (s)) == NULL)
        {
          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, sam_stakeholder_get_name (s));
        }
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gboolean
query_tooltip_cb (GtkWidget     *widget,
                  int            x,
                  int            y,
                  gboolean       keyboard,
                  GtkTooltip    *tooltip,
                  SamLadderView *self)
{
  SamLadderHit hit;
  g_autofree char *markup = NULL;

  if (self->geometry == NULL || self->project == NULL)
    return FALSE;

  if (keyboard)
    {
      if (self->focus_slot < 0)
        return FALSE;
      hit.kind = SAM_LADDER_HIT_RUNG;
      slot_to_rung (self->focus_slot, &hit.side, &hit.rung);
    }
  else if (!sam_ladder_geometry_hit (self->geometry, x, y, &hit))
    return FALSE;

  if (hit.kind == SAM_LADDER_HIT_CHIP)
    {
      SamStakeholder *s = sam_project_find_stakeholder (self->project, hit.stakeholder_id);
      int wanted;

      if (s == NULL)
        return FALSE;
      wanted = sam_stakeholder_get_role_wanted (s);
      if (sam_ladder_rung_is_valid (wanted) && wanted != sam_stakeholder_get_role_now (s))
        /* Translators: tooltip of a stakeholder chip: name, wanted role */
        markup = g_markup_printf_escaped (_("<b>%s</b>\nWants to become: %s"), sam_stakeholder_get_name (s),
                                          sam_ladder_get_role (sam_stakeholder_get_side (s), wanted)->title);
      else
        markup = g_markup_printf_escaped ("<b>%s</b>", sam_stakeholder_get_name (s));
    }
  else if (hit.kind == SAM_LADDER_HIT_SUMMARY)
    {
      g_autofree char *names = hidden_names (self, hit.side, hit.rung);
      markup = g_markup_escape_text (names, -1);
    }
  else
    {
      const SamLadderRole *role = sam_ladder_get_role (hit.side, hit.rung);
      markup = g_markup_printf_escaped ("<b>%s</b>\n%s\n\n%s", role->title, role->summary, role->description);
    }

  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/* ---- GObject ---- */

static void
sam_ladder_view_dispose (GObject *object)
{
  SamLadderView *self = SAM_LADDER_VIEW (object);

  sam_ladder_view_set_compare (self, NULL, NULL);
  sam_ladder_view_set_project (self, NULL);
#if GTK_CHECK_VERSION (4, 10, 0)
  /* First: the last rung links to the popover. */
  g_clear_pointer (&self->accessible_rungs, g_ptr_array_unref);
  g_clear_pointer (&self->accessible_signature, g_free);
#endif
  g_clear_pointer (&self->popover, gtk_widget_unparent);

  G_OBJECT_CLASS (sam_ladder_view_parent_class)->dispose (object);
}

static void
sam_ladder_view_finalize (GObject *object)
{
  SamLadderView *self = SAM_LADDER_VIEW (object);

  g_clear_pointer (&self->geometry, sam_ladder_geometry_free);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_free (self->selected);
  g_free (self->press_id);

  G_OBJECT_CLASS (sam_ladder_view_parent_class)->finalize (object);
}

static void
sam_ladder_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SamLadderView *self = SAM_LADDER_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT: g_value_set_object (value, self->project); break;
    case PROP_SELECTED_STAKEHOLDER: g_value_set_string (value, self->selected); break;
    case PROP_RENDER_STYLE: g_value_set_enum (value, self->style); break;
    case PROP_FOLLOW_DARK: g_value_set_boolean (value, self->follow_dark); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_ladder_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SamLadderView *self = SAM_LADDER_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT: sam_ladder_view_set_project (self, g_value_get_object (value)); break;
    case PROP_SELECTED_STAKEHOLDER:
      sam_ladder_view_set_selected_stakeholder (self, g_value_get_string (value));
      break;
    case PROP_RENDER_STYLE: sam_ladder_view_set_render_style (self, g_value_get_enum (value)); break;
    case PROP_FOLLOW_DARK:
      if (self->follow_dark != g_value_get_boolean (value))
        {
          self->follow_dark = g_value_get_boolean (value);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_ladder_view_class_init (SamLadderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sam_ladder_view_dispose;
  object_class->finalize = sam_ladder_view_finalize;
  object_class->get_property = sam_ladder_view_get_property;
  object_class->set_property = sam_ladder_view_set_property;

  widget_class->snapshot = sam_ladder_view_snapshot;
  widget_class->measure = sam_ladder_view_measure;
  widget_class->size_allocate = sam_ladder_view_size_allocate;
  widget_class->focus = sam_ladder_view_focus;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, SAM_TYPE_PROJECT, rw);
  properties[PROP_SELECTED_STAKEHOLDER] =
    g_param_spec_string ("selected-stakeholder", NULL, NULL, NULL, rw);
  properties[PROP_RENDER_STYLE] =
    g_param_spec_enum ("render-style", NULL, NULL, SAM_TYPE_RENDER_STYLE, SAM_RENDER_STYLE_LIGHT, rw);
  properties[PROP_FOLLOW_DARK] =
    g_param_spec_boolean ("follow-dark", NULL, NULL, TRUE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "ladder.mark", "(iis)", mark_action);
  gtk_widget_class_install_action (widget_class, "ladder.move-stakeholder", "(si)", move_stakeholder_action);
  gtk_widget_class_install_action (widget_class, "ladder.place-stakeholder", "(sii)", place_stakeholder_action);
  gtk_widget_class_install_action (widget_class, "ladder.select-stakeholder", "s", select_stakeholder_action);
  gtk_widget_class_install_action (widget_class, "ladder.focus-rung", "(ii)", focus_rung_action);
  gtk_widget_class_install_action (widget_class, "ladder.move-focus", "(ii)", move_focus_action);
  gtk_widget_class_install_action (widget_class, "ladder.activate-focus", NULL, activate_focus_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "ladder.move-focus", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "ladder.move-focus", "(ii)", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "ladder.move-focus", "(ii)", 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "ladder.move-focus", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "ladder.move-focus", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "ladder.move-focus", "(ii)", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "ladder.move-focus", "(ii)", 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "ladder.move-focus", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "ladder.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "ladder.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "ladder.activate-focus", NULL);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_widget_class_set_css_name (widget_class, "ladderview");
}

static void
sam_ladder_view_init (SamLadderView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
#if GTK_CHECK_VERSION (4, 10, 0)
  self->accessible_rungs = g_ptr_array_new_with_free_func (g_object_unref);
#endif
  self->hover_side = -1;
  self->focus_slot = -1;
  self->follow_dark = TRUE;
  self->style = SAM_RENDER_STYLE_LIGHT;

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  g_signal_connect (motion, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (widget, focus);

  g_signal_connect_object (gtk_widget_get_settings (widget), "notify::gtk-application-prefer-dark-theme",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (widget), "notify::gtk-theme-name",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);
  self->popover = build_popover (self);
  update_accessible (self);
}

/* ---- public API ---- */

GtkWidget *
sam_ladder_view_new (SamProject *project)
{
  g_return_val_if_fail (project == NULL || SAM_IS_PROJECT (project), NULL);

  return g_object_new (SAM_TYPE_LADDER_VIEW, "project", project, NULL);
}

SamProject *
sam_ladder_view_get_project (SamLadderView *self)
{
  g_return_val_if_fail (SAM_IS_LADDER_VIEW (self), NULL);
  return self->project;
}

void
sam_ladder_view_set_project (SamLadderView *self,
                             SamProject    *project)
{
  g_return_if_fail (SAM_IS_LADDER_VIEW (self));
  g_return_if_fail (project == NULL || SAM_IS_PROJECT (project));

  if (self->project == project)
    return;

  sam_ladder_view_set_compare (self, NULL, NULL);
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (self->stakeholders, self);
      unwatch_stakeholders (self);
      self->stakeholders = NULL;
    }
  g_set_object (&self->project, project);
  g_clear_pointer (&self->geometry, sam_ladder_geometry_free);
  if (self->project != NULL)
    {
      self->stakeholders = sam_project_get_stakeholders (project);
      g_signal_connect_swapped (project, "notify", G_CALLBACK (model_changed_cb), self);
      g_signal_connect (self->stakeholders, "items-changed", G_CALLBACK (stakeholders_changed_cb), self);
      stakeholders_changed_cb (self->stakeholders, 0, 0,
                               g_list_model_get_n_items (self->stakeholders), self);
    }
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

const char *
sam_ladder_view_get_selected_stakeholder (SamLadderView *self)
{
  g_return_val_if_fail (SAM_IS_LADDER_VIEW (self), NULL);
  return self->selected;
}

void
sam_ladder_view_set_selected_stakeholder (SamLadderView *self,
                                          const char    *id)
{
  g_return_if_fail (SAM_IS_LADDER_VIEW (self));

  if (id != NULL && *id == '\0')
    id = NULL;
  if (g_strcmp0 (self->selected, id) != 0)
    {
      g_free (self->selected);
      self->selected = g_strdup (id);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_STAKEHOLDER]);
    }
}

SamRenderStyle
sam_ladder_view_get_render_style (SamLadderView *self)
{
  g_return_val_if_fail (SAM_IS_LADDER_VIEW (self), SAM_RENDER_STYLE_LIGHT);
  return self->style;
}

void
sam_ladder_view_set_render_style (SamLadderView  *self,
                                  SamRenderStyle  style)
{
  g_return_if_fail (SAM_IS_LADDER_VIEW (self));
  g_return_if_fail (style < SAM_RENDER_N_STYLES);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->follow_dark)
    {
      self->follow_dark = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_DARK]);
    }
  if (self->style != style)
    {
      self->style = style;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RENDER_STYLE]);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_thaw_notify (G_OBJECT (self));
}

void
sam_ladder_view_set_render_focus (SamLadderView  *self,
                                  SamRenderFocus  focus,
                                  int             rung)
{
  g_return_if_fail (SAM_IS_LADDER_VIEW (self));

  self->render_focus = focus;
  self->render_focus_rung = rung;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
sam_ladder_view_get_focus_rung (SamLadderView *self,
                                SamSide       *side,
                                int           *rung)
{
  SamSide s;
  int r;

  g_return_val_if_fail (SAM_IS_LADDER_VIEW (self), FALSE);

  if (self->focus_slot < 0)
    return FALSE;
  slot_to_rung (self->focus_slot, &s, &r);
  if (side)
    *side = s;
  if (rung)
    *rung = r;
  return TRUE;
}

GtkWidget *
sam_ladder_view_get_popover (SamLadderView *self)
{
  g_return_val_if_fail (SAM_IS_LADDER_VIEW (self), NULL);
  return self->popover;
}

const SamLadderGeometry *
sam_ladder_view_get_geometry (SamLadderView *self)
{
  g_return_val_if_fail (SAM_IS_LADDER_VIEW (self), NULL);
  return self->geometry;
}

/* ---- The compare view (work sessions) ---- */

static void
compare_session_changed_cb (SamLadderView *self)
{
  g_clear_pointer (&self->compare_caption, g_free);
  if (self->compare_from != NULL)
    self->compare_caption = sam_session_compare_caption (self->compare_from, self->compare_to);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
compare_sessions_changed_cb (GListModel    *sessions,
                             guint          position,
                             guint          removed,
                             guint          added,
                             SamLadderView *self)
{
  /* A session compared is deleted (or its recording undone): back to
   * the plain ladder. */
  if ((self->compare_from != NULL
       && sam_project_find_session (self->project, sam_session_get_id (self->compare_from)) == NULL)
      || (self->compare_to != NULL
          && sam_project_find_session (self->project, sam_session_get_id (self->compare_to)) == NULL))
    sam_ladder_view_set_compare (self, NULL, NULL);
}

/**
 * sam_ladder_view_set_compare:
 * @from: (nullable): the earlier session, or %NULL to stop comparing
 * @to: (nullable): the later session, or %NULL for now
 *
 * Shows where each party stood at @from, faint, with arrows to where it
 * stands at @to (or now).
 */
void
sam_ladder_view_set_compare (SamLadderView *self,
                             SamSession    *from,
                             SamSession    *to)
{
  g_return_if_fail (SAM_IS_LADDER_VIEW (self));
  g_return_if_fail (from == NULL || SAM_IS_SESSION (from));
  g_return_if_fail (to == NULL || SAM_IS_SESSION (to));

  if (from == NULL)
    to = NULL;
  if (from == self->compare_from && to == self->compare_to)
    return;

  if (self->compare_from != NULL)
    g_signal_handlers_disconnect_by_func (self->compare_from, compare_session_changed_cb, self);
  if (self->compare_to != NULL)
    g_signal_handlers_disconnect_by_func (self->compare_to, compare_session_changed_cb, self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (sam_project_get_sessions (self->project),
                                          compare_sessions_changed_cb, self);
  g_set_object (&self->compare_from, from);
  g_set_object (&self->compare_to, to);
  g_clear_object (&self->compare_project);

  if (from != NULL && self->project != NULL)
    {
      g_signal_connect_swapped (from, "notify", G_CALLBACK (compare_session_changed_cb), self);
      if (to != NULL)
        {
          g_signal_connect_swapped (to, "notify", G_CALLBACK (compare_session_changed_cb), self);
          self->compare_project = sam_snapshot_to_project (sam_session_get_snapshot (to), self->project);
        }
      g_signal_connect (sam_project_get_sessions (self->project), "items-changed",
                        G_CALLBACK (compare_sessions_changed_cb), self);
    }
  compare_session_changed_cb (self);
}

SamSession *
sam_ladder_view_get_compare_from (SamLadderView *self)
{
  g_return_val_if_fail (SAM_IS_LADDER_VIEW (self), NULL);
  return self->compare_from;
}

SamSession *
sam_ladder_view_get_compare_to (SamLadderView *self)
{
  g_return_val_if_fail (SAM_IS_LADDER_VIEW (self), NULL);
  return self->compare_to;
}
