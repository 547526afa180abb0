/* sam-stakeholder-editor.c: the stakeholder list and card editor
 *
 * A list of every stakeholder (a GtkListView, so ten thousand rows cost
 * what twenty do), searched, filtered and sorted through a
 * GtkFilterListModel and a GtkSortListModel over the project's own store,
 * and below it the card of the selected stakeholder with every field.
 *
 * Filter and sort models do not watch the items' properties, so an edit
 * that changes where a row belongs (a new name, another category) refreshes
 * them after a short pause; the row itself follows its item at once.
 */

#define G_LOG_DOMAIN "samenspel-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-a11y.h"
#include "sam-editor-util.h"
#include "sam-ladder.h"
#include "sam-stakeholder-editor.h"

#define REFRESH_DELAY_MS 600

typedef enum {
  SORT_ADDED,
  SORT_NAME,
  SORT_CATEGORY,
  SORT_WILLINGNESS,
  SORT_ROLE,
} SortKey;

struct _SamStakeholderEditor
{
  GtkWidget            parent_instance;

  SamProject          *project;
  SamStakeholder      *selected;
  gulong               selected_notify_id;

  GtkCustomFilter     *filter;
  GtkCustomSorter     *sorter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  char                *search;          /* casefolded, or NULL */
  char                *pending_id;      /* asked for before there was a project */
  guint                refresh_id;
  SamSide              role_side;         /* whose roles the role drop-downs list */
  char                *category_before;   /* the card's category while the user picks another */
  gboolean             selecting;

  /* template children */
  GtkExpander         *guidance_expander;
  GtkWidget           *pupil_nudge;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *sort_drop_down;
  GtkDropDown         *category_filter;
  GtkDropDown         *willingness_filter;
  GtkToggleButton     *ambassadors_toggle;
  GtkToggleButton     *informed_toggle;
  GtkListView         *list_view;
  GtkLabel            *count_label;
  GtkStack            *card_stack;
  GtkEntry            *name_entry;
  GtkDropDown         *category_drop_down;
  GtkDropDown         *colour_drop_down;
  GtkEntry            *interest_entry;
  GtkEntry            *benefit_entry;
  GtkDropDown         *willingness_drop_down;
  GtkDropDown         *side_drop_down;
  GtkDropDown         *role_now_drop_down;
  GtkDropDown         *role_wanted_drop_down;
  GtkCheckButton      *ambassador_check;
  GtkCheckButton      *informed_check;
  GtkCheckButton      *critical_check;
  GtkTextView         *notes_view;
};

