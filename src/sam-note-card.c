/* sam-note-card.c: one note of the parking lot, editable in place
 *
 * The card is recycled by the board's grid view: bind and unbind move it
 * from note to note, and every field links to the model through the
 * undoable edits.  The kind shows as colour, icon and label together, so
 * nobody depends on telling colours apart.
 */

#define G_LOG_DOMAIN "samenspel-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-a11y.h"
#include "sam-editor-util.h"
#include "sam-note-card.h"

struct _SamNoteCard
{
  GtkWidget     parent_instance;

  SamProject   *project;
  SamNote      *note;
  GListModel   *choices;
  gulong        notify_id;
  gboolean      updating;

  GtkWidget    *kind_icon;
  GtkDropDown  *kind_drop_down;
  GtkDropDown  *status_drop_down;
  GtkWidget    *delete_button;
  GtkTextView  *text_view;
  GtkEntry     *owner_entry;
  GtkDropDown  *stakeholder_drop_down;
};

G_DEFINE_FINAL_TYPE (SamNoteCard, sam_note_card, GTK_TYPE_WIDGET)

enum {
  STATUS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const kind_classes[] = { "fear", "obstacle", "question", "idea" };

const char *
sam_note_kind_icon_name (SamNoteKind kind)
{
  switch (kind)
    {
    case SAM_NOTE_KIND_FEAR: return "dialog-warning-symbolic";
    case SAM_NOTE_KIND_OBSTACLE: return "action-unavailable-symbolic";
    case SAM_NOTE_KIND_QUESTION: return "dialog-question-symbolic";
    case SAM_NOTE_KIND_IDEA: return "emoji-objects-symbolic";
    default: return "dialog-information-symbolic";
    }
}

static void
update_kind (SamNoteCard *self)
{
  SamNoteKind kind = self->note != NULL ? sam_note_get_kind (self->note) : SAM_NOTE_KIND_FEAR;

  for (guint i = 0; i < G_N_ELEMENTS (kind_classes); i++)
    {
      if (i == kind && self->note != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self), kind_classes[i]);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), kind_classes[i]);
    }
  gtk_image_set_from_icon_name (GTK_IMAGE (self->kind_icon), sam_note_kind_icon_name (kind));
}

static void
update_status (SamNoteCard *self)
{
  if (self->note != NULL && sam_note_get_status (self->note) == SAM_NOTE_STATUS_RESOLVED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "resolved");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "resolved");
}

/* Position of each stakeholder id in the shared choices, built on first
 * use and dropped when the list changes: every card of a large board would
 * otherwise walk thousands of stakeholders when it is bound. */
static void
drop_index_cb (GListModel *choices)
{
  g_object_set_data (G_OBJECT (choices), "sam-id-index", NULL);
}

static guint
choice_position (GListModel *choices,
                 const char *id)
{
  GHashTable *index = g_object_get_data (G_OBJECT (choices), "sam-id-index");

  if (index == NULL)
    {
      guint n = g_list_model_get_n_items (choices);

      index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 1; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (choices, i);

          if (SAM_IS_STAKEHOLDER (item))
            g_hash_table_insert (index, g_strdup (sam_stakeholder_get_id (SAM_STAKEHOLDER (item))),
                                 GUINT_TO_POINTER (i));
        }
      g_object_set_data_full (G_OBJECT (choices), "sam-id-index", index,
                              (GDestroyNotify) g_hash_table_unref);
      if (g_object_get_data (G_OBJECT (choices), "sam-id-index-watched") == NULL)
        {
          g_signal_connect (choices, "items-changed", G_CALLBACK (drop_index_cb), NULL);
          g_object_set_data (G_OBJECT (choices), "sam-id-index-watched", GINT_TO_POINTER (TRUE));
        }
    }

  return GPOINTER_TO_UINT (g_hash_table_lookup (index, id));  /* 0: nobody */
}

/* The stakeholder link is by id; the drop-down lists "nobody" first. */
static void
pull_stakeholder (SamNoteCard *self)
{
  const char *id = self->note != NULL ? sam_note_get_stakeholder_id (self->note) : "";
  guint position = 0;

  if (self->choices != NULL && id != NULL && id[0] != '\0')
    position = choice_position (self->choices, id);

  self->updating = TRUE;
  if (gtk_drop_down_get_selected (self->stakeholder_drop_down) != position)
    gtk_drop_down_set_selected (self->stakeholder_drop_down, position);
  self->updating = FALSE;
}

