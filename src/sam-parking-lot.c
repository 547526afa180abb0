/* sam-parking-lot.c: the board of "bears on the road"
 *
 * Feared obstacles, questions and ideas are parked here so they do not
 * slow the session down but keep a place to come back to.  The board is a
 * GtkGridView over the project's notes (recycled cards, so ten thousand
 * notes cost what a screenful does), filtered by status, with a "before we
 * close" review of everything still parked.
 */

#define G_LOG_DOMAIN "samenspel-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-a11y.h"
#include "sam-editor-util.h"
#include "sam-note-card.h"
#include "sam-parking-lot.h"

/* Positions of the status filter: "all", then the statuses in order. */
#define FILTER_ALL 0

struct _SamParkingLot
{
  GtkWidget           parent_instance;

  SamProject         *project;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *review_filter;
  GtkFilterListModel *review_model;
  GListModel         *stakeholder_choices;
  GtkSelectionModel  *board_selection;
  GtkSelectionModel  *review_selection;
  SamNote            *focus_note;       /* to focus once its card exists */
  SamNoteCard        *focus_card;       /* weak: its card, until focused */
  SamNote            *focus_card_note;  /* unowned; compared only */
  gulong              focus_handler;    /* on the frame clock */
  guint               refilter_id;

  /* template children */
  GtkDropDown        *status_filter;
  GtkLabel           *count_label;
  GtkMenuButton      *review_button;
  GtkPopover         *review_popover;
  GtkLabel           *review_title;
  GtkListView        *review_list;
  GtkStack           *board_stack;
  GtkLabel           *empty_label;
  GtkGridView        *grid_view;
  GtkButton          *new_note_button;
};

G_DEFINE_FINAL_TYPE (SamParkingLot, sam_parking_lot, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  SamParkingLot *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->status_filter);

  if (selected == FILTER_ALL || selected == GTK_INVALID_LIST_POSITION)
    return TRUE;
  return sam_note_get_status (SAM_NOTE (item)) == (SamNoteStatus) (selected - 1);
}

static gboolean
review_filter_func (gpointer item,
                    gpointer user_data)
{
  return sam_note_get_status (SAM_NOTE (item)) == SAM_NOTE_STATUS_PARKED;
}