G_DEFINE_FINAL_TYPE (SamStakeholderEditor, sam_stakeholder_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SELECTED_STAKEHOLDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The stakeholder colours offered, from the GNOME palette; any other
 * colour a file brings is kept and shown as itself. */
static const char * const colour_values[] = {
  "", "#3584e4", "#2ec27e", "#f6d32d", "#ff7800", "#e01b24", "#9141ac", "#986a44", "#77767b", NULL
};

/* Properties that decide whether and where a row is listed. */
static const char * const placing_properties[] = {
  "name", "notes", "category", "willingness", "role-now", "ambassador", "informed-only", NULL
};

static void select_stakeholder (SamStakeholderEditor *self,
                                SamStakeholder       *stakeholder,
                                gboolean              scroll);

/* Sorting by name compares collation keys, cached on each stakeholder
 * until its name changes, so sorting thousands of rows stays quick. */
typedef struct {
  char *name;
  char *key;
} NameKey;

static void
name_key_free (gpointer data)
{
  NameKey *k = data;

  g_free (k->name);
  g_free (k->key);
  g_free (k);
}

static const char *
name_key (SamStakeholder *s)
{
  static GQuark quark;
  const char *name = sam_stakeholder_get_name (s);
  NameKey *k;

  if (quark == 0)
    quark = g_quark_from_static_string ("sam-name-collate-key");

  k = g_object_get_qdata (G_OBJECT (s), quark);
  if (k == NULL || g_strcmp0 (k->name, name) != 0)
    {
      k = g_new0 (NameKey, 1);
      k->name = g_strdup (name);
      k->key = g_utf8_collate_key (name, -1);
      g_object_set_qdata_full (G_OBJECT (s), quark, k, name_key_free);
    }
  return k->key;
}

static int
category_rank (const char *category)
{
  const char * const *categories = sam_stakeholder_categories ();

  if (category == NULL || category[0] == '\0')
    return G_MAXINT;
  for (int i = 0; categories[i] != NULL; i++)
    if (g_str_equal (categories[i], category))
      return i;
  return G_MAXINT - 1;
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  SamStakeholderEditor *self = user_data;
  SamStakeholder *x = SAM_STAKEHOLDER ((gpointer) a);
  SamStakeholder *y = SAM_STAKEHOLDER ((gpointer) b);
  int result = 0;

  switch ((SortKey) gtk_drop_down_get_selected (self->sort_drop_down))
    {
    case SORT_CATEGORY:
      {
        int rx = category_rank (sam_stakeholder_get_category (x));
        int ry = category_rank (sam_stakeholder_get_category (y));

        result = rx < ry ? -1 : rx > ry;
        if (result == 0 && rx >= G_MAXINT - 1)
          result = g_strcmp0 (sam_stakeholder_get_category (x), sam_stakeholder_get_category (y));
      }
      break;
    case SORT_WILLINGNESS:
      /* Most willing first: they are the ones to start with. */
      result = (int) sam_stakeholder_get_willingness (y) - (int) sam_stakeholder_get_willingness (x);
      break;
    case SORT_ROLE:
      /* Nearest to co-creation first. */
      result = sam_stakeholder_get_role_now (y) - sam_stakeholder_get_role_now (x);
      break;
    case SORT_ADDED:
    case SORT_NAME:
    default:
      break;
    }

  if (result == 0)
    result = strcmp (name_key (x), name_key (y));

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static gboolean
contains_folded (const char *text,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL || text[0] == '\0')
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  SamStakeholderEditor *self = user_data;
  SamStakeholder *s = item;
  guint category = gtk_drop_down_get_selected (self->category_filter);
  guint willingness = gtk_drop_down_get_selected (self->willingness_filter);

  if (category > 0 && category != GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (sam_stakeholder_get_category (s), sam_stakeholder_categories ()[category - 1]) != 0)
    return FALSE;
  if (willingness > 0 && willingness != GTK_INVALID_LIST_POSITION &&
      sam_stakeholder_get_willingness (s) != willingness - 1)
    return FALSE;
  if (gtk_toggle_button_get_active (self->ambassadors_toggle) && !sam_stakeholder_get_ambassador (s))
    return FALSE;
  if (gtk_toggle_button_get_active (self->informed_toggle) && !sam_stakeholder_get_informed_only (s))
    return FALSE;
  if (self->search != NULL &&
      !contains_folded (sam_stakeholder_get_name (s), self->search) &&
      !contains_folded (sam_stakeholder_get_notes (s), self->search))
    return FALSE;

  return TRUE;
}

static gboolean
filters_active (SamStakeholderEditor *self)
{
  return self->search != NULL ||
         gtk_drop_down_get_selected (self->category_filter) > 0 ||
         gtk_drop_down_get_selected (self->willingness_filter) > 0 ||
         gtk_toggle_button_get_active (self->ambassadors_toggle) ||
         gtk_toggle_button_get_active (self->informed_toggle);
}

static void
clear_filters (SamStakeholderEditor *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->category_filter, 0);
  gtk_drop_down_set_selected (self->willingness_filter, 0);
  gtk_toggle_button_set_active (self->ambassadors_toggle, FALSE);
  gtk_toggle_button_set_active (self->informed_toggle, FALSE);
  /* The search entry reports its change later; apply it now. */
  g_clear_pointer (&self->search, g_free);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
}