static void
stakeholder_selected_cb (SamNoteCard *self)
{
  guint position = gtk_drop_down_get_selected (self->stakeholder_drop_down);
  g_autoptr(GObject) item = NULL;
  const char *id = "";

  if (self->updating || self->note == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  item = g_list_model_get_item (self->choices, position);
  if (position > 0 && SAM_IS_STAKEHOLDER (item))
    id = sam_stakeholder_get_id (SAM_STAKEHOLDER (item));
  sam_project_set_string (self->project, self->note, "stakeholder-id", id);
}

static void
note_notify_cb (SamNoteCard *self,
                GParamSpec  *pspec,
                SamNote     *note)
{
  if (g_str_equal (pspec->name, "kind"))
    update_kind (self);
  else if (g_str_equal (pspec->name, "status"))
    {
      update_status (self);
      g_signal_emit (self, signals[STATUS_CHANGED], 0);
    }
  else if (g_str_equal (pspec->name, "stakeholder-id"))
    pull_stakeholder (self);
}

static void
delete_clicked_cb (SamNoteCard *self)
{
  g_autoptr(SamNote) note = NULL;

  if (self->note == NULL)
    return;
  note = g_object_ref (self->note);
  sam_project_remove_note (self->project, note);
}

/* Drop-down rows show the stakeholder's name and follow renames. */
static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_list_item_set_child (item, label);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GBinding *binding = g_object_bind_property (gtk_list_item_get_item (item), "name",
                                              gtk_list_item_get_child (item), "label",
                                              G_BINDING_SYNC_CREATE);

  g_object_set_data (G_OBJECT (item), "sam-binding", binding);
}

static void
choice_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GBinding *binding = g_object_get_data (G_OBJECT (item), "sam-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (item), "sam-binding", NULL);
}

static void
sam_note_card_dispose (GObject *object)
{
  SamNoteCard *self = (SamNoteCard *) object;
  GtkWidget *child;

  sam_note_card_unbind (self);
  self->updating = TRUE;
  if (self->stakeholder_drop_down != NULL)
    gtk_drop_down_set_model (self->stakeholder_drop_down, NULL);
  self->stakeholder_drop_down = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sam_note_card_parent_class)->dispose (object);
}