static void
update_counts (SamParkingLot *self)
{
  g_autofree char *count = NULL;
  g_autofree char *review = NULL;
  guint total = 0, shown = 0, parked = 0;

  if (self->project != NULL)
    {
      total = g_list_model_get_n_items (sam_project_get_notes (self->project));
      shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
      parked = g_list_model_get_n_items (G_LIST_MODEL (self->review_model));
    }

  if (shown == total)
    count = g_strdup_printf (ngettext ("%u note", "%u notes", total), total);
  else
    /* Translators: "3 of 12 shown" on the parking lot */
    count = g_strdup_printf (ngettext ("%u of %u shown", "%u of %u shown", total), shown, total);
  gtk_label_set_label (self->count_label, count);

  if (parked == 0)
    review = g_strdup (_("Nothing is still parked."));
  else
    review = g_strdup_printf (ngettext ("%u note is still parked", "%u notes are still parked", parked),
                              parked);
  gtk_label_set_label (self->review_title, review);

  if (shown == 0)
    {
      gtk_label_set_label (self->empty_label,
                           total == 0
                           ? _("No bears on the road yet. Press Ctrl+B to park one as soon as it comes up.")
                           : _("No notes with this status."));
      gtk_stack_set_visible_child_name (self->board_stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->board_stack, "board");
}

static gboolean
refilter_cb (gpointer user_data)
{
  SamParkingLot *self = user_data;

  self->refilter_id = 0;
  if (self->project == NULL)
    return G_SOURCE_REMOVE;
  if (gtk_drop_down_get_selected (self->status_filter) != FILTER_ALL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->review_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counts (self);
  return G_SOURCE_REMOVE;
}

/* A status change moves a note in or out of the filtered board; a short
 * pause lets the facilitator see the new status before the card goes. */
static void
queue_refilter (SamParkingLot *self)
{
  g_clear_handle_id (&self->refilter_id, g_source_remove);
  self->refilter_id = g_timeout_add (400, refilter_cb, self);
}

static void
status_filter_changed_cb (SamParkingLot *self)
{
  if (self->filter_model == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counts (self);
}

static void
review_shown_cb (SamParkingLot *self)
{
  if (self->review_model == NULL)
    return;
  if (gtk_list_view_get_model (self->review_list) != self->review_selection)
    gtk_list_view_set_model (self->review_list, self->review_selection);
  gtk_filter_changed (GTK_FILTER (self->review_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counts (self);
}

/* Focuses the new note's text right after a frame in which its card is
 * on screen: an idle could starve behind frames while the page fades in,
 * and a card that is only being bound is not realized yet. */
static void
focus_after_paint_cb (GdkFrameClock *clock,
                      SamParkingLot *self)
{
  SamNoteCard *card = self->focus_card;

  if (card == NULL || self->focus_card_note == NULL ||
      sam_note_card_get_note (card) != self->focus_card_note)
    {
      /* Recycled for another note before it showed: give up quietly. */
      g_clear_signal_handler (&self->focus_handler, clock);
      return;
    }
  if (!gtk_widget_get_mapped (GTK_WIDGET (card)))
    return;

  g_clear_signal_handler (&self->focus_handler, clock);
  gtk_widget_grab_focus (GTK_WIDGET (sam_note_card_get_text_view (card)));
}

/* Board cards */

static void
card_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               SamParkingLot            *self)
{
  GtkWidget *card = sam_note_card_new ();

  g_signal_connect_object (card, "status-changed", G_CALLBACK (queue_refilter),
                           self, G_CONNECT_SWAPPED);
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, card);
}

static void
card_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              SamParkingLot            *self)
{
  SamNoteCard *card = SAM_NOTE_CARD (gtk_list_item_get_child (item));
  SamNote *note = gtk_list_item_get_item (item);

  sam_note_card_bind (card, self->project, note, self->stakeholder_choices);

  /* The card of a new note exists only after the grid lays it out: focus
   * it then, so typing goes straight into the note. */
  if (note == self->focus_note)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      g_clear_object (&self->focus_note);
      g_set_weak_pointer (&self->focus_card, card);
      self->focus_card_note = note;
      if (clock != NULL && self->focus_handler == 0)
        self->focus_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (focus_after_paint_cb), self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
card_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                SamParkingLot            *self)
{
  sam_note_card_unbind (SAM_NOTE_CARD (gtk_list_item_get_child (item)));
}

/* Review rows */

static void
review_mark_discussed_cb (GtkButton *button)
{
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (button));
  SamNote *note = g_object_get_data (G_OBJECT (row), "sam-note");
  SamParkingLot *self = SAM_PARKING_LOT (gtk_widget_get_ancestor (GTK_WIDGET (button), SAM_TYPE_PARKING_LOT));

  if (note == NULL || self == NULL || self->project == NULL)
    return;
  sam_project_set_enum (self->project, note, "status", SAM_NOTE_STATUS_DISCUSSED);
  queue_refilter (self);
}

static void
review_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 SamParkingLot            *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *button = gtk_button_new_with_label (_("Discussed"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Mark as discussed"));
  g_signal_connect (button, "clicked", G_CALLBACK (review_mark_discussed_cb), NULL);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), button);
  gtk_list_item_set_child (item, row);
}

static void
review_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                SamParkingLot            *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (row);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  SamNote *note = gtk_list_item_get_item (item);
  const char *text = sam_note_get_text (note);
  const char *owner = sam_note_get_owner (note);
  g_autofree char *markup = NULL;

  g_object_set_data (G_OBJECT (row), "sam-note", note);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), sam_note_kind_icon_name (sam_note_get_kind (note)));
  if (owner[0] != '\0')
    /* Translators: a parked note in the review: kind, text, owner */
    markup = g_markup_printf_escaped (_("<b>%s</b> %s <i>(%s)</i>"),
                                      sam_enum_to_label (SAM_TYPE_NOTE_KIND, sam_note_get_kind (note)),
                                      text[0] != '\0' ? text : _("(empty)"), owner);
  else
    markup = g_markup_printf_escaped ("<b>%s</b> %s",
                                      sam_enum_to_label (SAM_TYPE_NOTE_KIND, sam_note_get_kind (note)),
                                      text[0] != '\0' ? text : _("(empty)"));
  gtk_label_set_markup (GTK_LABEL (label), markup);
}

static void
review_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  SamParkingLot            *self)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "sam-note", NULL);
}

/* Actions */

static void
new_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sam_parking_lot_new_note (SAM_PARKING_LOT (widget));
}

/* GObject */