static guint
shown_position (SamStakeholderEditor *self,
                SamStakeholder       *stakeholder)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  guint n;

  if (model == NULL || stakeholder == NULL)
    return GTK_INVALID_LIST_POSITION;

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == (GObject *) stakeholder)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Makes the list selection match the card. */
static void
sync_list_selection (SamStakeholderEditor *self,
                     gboolean              scroll)
{
  guint position;

  if (self->selection == NULL)
    return;

  position = shown_position (self, self->selected);
  self->selecting = TRUE;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->selecting = FALSE;

  if (scroll && position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
update_count (SamStakeholderEditor *self)
{
  g_autofree char *text = NULL;
  guint total, shown;

  if (self->project == NULL)
    {
      gtk_label_set_label (self->count_label, "");
      return;
    }

  total = g_list_model_get_n_items (sam_project_get_stakeholders (self->project));
  shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  if (shown == total)
    text = g_strdup_printf (ngettext ("%u stakeholder", "%u stakeholders", total), total);
  else
    /* Translators: "3 of 12 shown" in the stakeholder list */
    text = g_strdup_printf (ngettext ("%u of %u shown", "%u of %u shown", total), shown, total);
  gtk_label_set_label (self->count_label, text);
}

static void
update_pupil_nudge (SamStakeholderEditor *self)
{
  GListModel *store;
  gboolean has_pupil = FALSE;
  guint n;

  if (self->project == NULL)
    {
      gtk_widget_set_visible (self->pupil_nudge, FALSE);
      return;
    }

  store = sam_project_get_stakeholders (self->project);
  n = g_list_model_get_n_items (store);
  for (guint i = 0; i < n && !has_pupil; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (store, i);

      has_pupil = g_strcmp0 (sam_stakeholder_get_category (s), "pupil") == 0;
    }

  /* Only once there is a map at all: an empty project gets the starter set. */
  gtk_widget_set_visible (self->pupil_nudge, n > 0 && !has_pupil);
}

static void
update_actions (SamStakeholderEditor *self)
{
  gboolean has = self->selected != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stakeholders.add", self->project != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stakeholders.starter-set", self->project != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stakeholders.add-pupils", self->project != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stakeholders.duplicate", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stakeholders.delete", has);
}

static gboolean
refresh_cb (gpointer user_data)
{
  SamStakeholderEditor *self = user_data;

  self->refresh_id = 0;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (gtk_drop_down_get_selected (self->sort_drop_down) != SORT_ADDED)
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  sync_list_selection (self, FALSE);
  update_count (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (SamStakeholderEditor *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

/* The role drop-downs list the roles of the card's side; the rung numbers
 * stay when the side changes (rung n of one side pairs with rung n of the
 * other).  The links are let go while the models change, so that the
 * drop-downs' passing selection is not written to the card. */
static void
update_role_models (SamStakeholderEditor *self)
{
  SamSide side = self->selected != NULL ? sam_stakeholder_get_side (self->selected) : SAM_SIDE_CONSUMER;

  if (side == self->role_side)
    return;
  sam_link_drop_down (self->role_now_drop_down, NULL, NULL, NULL);
  sam_link_drop_down (self->role_wanted_drop_down, NULL, NULL, NULL);
  gtk_drop_down_set_model (self->role_now_drop_down, sam_rung_model_new (side));
  g_object_unref (gtk_drop_down_get_model (self->role_now_drop_down));
  gtk_drop_down_set_model (self->role_wanted_drop_down, sam_rung_model_new (side));
  g_object_unref (gtk_drop_down_get_model (self->role_wanted_drop_down));
  self->role_side = side;
}

static void
link_roles (SamStakeholderEditor *self)
{
  update_role_models (self);
  sam_link_drop_down (self->role_now_drop_down, self->project, self->selected, "role-now");
  sam_link_drop_down (self->role_wanted_drop_down, self->project, self->selected, "role-wanted");
}

static void
selected_notify_cb (SamStakeholderEditor *self,
                    GParamSpec           *pspec,
                    SamStakeholder       *stakeholder)
{
  if (g_strv_contains (placing_properties, pspec->name))
    queue_refresh (self);
  if (g_str_equal (pspec->name, "category"))
    update_pupil_nudge (self);
  if (g_str_equal (pspec->name, "side") && stakeholder == self->selected)
    link_roles (self);
}

/* Picking a category on the card moves the card to the side that
 * category usually stands on ("theatre": producer), in the same undo step,
 * unless the side was set by hand (it differs from the usual side of the
 * category before).  The two handlers run around the link's own, which
 * writes the category: only a real change of the card's category counts,
 * not the drop-down following the model (another card, undo). */
static void
category_selected_before_cb (SamStakeholderEditor *self,
                             GParamSpec           *pspec,
                             GtkDropDown          *drop_down)
{
  g_clear_pointer (&self->category_before, g_free);
  if (self->selected == NULL || self->project == NULL)
    return;
  self->category_before = g_strdup (sam_stakeholder_get_category (self->selected));
  sam_project_begin_edit (self->project, _("Change Category"));
}

static void
category_selected_after_cb (SamStakeholderEditor *self,
                            GParamSpec           *pspec,
                            GtkDropDown          *drop_down)
{
  g_autofree char *before = g_steal_pointer (&self->category_before);
  SamStakeholder *s = self->selected;
  const char *now;

  if (before == NULL)
    return;
  now = s != NULL ? sam_stakeholder_get_category (s) : NULL;
  if (now != NULL && g_strcmp0 (before, now) != 0
      && sam_stakeholder_get_side (s) == sam_stakeholder_category_side (before))
    sam_project_set_enum (self->project, s, "side", sam_stakeholder_category_side (now));
  sam_project_end_edit (self->project);
}

static void
bind_card (SamStakeholderEditor *self)
{
  SamProject *project = self->project;
  SamStakeholder *s = self->selected;

  sam_link_text (GTK_WIDGET (self->name_entry), project, s, "name");
  sam_link_choice (self->category_drop_down, project, s, "category");
  sam_link_choice (self->colour_drop_down, project, s, "colour");
  sam_link_text (GTK_WIDGET (self->interest_entry), project, s, "interest");
  sam_link_text (GTK_WIDGET (self->benefit_entry), project, s, "benefit");
  sam_link_drop_down (self->willingness_drop_down, project, s, "willingness");
  sam_link_drop_down (self->side_drop_down, project, s, "side");
  link_roles (self);
  sam_link_toggle (GTK_WIDGET (self->ambassador_check), project, s, "ambassador");
  sam_link_toggle (GTK_WIDGET (self->informed_check), project, s, "informed-only");
  sam_link_toggle (GTK_WIDGET (self->critical_check), project, s, "critical-voice");
  sam_link_text (GTK_WIDGET (self->notes_view), project, s, "notes");

  gtk_stack_set_visible_child_name (self->card_stack, s != NULL ? "card" : "empty");
}

/* Shows @stakeholder's card and selects its row. */
static void
select_stakeholder (SamStakeholderEditor *self,
                    SamStakeholder       *stakeholder,
                    gboolean              scroll)
{
  if (self->selected != stakeholder)
    {
      if (self->selected != NULL)
        g_clear_signal_handler (&self->selected_notify_id, self->selected);
      g_set_object (&self->selected, stakeholder);
      if (stakeholder != NULL)
        self->selected_notify_id =
          g_signal_connect_object (stakeholder, "notify", G_CALLBACK (selected_notify_cb),
                                   self, G_CONNECT_SWAPPED);
      bind_card (self);
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_STAKEHOLDER]);
    }

  sync_list_selection (self, scroll);
}

static void
selection_changed_cb (SamStakeholderEditor *self,
                      GParamSpec           *pspec,
                      GtkSingleSelection   *selection)
{
  gpointer item;

  if (self->selecting)
    return;

  /* A row that a filter hides loses its selection; its card stays, so a
   * name typed past the search term does not vanish while typing. */
  item = gtk_single_selection_get_selected_item (selection);
  if (item != NULL)
    select_stakeholder (self, item, FALSE);
}

static gboolean
store_contains (GListModel *store,
                gpointer    item)
{
  guint n = g_list_model_get_n_items (store);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (store, i);

      if (object == item)
        return TRUE;
    }
  return FALSE;
}

static void
store_items_changed_cb (SamStakeholderEditor *self,
                        guint                 position,
                        guint                 removed,
                        guint                 added,
                        GListModel           *store)
{
  if (removed > 0 && self->selected != NULL && !store_contains (store, self->selected))
    select_stakeholder (self, NULL, FALSE);
  update_pupil_nudge (self);
  update_count (self);
}

static void
shown_items_changed_cb (SamStakeholderEditor *self)
{
  update_count (self);
}

/* Rows of the list
 *
 * A list view makes up to a couple of hundred rows before it knows their
 * height, so a row is kept small: a colour dot, one two-line label, and
 * badge icons made only for the rows that need them. */

typedef struct {
  GtkWidget *swatch;
  GtkWidget *text;
  GtkWidget *badges[3];    /* ambassador, informed only, critical voice */
} Row;

static const struct {
  const char *icon_name;
  const char *tooltip;
} badge_kinds[3] = {
  { "starred-symbolic", N_("Ambassador of ideas") },
  { "mail-unread-symbolic", N_("Kept informed only") },
  /* Not emblem-important-symbolic: Adwaita 48 (Debian 13, GNOME 48) has
   * dropped it, and GTK would draw a broken image. */
  { "dialog-warning-symbolic", N_("Critical voice") },
};

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  Row *row = g_new0 (Row, 1);

  row->swatch = gtk_label_new (NULL);
  gtk_widget_set_size_request (row->swatch, 12, -1);
  row->text = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (row->text), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (row->text), 2);
  gtk_widget_set_hexpand (row->text, TRUE);

  gtk_box_append (GTK_BOX (box), row->swatch);
  gtk_box_append (GTK_BOX (box), row->text);
  g_object_set_data_full (G_OBJECT (box), "sam-row", row, g_free);
  gtk_list_item_set_child (item, box);
}