static void
sam_note_card_class_init (SamNoteCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_note_card_dispose;

  /* The board refilters when a status changes under a status filter. */
  signals[STATUS_CHANGED] =
    g_signal_new ("status-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "samnotecard");
}

static void
sam_note_card_init (SamNoteCard *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkExpression *expression;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sam-note-card");

  self->kind_icon = gtk_image_new ();
  self->kind_drop_down = sam_enum_drop_down_new (SAM_TYPE_NOTE_KIND);
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_drop_down), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_drop_down), "sam-note-kind");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_drop_down), _("Kind of note"));
  self->status_drop_down = sam_enum_drop_down_new (SAM_TYPE_NOTE_STATUS);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_drop_down), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_drop_down), _("Status"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->status_drop_down), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self->status_drop_down), GTK_ALIGN_END);
  self->delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (self->delete_button, "flat");
  gtk_widget_set_tooltip_text (self->delete_button, _("Delete this note"));
  g_signal_connect_object (self->delete_button, "clicked", G_CALLBACK (delete_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  /* Names for tests and for the inspector. */
  gtk_widget_set_name (GTK_WIDGET (self->kind_drop_down), "kind");
  gtk_widget_set_name (GTK_WIDGET (self->status_drop_down), "status");
  gtk_widget_set_name (self->delete_button, "delete");
  gtk_box_append (GTK_BOX (header), self->kind_icon);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->kind_drop_down));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->status_drop_down));
  gtk_box_append (GTK_BOX (header), self->delete_button);
  gtk_widget_set_valign (header, GTK_ALIGN_START);
  gtk_widget_set_parent (header, GTK_WIDGET (self));

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->text_view, FALSE);
  gtk_widget_set_size_request (GTK_WIDGET (self->text_view), -1, 56);
  /* The grid gives a row the height of its tallest card: the text takes it. */
  gtk_widget_set_vexpand (GTK_WIDGET (self->text_view), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "sam-note-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note text"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->text_view), GTK_WIDGET (self));

  self->owner_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->owner_entry, _("Owner"));
  /* The icon says what the text is once the placeholder is gone. */
  gtk_entry_set_icon_from_icon_name (self->owner_entry, GTK_ENTRY_ICON_PRIMARY, "avatar-default-symbolic");
  gtk_entry_set_icon_tooltip_text (self->owner_entry, GTK_ENTRY_ICON_PRIMARY, _("Owner"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->owner_entry), _("Who takes care of this note"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->owner_entry), 8);
  gtk_widget_set_hexpand (GTK_WIDGET (self->owner_entry), TRUE);
  self->stakeholder_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  /* Every choice is a SamStakeholder ("no stakeholder" is a stand-in that
   * never joins the project), so one expression serves the search. */
  expression = gtk_property_expression_new (SAM_TYPE_STAKEHOLDER, NULL, "name");
  gtk_drop_down_set_expression (self->stakeholder_drop_down, expression);
  gtk_expression_unref (expression);
  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (choice_unbind_cb), NULL);
  gtk_drop_down_set_factory (self->stakeholder_drop_down, factory);
  gtk_drop_down_set_enable_search (self->stakeholder_drop_down, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->stakeholder_drop_down),
                               _("The stakeholder this note is about"));
  g_signal_connect_object (self->stakeholder_drop_down, "notify::selected",
                           G_CALLBACK (stakeholder_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_name (GTK_WIDGET (self->owner_entry), "owner");
  /* What a screen reader says on each field of the card. */
  sam_a11y_set_name (GTK_WIDGET (self->kind_drop_down), _("Kind of note"));
  sam_a11y_set_name (GTK_WIDGET (self->status_drop_down), C_("note", "Status"));
  sam_a11y_set_name (self->delete_button, _("Delete Note"));
  sam_a11y_set_name (GTK_WIDGET (self->owner_entry), _("Owner"));
  sam_a11y_set_name (GTK_WIDGET (self->stakeholder_drop_down), _("Stakeholder this note is about"));
  gtk_widget_set_name (GTK_WIDGET (self->stakeholder_drop_down), "stakeholder");
  gtk_box_append (GTK_BOX (footer), GTK_WIDGET (self->owner_entry));
  gtk_box_append (GTK_BOX (footer), GTK_WIDGET (self->stakeholder_drop_down));
  gtk_widget_set_valign (footer, GTK_ALIGN_END);
  gtk_widget_set_parent (footer, GTK_WIDGET (self));
}

GtkWidget *
sam_note_card_new (void)
{
  return g_object_new (SAM_TYPE_NOTE_CARD, NULL);
}

void
sam_note_card_bind (SamNoteCard *self,
                    SamProject  *project,
                    SamNote     *note,
                    GListModel  *stakeholder_choices)
{
  g_return_if_fail (SAM_IS_NOTE_CARD (self));
  g_return_if_fail (SAM_IS_PROJECT (project));
  g_return_if_fail (SAM_IS_NOTE (note));

  sam_note_card_unbind (self);

  self->project = g_object_ref (project);
  self->note = g_object_ref (note);
  self->choices = g_object_ref (stakeholder_choices);
  self->notify_id = g_signal_connect_object (note, "notify", G_CALLBACK (note_notify_cb),
                                             self, G_CONNECT_SWAPPED);

  sam_link_drop_down (self->kind_drop_down, project, note, "kind");
  sam_link_drop_down (self->status_drop_down, project, note, "status");
  sam_link_text (GTK_WIDGET (self->text_view), project, note, "text");
  sam_link_text (GTK_WIDGET (self->owner_entry), project, note, "owner");

  /* Setting a drop-down's model is costly with thousands of stakeholders;
   * a recycled card keeps the shared list from its previous note. */
  if (gtk_drop_down_get_model (self->stakeholder_drop_down) != stakeholder_choices)
    {
      self->updating = TRUE;
      gtk_drop_down_set_model (self->stakeholder_drop_down, stakeholder_choices);
      self->updating = FALSE;
    }
  pull_stakeholder (self);
  update_kind (self);
  update_status (self);
}

void
sam_note_card_unbind (SamNoteCard *self)
{
  g_return_if_fail (SAM_IS_NOTE_CARD (self));

  if (self->note == NULL)
    return;

  g_clear_signal_handler (&self->notify_id, self->note);
  sam_link_drop_down (self->kind_drop_down, NULL, NULL, NULL);
  sam_link_drop_down (self->status_drop_down, NULL, NULL, NULL);
  sam_link_text (GTK_WIDGET (self->text_view), NULL, NULL, NULL);
  sam_link_text (GTK_WIDGET (self->owner_entry), NULL, NULL, NULL);
  g_clear_object (&self->note);
  g_clear_object (&self->project);
  g_clear_object (&self->choices);
}

SamNote *
sam_note_card_get_note (SamNoteCard *self)
{
  g_return_val_if_fail (SAM_IS_NOTE_CARD (self), NULL);
  return self->note;
}

GtkTextView *
sam_note_card_get_text_view (SamNoteCard *self)
{
  g_return_val_if_fail (SAM_IS_NOTE_CARD (self), NULL);
  return self->text_view;
}