static void
sam_parking_lot_dispose (GObject *object)
{
  SamParkingLot *self = (SamParkingLot *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->refilter_id, g_source_remove);
  if (self->focus_handler != 0 && gtk_widget_get_frame_clock (GTK_WIDGET (self)) != NULL)
    g_clear_signal_handler (&self->focus_handler, gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  g_clear_weak_pointer (&self->focus_card);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (sam_project_get_notes (self->project), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_PARKING_LOT);
  /* The template's outer box has no id, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->board_selection);
  g_clear_object (&self->review_selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->review_model);
  g_clear_object (&self->stakeholder_choices);
  g_clear_object (&self->focus_note);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (sam_parking_lot_parent_class)->dispose (object);
}

static void
sam_parking_lot_finalize (GObject *object)
{
  SamParkingLot *self = (SamParkingLot *) object;

  g_clear_object (&self->filter);
  g_clear_object (&self->review_filter);

  G_OBJECT_CLASS (sam_parking_lot_parent_class)->finalize (object);
}

static void
sam_parking_lot_map (GtkWidget *widget)
{
  SamParkingLot *self = SAM_PARKING_LOT (widget);

  GTK_WIDGET_CLASS (sam_parking_lot_parent_class)->map (widget);

  if (gtk_grid_view_get_model (self->grid_view) != self->board_selection)
    gtk_grid_view_set_model (self->grid_view, self->board_selection);
}

static void
sam_parking_lot_unrealize (GtkWidget *widget)
{
  SamParkingLot *self = SAM_PARKING_LOT (widget);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  if (clock != NULL)
    g_clear_signal_handler (&self->focus_handler, clock);
  self->focus_handler = 0;

  GTK_WIDGET_CLASS (sam_parking_lot_parent_class)->unrealize (widget);
}

static void
sam_parking_lot_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SamParkingLot *self = SAM_PARKING_LOT (object);

  switch (prop_id)
    {
    case PROP_PROJECT: g_value_set_object (value, self->project); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_parking_lot_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SamParkingLot *self = SAM_PARKING_LOT (object);

  switch (prop_id)
    {
    case PROP_PROJECT: sam_parking_lot_set_project (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_parking_lot_class_init (SamParkingLotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_parking_lot_dispose;
  object_class->finalize = sam_parking_lot_finalize;
  object_class->get_property = sam_parking_lot_get_property;
  object_class->set_property = sam_parking_lot_set_property;
  widget_class->map = sam_parking_lot_map;
  widget_class->unrealize = sam_parking_lot_unrealize;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, SAM_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sam-parking-lot.ui");
  gtk_widget_class_bind_template_child (widget_class, SamParkingLot, status_filter);
  gtk_widget_class_bind_template_child (widget_class, SamParkingLot, count_label);
  gtk_widget_class_bind_template_child (widget_class, SamParkingLot, review_button);
  gtk_widget_class_bind_template_child (widget_class, SamParkingLot, review_popover);
  gtk_widget_class_bind_template_child (widget_class, SamParkingLot, review_title);
  gtk_widget_class_bind_template_child (widget_class, SamParkingLot, review_list);
  gtk_widget_class_bind_template_child (widget_class, SamParkingLot, board_stack);
  gtk_widget_class_bind_template_child (widget_class, SamParkingLot, empty_label);
  gtk_widget_class_bind_template_child (widget_class, SamParkingLot, grid_view);
  gtk_widget_class_bind_template_child (widget_class, SamParkingLot, new_note_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "samparkinglot");

  gtk_widget_class_install_action (widget_class, "parking.new-note", NULL, new_note_action);
}

static void
sam_parking_lot_init (SamParkingLot *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) review_factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  sam_editors_load_css ();
  sam_a11y_fix_mnemonics (GTK_WIDGET (self));
  sam_a11y_set_name (GTK_WIDGET (self->status_filter), _("Show status"));

  gtk_string_list_append (statuses, C_("note status", "All notes"));
  for (int s = SAM_NOTE_STATUS_PARKED; s <= SAM_NOTE_STATUS_RESOLVED; s++)
    gtk_string_list_append (statuses, sam_enum_to_label (SAM_TYPE_NOTE_STATUS, s));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  g_signal_connect_object (self->status_filter, "notify::selected",
                           G_CALLBACK (status_filter_changed_cb), self, G_CONNECT_SWAPPED);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->review_filter = gtk_custom_filter_new (review_filter_func, self, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (card_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (card_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (card_unbind_cb), self);
  gtk_grid_view_set_factory (self->grid_view, factory);

  g_signal_connect (review_factory, "setup", G_CALLBACK (review_setup_cb), self);
  g_signal_connect (review_factory, "bind", G_CALLBACK (review_bind_cb), self);
  g_signal_connect (review_factory, "unbind", G_CALLBACK (review_unbind_cb), self);
  gtk_list_view_set_factory (self->review_list, review_factory);
  g_signal_connect_object (self->review_popover, "show", G_CALLBACK (review_shown_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parking.new-note", FALSE);
  update_counts (self);
}

GtkWidget *
sam_parking_lot_new (void)
{
  return g_object_new (SAM_TYPE_PARKING_LOT, NULL);
}

SamProject *
sam_parking_lot_get_project (SamParkingLot *self)
{
  g_return_val_if_fail (SAM_IS_PARKING_LOT (self), NULL);
  return self->project;
}

/* A note removed while its card has the keyboard focus (Undo right after
 * parking it, Delete, a merge): the board takes the card out at once but
 * GTK keeps it as the window's focus until it notices, and the keys typed
 * in between went nowhere (then the focus fell back to the first button
 * of the window).  "Park a Bear" is where the keyboard is useful next. */
static void
keep_focus_on_board (SamParkingLot *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *card;
  SamNote *note;

  if (focus == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  card = gtk_widget_get_ancestor (focus, SAM_TYPE_NOTE_CARD);
  if (card == NULL)
    return;
  note = sam_note_card_get_note (SAM_NOTE_CARD (card));
  if (gtk_widget_is_ancestor (card, GTK_WIDGET (self->grid_view)) &&
      note != NULL && sam_project_find_note (self->project, sam_note_get_id (note)) != NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self->new_note_button));
}

static void
notes_changed_cb (SamParkingLot *self,
                  guint          position,
                  guint          removed,
                  guint          added,
                  GListModel    *notes)
{
  update_counts (self);
  if (removed > 0)
    keep_focus_on_board (self);
}

void
sam_parking_lot_set_project (SamParkingLot *self,
                             SamProject    *project)
{
  g_return_if_fail (SAM_IS_PARKING_LOT (self));
  g_return_if_fail (project == NULL || SAM_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_clear_handle_id (&self->refilter_id, g_source_remove);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (sam_project_get_notes (self->project), self);
  gtk_grid_view_set_model (self->grid_view, NULL);
  gtk_list_view_set_model (self->review_list, NULL);
  g_clear_object (&self->board_selection);
  g_clear_object (&self->review_selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->review_model);
  g_clear_object (&self->stakeholder_choices);
  g_clear_object (&self->focus_note);

  g_set_object (&self->project, project);

  if (project != NULL)
    {
      GListModel *notes = sam_project_get_notes (project);
      GListStore *nobody = g_list_store_new (SAM_TYPE_STAKEHOLDER);
      GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);
      /* A stand-in that never joins the project: position 0 means "none". */
      g_autoptr(SamStakeholder) none = sam_stakeholder_new (_("No stakeholder"));

      /* "No stakeholder" first, then the project's own list, live.  Made
       * before the grid gets its model: binding cards may start at once. */
      g_list_store_append (nobody, none);
      g_list_store_append (parts, nobody);
      g_list_store_append (parts, sam_project_get_stakeholders (project));
      g_object_unref (nobody);
      self->stakeholder_choices = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));

      self->filter_model = gtk_filter_list_model_new (g_object_ref (notes),
                                                      GTK_FILTER (g_object_ref (self->filter)));
      self->board_selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->filter_model))));

      self->review_model = gtk_filter_list_model_new (g_object_ref (notes),
                                                      GTK_FILTER (g_object_ref (self->review_filter)));
      self->review_selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->review_model))));

      g_signal_connect_object (notes, "items-changed", G_CALLBACK (notes_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  /* Cards are made only for a board on screen: a hidden page costs nothing. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_grid_view_set_model (self->grid_view, self->board_selection);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parking.new-note", project != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self), project != NULL);
  update_counts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

SamNote *
sam_parking_lot_new_note (SamParkingLot *self)
{
  g_autoptr(SamNote) note = NULL;
  guint n;

  g_return_val_if_fail (SAM_IS_PARKING_LOT (self), NULL);
  g_return_val_if_fail (self->project != NULL, NULL);

  note = sam_note_new ("", SAM_NOTE_KIND_FEAR);
  /* Before adding: the grid may bind the new card at once. */
  g_set_object (&self->focus_note, note);
  sam_project_begin_edit (self->project, _("Park a Note"));
  sam_project_add_note (self->project, note, -1);
  sam_project_end_edit (self->project);

  /* A new note is parked: make sure the board shows parked notes. */
  if (gtk_drop_down_get_selected (self->status_filter) != FILTER_ALL &&
      gtk_drop_down_get_selected (self->status_filter) != SAM_NOTE_STATUS_PARKED + 1)
    gtk_drop_down_set_selected (self->status_filter, FILTER_ALL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(SamNote) item = g_list_model_get_item (G_LIST_MODEL (self->filter_model), i - 1);

      if (item == note)
        {
          gtk_widget_activate_action (GTK_WIDGET (self->grid_view), "list.scroll-to-item", "u", i - 1);
          break;
        }
    }

  return note;
}

GListModel *
sam_parking_lot_get_shown (SamParkingLot *self)
{
  g_return_val_if_fail (SAM_IS_PARKING_LOT (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}

GListModel *
sam_parking_lot_get_review (SamParkingLot *self)
{
  g_return_val_if_fail (SAM_IS_PARKING_LOT (self), NULL);
  return G_LIST_MODEL (self->review_model);
}