static void
row_show_badge (GtkWidget *box,
                Row       *row,
                guint      which,
                gboolean   show)
{
  if (show && row->badges[which] == NULL)
    {
      const char *tooltip = _(badge_kinds[which].tooltip);
      GtkWidget *image = gtk_image_new_from_icon_name (badge_kinds[which].icon_name);
      GtkWidget *after = NULL;

      gtk_widget_set_tooltip_text (image, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      /* Keep the badges in their fixed order. */
      for (guint i = which; i > 0 && after == NULL; i--)
        after = row->badges[i - 1];
      gtk_box_insert_child_after (GTK_BOX (box), image, after != NULL ? after : row->text);
      row->badges[which] = image;
    }
  if (row->badges[which] != NULL)
    gtk_widget_set_visible (row->badges[which], show);
}

static void
row_update (GtkWidget      *box,
            SamStakeholder *s)
{
  Row *row = g_object_get_data (G_OBJECT (box), "sam-row");
  const char *name = sam_stakeholder_get_name (s);
  const char *category = sam_stakeholder_get_category (s);
  const char *colour = sam_stakeholder_get_colour (s);
  int now = sam_stakeholder_get_role_now (s);
  int wanted = sam_stakeholder_get_role_wanted (s);
  g_autofree char *detail = NULL;
  g_autofree char *roles = NULL;
  g_autofree char *markup = NULL;
  GdkRGBA rgba;

  if (now > 0 || wanted > 0)
    {
      g_autofree char *from = now > 0 ? g_strdup_printf ("%d", now) : g_strdup ("–");
      g_autofree char *to = wanted > 0 ? g_strdup_printf ("%d", wanted) : g_strdup ("–");

      /* Translators: a stakeholder's rung now and wanted, "role 1 → 3" */
      roles = g_strdup_printf (_("role %s → %s"), from, to);
    }
  detail = g_strjoin (" · ",
                      category[0] != '\0' ? sam_stakeholder_category_label (category) : _("No category"),
                      sam_enum_to_label (SAM_TYPE_WILLINGNESS, sam_stakeholder_get_willingness (s)),
                      /* The roles are rungs of this side. */
                      sam_enum_to_label (SAM_TYPE_SIDE, sam_stakeholder_get_side (s)),
                      roles,
                      NULL);
  markup = g_markup_printf_escaped ("<b>%s</b>\n<small><span alpha=\"60%%\">%s</span></small>",
                                    name[0] != '\0' ? name : _("Unnamed"), detail);
  gtk_label_set_markup (GTK_LABEL (row->text), markup);

  if (colour[0] != '\0' && gdk_rgba_parse (&rgba, colour))
    {
      g_autofree char *dot = g_markup_printf_escaped ("<span foreground=\"%s\">●</span>", colour);

      gtk_label_set_markup (GTK_LABEL (row->swatch), dot);
    }
  else
    gtk_label_set_label (GTK_LABEL (row->swatch), "");

  row_show_badge (box, row, 0, sam_stakeholder_get_ambassador (s));
  row_show_badge (box, row, 1, sam_stakeholder_get_informed_only (s));
  row_show_badge (box, row, 2, sam_stakeholder_get_critical_voice (s));
}

static void
row_item_notify_cb (GtkWidget      *box,
                    GParamSpec     *pspec,
                    SamStakeholder *s)
{
  if (g_str_equal (pspec->name, "modified"))
    return;
  row_update (box, s);

  /* A row on screen changed where it belongs (an undo, a merge, the
   * canvas): filter and sort again, as for an edit on the card. */
  if (g_strv_contains (placing_properties, pspec->name))
    {
      SamStakeholderEditor *self =
        SAM_STAKEHOLDER_EDITOR (gtk_widget_get_ancestor (box, SAM_TYPE_STAKEHOLDER_EDITOR));

      if (self != NULL)
        queue_refresh (self);
    }
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  SamStakeholder *s = gtk_list_item_get_item (item);
  gulong id;

  row_update (box, s);
  id = g_signal_connect_object (s, "notify", G_CALLBACK (row_item_notify_cb), box, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (item), "sam-notify-id", GSIZE_TO_POINTER (id));
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  SamStakeholder *s = gtk_list_item_get_item (item);
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "sam-notify-id"));

  if (s != NULL && id != 0)
    g_signal_handler_disconnect (s, id);
  g_object_set_data (G_OBJECT (item), "sam-notify-id", NULL);
}

/* Filter and sort controls */

static void
search_changed_cb (SamStakeholderEditor *self,
                   GtkSearchEntry       *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (stripped[0] != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_list_selection (self, FALSE);
}

static void
filter_control_changed_cb (SamStakeholderEditor *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_list_selection (self, FALSE);
}

static void
sort_changed_cb (SamStakeholderEditor *self)
{
  if (self->sort_model == NULL)
    return;
  /* "Order added" is the store's own order: no sorter at all. */
  if (gtk_drop_down_get_selected (self->sort_drop_down) == SORT_ADDED)
    gtk_sort_list_model_set_sorter (self->sort_model, NULL);
  else
    {
      gtk_sort_list_model_set_sorter (self->sort_model, GTK_SORTER (self->sorter));
      gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
    }
  sync_list_selection (self, TRUE);
}

/* Actions */

static void
make_visible_and_select (SamStakeholderEditor *self,
                         SamStakeholder       *stakeholder)
{
  if (stakeholder != NULL && filters_active (self) &&
      !filter_func (stakeholder, self))
    clear_filters (self);
  select_stakeholder (self, stakeholder, TRUE);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SamStakeholderEditor *self = SAM_STAKEHOLDER_EDITOR (widget);
  g_autoptr(SamStakeholder) s = sam_stakeholder_new (_("New stakeholder"));

  sam_project_begin_edit (self->project, _("Add Stakeholder"));
  sam_project_add_stakeholder (self->project, s, -1);
  sam_project_end_edit (self->project);

  make_visible_and_select (self, s);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->name_entry), 0, -1);
}

static int
store_position (GListModel *store,
                gpointer    item)
{
  guint n = g_list_model_get_n_items (store);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (store, i);

      if (object == item)
        return i;
    }
  return -1;
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SamStakeholderEditor *self = SAM_STAKEHOLDER_EDITOR (widget);
  g_autoptr(SamStakeholder) copy = NULL;
  g_autofree char *name = NULL;
  int position;

  if (self->selected == NULL)
    return;

  copy = sam_stakeholder_copy (self->selected);
  /* Translators: the name of a duplicated stakeholder */
  name = g_strdup_printf (_("%s (copy)"), sam_stakeholder_get_name (self->selected));
  g_object_set (copy, "name", name, NULL);
  position = store_position (sam_project_get_stakeholders (self->project), self->selected);

  sam_project_begin_edit (self->project, _("Duplicate Stakeholder"));
  sam_project_add_stakeholder (self->project, copy, position < 0 ? -1 : position + 1);
  sam_project_end_edit (self->project);

  make_visible_and_select (self, copy);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SamStakeholderEditor *self = SAM_STAKEHOLDER_EDITOR (widget);
  g_autoptr(SamStakeholder) doomed = NULL;
  g_autoptr(SamStakeholder) next = NULL;
  guint position;
  guint n;

  if (self->selected == NULL)
    return;

  doomed = g_object_ref (self->selected);
  position = shown_position (self, doomed);
  sam_project_remove_stakeholder (self->project, doomed);

  /* Keep the keyboard user in the list: select the row that took its place. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  if (position != GTK_INVALID_LIST_POSITION && n > 0)
    next = g_list_model_get_item (G_LIST_MODEL (self->sort_model), MIN (position, n - 1));
  select_stakeholder (self, next, TRUE);
}

static void
add_starter_set (SamStakeholderEditor *self,
                 const char * const   *categories)
{
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *store = sam_project_get_stakeholders (self->project);
  g_autoptr(SamStakeholder) first = NULL;
  guint n = g_list_model_get_n_items (store);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (store, i);

      /* The store keeps the string alive while the table lives. */
      g_hash_table_add (present, (gpointer) sam_stakeholder_get_category (s));
    }

  sam_project_begin_edit (self->project, _("Add Starter Set"));
  for (guint i = 0; categories[i] != NULL; i++)
    {
      g_autoptr(SamStakeholder) s = NULL;

      if (g_str_equal (categories[i], "other") || g_hash_table_contains (present, categories[i]))
        continue;
      s = sam_stakeholder_new (sam_stakeholder_category_label (categories[i]));
      g_object_set (s, "category", categories[i],
                    "side", sam_stakeholder_category_side (categories[i]), NULL);
      sam_project_add_stakeholder (self->project, s, -1);
      if (first == NULL)
        first = g_object_ref (s);
    }
  sam_project_end_edit (self->project);

  if (first != NULL)
    make_visible_and_select (self, first);
}

static void
starter_set_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  add_starter_set (SAM_STAKEHOLDER_EDITOR (widget), sam_stakeholder_categories ());
}

static void
add_pupils_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  static const char * const pupils[] = { "pupil", NULL };

  add_starter_set (SAM_STAKEHOLDER_EDITOR (widget), pupils);
}

/* GObject */

static void
sam_stakeholder_editor_dispose (GObject *object)
{
  SamStakeholderEditor *self = (SamStakeholderEditor *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->selected != NULL)
    g_clear_signal_handler (&self->selected_notify_id, self->selected);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (sam_project_get_stakeholders (self->project), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_STAKEHOLDER_EDITOR);
  /* The template's outer box has no id, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->selected);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (sam_stakeholder_editor_parent_class)->dispose (object);
}

static void
sam_stakeholder_editor_finalize (GObject *object)
{
  SamStakeholderEditor *self = (SamStakeholderEditor *) object;

  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->pending_id, g_free);
  g_clear_pointer (&self->category_before, g_free);

  G_OBJECT_CLASS (sam_stakeholder_editor_parent_class)->finalize (object);
}

static void
sam_stakeholder_editor_map (GtkWidget *widget)
{
  SamStakeholderEditor *self = SAM_STAKEHOLDER_EDITOR (widget);

  GTK_WIDGET_CLASS (sam_stakeholder_editor_parent_class)->map (widget);

  if (gtk_list_view_get_model (self->list_view) != GTK_SELECTION_MODEL (self->selection))
    {
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
      sync_list_selection (self, TRUE);
    }
  else if (self->selection != NULL &&
           (filters_active (self) || gtk_drop_down_get_selected (self->sort_drop_down) != SORT_ADDED))
    /* Items may have changed while the page was hidden (undo, canvas). */
    queue_refresh (self);
}

static void
sam_stakeholder_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SamStakeholderEditor *self = SAM_STAKEHOLDER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT: g_value_set_object (value, self->project); break;
    case PROP_SELECTED_STAKEHOLDER:
      g_value_set_string (value, sam_stakeholder_editor_get_selected_stakeholder (self));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_stakeholder_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SamStakeholderEditor *self = SAM_STAKEHOLDER_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT: sam_stakeholder_editor_set_project (self, g_value_get_object (value)); break;
    case PROP_SELECTED_STAKEHOLDER:
      sam_stakeholder_editor_set_selected_stakeholder (self, g_value_get_string (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_stakeholder_editor_class_init (SamStakeholderEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_stakeholder_editor_dispose;
  object_class->finalize = sam_stakeholder_editor_finalize;
  object_class->get_property = sam_stakeholder_editor_get_property;
  object_class->set_property = sam_stakeholder_editor_set_property;
  widget_class->map = sam_stakeholder_editor_map;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, SAM_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_STAKEHOLDER] =
    g_param_spec_string ("selected-stakeholder", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sam-stakeholder-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, guidance_expander);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, pupil_nudge);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, sort_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, category_filter);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, willingness_filter);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, ambassadors_toggle);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, informed_toggle);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, list_view);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, count_label);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, card_stack);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, category_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, colour_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, interest_entry);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, benefit_entry);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, willingness_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, side_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, role_now_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, role_wanted_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, ambassador_check);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, informed_check);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, critical_check);
  gtk_widget_class_bind_template_child (widget_class, SamStakeholderEditor, notes_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "samstakeholdereditor");

  gtk_widget_class_install_action (widget_class, "stakeholders.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "stakeholders.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "stakeholders.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "stakeholders.starter-set", NULL, starter_set_action);
  gtk_widget_class_install_action (widget_class, "stakeholders.add-pupils", NULL, add_pupils_action);
}

static void
sam_stakeholder_editor_init (SamStakeholderEditor *self)
{
  const char * const *categories = sam_stakeholder_categories ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GtkStringList) category_filter = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) willingness_filter = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  const char *colour_labels[G_N_ELEMENTS (colour_values)] = {
    C_("colour", "Automatic"), C_("colour", "Blue"), C_("colour", "Green"), C_("colour", "Yellow"),
    C_("colour", "Orange"), C_("colour", "Red"), C_("colour", "Purple"), C_("colour", "Brown"),
    C_("colour", "Grey"), NULL
  };
  const char *sort_labels[] = {
    C_("sort", "Order added"), C_("sort", "Name"), C_("sort", "Category"),
    C_("sort", "Willingness"), C_("sort", "Current role"), NULL
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  sam_editors_load_css ();
  sam_a11y_fix_mnemonics (GTK_WIDGET (self));
  sam_a11y_set_name (GTK_WIDGET (self->sort_drop_down), _("Sort order"));
  sam_a11y_set_name (GTK_WIDGET (self->category_filter), _("Show category"));
  sam_a11y_set_name (GTK_WIDGET (self->willingness_filter), _("Show willingness"));

  /* Card choices */
  g_ptr_array_add (values, (gpointer) "");
  g_ptr_array_add (labels, (gpointer) _("No category"));
  gtk_string_list_append (category_filter, _("All categories"));
  for (guint i = 0; categories[i] != NULL; i++)
    {
      g_ptr_array_add (values, (gpointer) categories[i]);
      g_ptr_array_add (labels, (gpointer) sam_stakeholder_category_label (categories[i]));
      gtk_string_list_append (category_filter, sam_stakeholder_category_label (categories[i]));
    }
  g_ptr_array_add (values, NULL);
  g_ptr_array_add (labels, NULL);
  sam_choice_drop_down_set_choices (self->category_drop_down,
                                    (const char * const *) values->pdata,
                                    (const char * const *) labels->pdata,
                                    sam_stakeholder_category_label);
  sam_choice_drop_down_set_choices (self->colour_drop_down, colour_values, colour_labels, NULL);
  /* Before bind_card() links the drop-down: the first runs before the
   * link writes the category, the second after it. */
  g_signal_connect_object (self->category_drop_down, "notify::selected",
                           G_CALLBACK (category_selected_before_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->category_drop_down, "notify::selected",
                           G_CALLBACK (category_selected_after_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_drop_down_set_model (self->willingness_drop_down, sam_enum_model_new (SAM_TYPE_WILLINGNESS));
  g_object_unref (gtk_drop_down_get_model (self->willingness_drop_down));
  gtk_drop_down_set_model (self->side_drop_down, sam_enum_model_new (SAM_TYPE_SIDE));
  g_object_unref (gtk_drop_down_get_model (self->side_drop_down));
  self->role_side = SAM_SIDE_CONSUMER;
  gtk_drop_down_set_model (self->role_now_drop_down, sam_rung_model_new (SAM_SIDE_CONSUMER));
  g_object_unref (gtk_drop_down_get_model (self->role_now_drop_down));
  gtk_drop_down_set_model (self->role_wanted_drop_down, sam_rung_model_new (SAM_SIDE_CONSUMER));
  g_object_unref (gtk_drop_down_get_model (self->role_wanted_drop_down));

  /* Filters and sorting */
  gtk_string_list_append (willingness_filter, _("Any willingness"));
  for (int w = SAM_WILLINGNESS_UNKNOWN; w <= SAM_WILLINGNESS_HIGH; w++)
    gtk_string_list_append (willingness_filter, sam_enum_to_label (SAM_TYPE_WILLINGNESS, w));
  gtk_drop_down_set_model (self->category_filter, G_LIST_MODEL (category_filter));
  gtk_drop_down_set_model (self->willingness_filter, G_LIST_MODEL (willingness_filter));
  gtk_drop_down_set_model (self->sort_drop_down, G_LIST_MODEL (gtk_string_list_new (sort_labels)));
  g_object_unref (gtk_drop_down_get_model (self->sort_drop_down));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->category_filter, "notify::selected",
                           G_CALLBACK (filter_control_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->willingness_filter, "notify::selected",
                           G_CALLBACK (filter_control_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ambassadors_toggle, "toggled",
                           G_CALLBACK (filter_control_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->informed_toggle, "toggled",
                           G_CALLBACK (filter_control_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_drop_down, "notify::selected",
                           G_CALLBACK (sort_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);

  bind_card (self);
  update_actions (self);
}

GtkWidget *
sam_stakeholder_editor_new (void)
{
  return g_object_new (SAM_TYPE_STAKEHOLDER_EDITOR, NULL);
}

SamProject *
sam_stakeholder_editor_get_project (SamStakeholderEditor *self)
{
  g_return_val_if_fail (SAM_IS_STAKEHOLDER_EDITOR (self), NULL);
  return self->project;
}

void
sam_stakeholder_editor_set_project (SamStakeholderEditor *self,
                                    SamProject           *project)
{
  g_return_if_fail (SAM_IS_STAKEHOLDER_EDITOR (self));
  g_return_if_fail (project == NULL || SAM_IS_PROJECT (project));

  if (self->project == project)
    return;

  select_stakeholder (self, NULL, FALSE);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (sam_project_get_stakeholders (self->project), self);
  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);

  g_set_object (&self->project, project);

  if (project != NULL)
    {
      GListModel *store = sam_project_get_stakeholders (project);
      gboolean sorted = gtk_drop_down_get_selected (self->sort_drop_down) != SORT_ADDED;

      self->filter_model = gtk_filter_list_model_new (g_object_ref (store),
                                                      GTK_FILTER (g_object_ref (self->filter)));
      self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                                  sorted ? GTK_SORTER (g_object_ref (self->sorter)) : NULL);
      self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->selection, "notify::selected-item",
                               G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->filter_model, "items-changed",
                               G_CALLBACK (shown_items_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "items-changed",
                               G_CALLBACK (store_items_changed_cb), self, G_CONNECT_SWAPPED);
      /* Rows are made only for a list on screen (see map). */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

      /* Open on the card asked for before the project came (the canvas's
       * selection), else on the first rather than on an empty card. */
      if (self->pending_id != NULL)
        {
          SamStakeholder *asked = sam_project_find_stakeholder (project, self->pending_id);

          g_clear_pointer (&self->pending_id, g_free);
          if (asked != NULL)
            select_stakeholder (self, asked, TRUE);
        }
      if (self->selected == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
        {
          g_autoptr(SamStakeholder) first = g_list_model_get_item (G_LIST_MODEL (self->sort_model), 0);

          select_stakeholder (self, first, FALSE);
        }
    }

  update_count (self);
  update_pupil_nudge (self);
  update_actions (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), project != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

const char *
sam_stakeholder_editor_get_selected_stakeholder (SamStakeholderEditor *self)
{
  g_return_val_if_fail (SAM_IS_STAKEHOLDER_EDITOR (self), NULL);
  return self->selected != NULL ? sam_stakeholder_get_id (self->selected) : NULL;
}

void
sam_stakeholder_editor_set_selected_stakeholder (SamStakeholderEditor *self,
                                                 const char           *id)
{
  SamStakeholder *s = NULL;

  g_return_if_fail (SAM_IS_STAKEHOLDER_EDITOR (self));

  if (self->project == NULL)
    {
      g_free (self->pending_id);
      self->pending_id = id != NULL && id[0] != '\0' ? g_strdup (id) : NULL;
      return;
    }
  if (id != NULL && id[0] != '\0')
    s = sam_project_find_stakeholder (self->project, id);

  make_visible_and_select (self, s);
}

GListModel *
sam_stakeholder_editor_get_shown (SamStakeholderEditor *self)
{
  g_return_val_if_fail (SAM_IS_STAKEHOLDER_EDITOR (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}

void
sam_stakeholder_editor_focus_search (SamStakeholderEditor *self)
{
  g_return_if_fail (SAM_IS_STAKEHOLDER_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
