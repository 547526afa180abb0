/* sam-sessions.c: work sessions in a window, attached in one call */

#define G_LOG_DOMAIN "samenspel-sessions"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sam-ladder-view.h"
#include "sam-session-dialog.h"
#include "sam-sessions.h"

typedef struct {
  SamWindow         *window;         /* owns this */
  SamProject        *project;        /* the window's, followed */
  GtkSortListModel  *sorted;         /* the project's sessions by date */
  GtkSorter         *sorter;
  GtkWidget         *page;          /* in the popover of the bar's Sessions button */
  GtkWidget         *sessions_button;
  GtkWidget         *list;
  GtkWidget         *empty;
  /* the compare bar */
  GtkWidget         *bar;
  GtkWidget         *from;           /* GtkDropDown: "Off", then the sessions in order */
  GtkWidget         *to;             /* GtkDropDown: "Now", then the sessions in order */
  GtkWidget         *scale;          /* 0: off; step k: session k to the next one (the last: to now) */
  GPtrArray         *stops;          /* SamSession in order of their dates */
  gboolean           syncing;
} Sessions;

static Sessions *
sessions_get (SamWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "sam-sessions");
}

static SamLadderView *
ladder_view (Sessions *s)
{
  return SAM_LADDER_VIEW (sam_window_get_ladder_view (s->window));
}

static int
compare_dates_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  int cmp = sam_session_compare_dates (SAM_SESSION ((gpointer) a), SAM_SESSION ((gpointer) b));

  return cmp < 0 ? GTK_ORDERING_SMALLER : cmp > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static char *
stop_label (SamSession *session)
{
  g_autofree char *date = sam_session_format_date (session);
  const char *name = sam_session_get_name (session);

  if (name[0] == '\0')
    return g_steal_pointer (&date);
  /* TRANSLATORS: a session in the compare bar: its date and its name */
  return g_strdup_printf (C_("session", "%s: %s"), date, name);
}

/* ---- The compare bar ---- */

static int
stop_index (Sessions   *s,
            SamSession *session)
{
  for (guint i = 0; session != NULL && i < s->stops->len; i++)
    if (s->stops->pdata[i] == session)
      return (int) i;
  return -1;
}

/* Puts the dropdowns and the slider where the canvas is. */
static void
sync_bar (Sessions *s)
{
  SamSession *from = sam_ladder_view_get_compare_from (ladder_view (s));
  SamSession *to = sam_ladder_view_get_compare_to (ladder_view (s));
  int f = stop_index (s, from), t = stop_index (s, to);

  if (s->bar == NULL)
    return;
  s->syncing = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (s->from), f < 0 ? 0 : (guint) f + 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (s->to), t < 0 ? 0 : (guint) t + 1);
  gtk_widget_set_sensitive (s->to, f >= 0);
  /* On the slider when the two are neighbours (or the last and now). */
  if (f >= 0 && ((t < 0 && f == (int) s->stops->len - 1) || t == f + 1))
    gtk_range_set_value (GTK_RANGE (s->scale), f + 1);
  else
    gtk_range_set_value (GTK_RANGE (s->scale), 0);
  s->syncing = FALSE;
}

static void
set_compare (Sessions   *s,
             SamSession *from,
             SamSession *to)
{
  sam_ladder_view_set_compare (ladder_view (s), from, to);
  sync_bar (s);
}

static void
dropdown_changed_cb (Sessions *s)
{
  guint f = gtk_drop_down_get_selected (GTK_DROP_DOWN (s->from));
  guint t = gtk_drop_down_get_selected (GTK_DROP_DOWN (s->to));

  if (s->syncing)
    return;
  if (f == 0 || f == GTK_INVALID_LIST_POSITION || f > s->stops->len)
    set_compare (s, NULL, NULL);
  else
    set_compare (s, s->stops->pdata[f - 1],
                 t == 0 || t == GTK_INVALID_LIST_POSITION || t > s->stops->len ? NULL : s->stops->pdata[t - 1]);
}

static void
scale_changed_cb (GtkRange *range,
                  Sessions *s)
{
  int k = (int) round (gtk_range_get_value (range));

  if (s->syncing || k < 0 || k > (int) s->stops->len)
    return;
  if (k == 0)
    set_compare (s, NULL, NULL);
  else
    set_compare (s, s->stops->pdata[k - 1], k < (int) s->stops->len ? s->stops->pdata[k] : NULL);
}

static void
rebuild_stops (Sessions *s)
{
  g_autoptr(GtkStringList) from_items = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) to_items = gtk_string_list_new (NULL);
  guint n;

  g_clear_pointer (&s->stops, g_ptr_array_unref);
  s->stops = s->project != NULL ? sam_project_dup_sessions_in_order (s->project) : g_ptr_array_new ();
  n = s->stops->len;
  if (s->bar == NULL)
    return;

  gtk_string_list_append (from_items, _("Off"));
  gtk_string_list_append (to_items, _("Now"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = stop_label (s->stops->pdata[i]);

      gtk_string_list_append (from_items, label);
      gtk_string_list_append (to_items, label);
    }

  s->syncing = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (s->from), G_LIST_MODEL (from_items));
  gtk_drop_down_set_model (GTK_DROP_DOWN (s->to), G_LIST_MODEL (to_items));
  /* 0: the plain ladder (or two sessions that are not neighbours). */
  gtk_range_set_range (GTK_RANGE (s->scale), 0, MAX (n, 1));
  gtk_scale_clear_marks (GTK_SCALE (s->scale));
  for (guint i = 0; i <= n; i++)
    gtk_scale_add_mark (GTK_SCALE (s->scale), i, GTK_POS_BOTTOM, NULL);
  gtk_widget_set_visible (s->scale, n >= 2);
  s->syncing = FALSE;

  gtk_widget_set_visible (s->bar, n > 0);
  sync_bar (s);
}

static GtkWidget *
bar_new (Sessions *s)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label, *with;
  GtkExpression *expression;

  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 2);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);

  label = gtk_label_new_with_mnemonic (_("C_ompare"));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  s->from = gtk_drop_down_new (NULL, expression);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), s->from);
  gtk_widget_set_tooltip_text (s->from, _("The earlier session: its marks are drawn faint"));
  with = gtk_label_new (C_("compare", "with"));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  s->to = gtk_drop_down_new (NULL, expression);
  gtk_widget_set_tooltip_text (s->to, _("Now, or a later session"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (s->to), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Compare with"), -1);
  s->scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 1, 1);
  gtk_range_set_round_digits (GTK_RANGE (s->scale), 0);
  gtk_scale_set_draw_value (GTK_SCALE (s->scale), FALSE);
  gtk_widget_set_hexpand (s->scale, TRUE);
  gtk_widget_set_size_request (s->scale, 120, -1);
  gtk_widget_set_tooltip_text (s->scale, _("Step through the sessions in order: each step shows what "
                                           "moved since the session before; far left shows the ladder alone"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (s->scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Step through the sessions"), -1);

  g_signal_connect_swapped (s->from, "notify::selected", G_CALLBACK (dropdown_changed_cb), s);
  g_signal_connect_swapped (s->to, "notify::selected", G_CALLBACK (dropdown_changed_cb), s);
  g_signal_connect (s->scale, "value-changed", G_CALLBACK (scale_changed_cb), s);

  {
    GtkWidget *record = gtk_button_new_from_icon_name ("list-add-symbolic");
    GtkWidget *popover = gtk_popover_new ();

    gtk_actionable_set_action_name (GTK_ACTIONABLE (record), "win.record-session");
    gtk_widget_set_tooltip_text (record, _("Record Session…"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (record), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Record Session…"), -1);
    gtk_widget_set_size_request (s->page, 400, -1);
    gtk_popover_set_child (GTK_POPOVER (popover), s->page);
    s->sessions_button = gtk_menu_button_new ();
    gtk_menu_button_set_label (GTK_MENU_BUTTON (s->sessions_button), _("_Sessions"));
    gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (s->sessions_button), TRUE);
    gtk_menu_button_set_popover (GTK_MENU_BUTTON (s->sessions_button), popover);
    gtk_widget_set_tooltip_text (s->sessions_button, _("The work sessions: compare, rename, re-date, delete"));
    gtk_box_append (GTK_BOX (bar), s->sessions_button);
    gtk_box_append (GTK_BOX (bar), record);
  }
  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), s->from);
  gtk_box_append (GTK_BOX (bar), with);
  gtk_box_append (GTK_BOX (bar), s->to);
  gtk_box_append (GTK_BOX (bar), s->scale);
  return bar;
}

/* ---- The list of sessions (in the bar's popover) ---- */

static void
update_row (GtkWidget *row)
{
  SamSession *session = g_object_get_data (G_OBJECT (row), "sam-session");
  GtkWidget *title = g_object_get_data (G_OBJECT (row), "sam-title");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (row), "sam-subtitle");
  GtkWidget *note = g_object_get_data (G_OBJECT (row), "sam-note");
  g_autofree char *name = sam_session_dup_title (session);
  g_autofree char *date = sam_session_format_date (session);
  guint n = g_strv_length ((char **) sam_session_get_participants (session));
  g_autofree char *took_part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u took part", "%u took part", n), n);
  g_autofree char *sub = NULL;

  gtk_label_set_text (GTK_LABEL (title), name);
  if (sam_session_get_name (session)[0] != '\0')
    /* TRANSLATORS: below a session's name: its date · how many took part */
    sub = g_strdup_printf (C_("session", "%s · %s"), date, took_part);
  else
    sub = g_strdup (took_part);
  gtk_label_set_text (GTK_LABEL (subtitle), sub);
  gtk_label_set_text (GTK_LABEL (note), sam_session_get_note (session));
  gtk_widget_set_visible (note, sam_session_get_note (session)[0] != '\0');
}

static void
session_notify_cb (SamSession *session,
                   GParamSpec *pspec,
                   GtkWidget  *row)
{
  Sessions *s = g_object_get_data (G_OBJECT (row), "sam-sessions");

  update_row (row);
  if (g_str_equal (pspec->name, "date"))
    gtk_sorter_changed (s->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  if (g_str_equal (pspec->name, "date") || g_str_equal (pspec->name, "name"))
    rebuild_stops (s);
}

static GtkWidget *
row_button (const char *label,
            const char *action,
            const char *id,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  Sessions *s = user_data;
  SamSession *session = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *id = sam_session_get_id (session);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_lines (GTK_LABEL (note), 3);
  gtk_label_set_ellipsize (GTK_LABEL (note), PANGO_ELLIPSIZE_END);

  gtk_box_append (GTK_BOX (buttons), row_button (_("Compare With _Now"), "win.compare-session", id,
                                                 _("Show on the ladder where everyone moved since this session")));
  gtk_box_append (GTK_BOX (buttons), row_button (_("_Edit…"), "win.edit-session", id,
                                                 _("Rename, re-date, or change who took part")));
  gtk_box_append (GTK_BOX (buttons), row_button (_("_Delete"), "win.delete-session", id,
                                                 _("Delete the session and its snapshot (you can undo this)")));

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_box_append (GTK_BOX (box), note);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  g_object_set_data_full (G_OBJECT (row), "sam-session", g_object_ref (session), g_object_unref);
  g_object_set_data (G_OBJECT (row), "sam-sessions", s);
  g_object_set_data (G_OBJECT (row), "sam-title", title);
  g_object_set_data (G_OBJECT (row), "sam-subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "sam-note", note);
  g_signal_connect_object (session, "notify", G_CALLBACK (session_notify_cb), row, 0);
  update_row (row);
  return row;
}

static void
update_record_enabled (Sessions *s)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (s->window), "record-session");
  gboolean full = s->project != NULL
                  && g_list_model_get_n_items (sam_project_get_sessions (s->project)) >= SAM_PROJECT_MAX_SESSIONS;

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !full);
}

static void page_new (Sessions *s);
static GtkWidget *bar_new (Sessions *s);

/* The bar and its popover are made when the project first has a session:
 * a project without sessions gets a window exactly as before. */
static void
ensure_widgets (Sessions *s)
{
  if (s->bar != NULL)
    return;
  page_new (s);
  s->bar = bar_new (s);
  gtk_box_prepend (sam_window_get_canvas_box (s->window), s->bar);
  gtk_sort_list_model_set_model (s->sorted, s->project != NULL ? sam_project_get_sessions (s->project) : NULL);
}

static void
sessions_changed_cb (GListModel *list,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Sessions   *s)
{
  if (g_list_model_get_n_items (list) > 0)
    ensure_widgets (s);
  if (s->empty != NULL)
    gtk_widget_set_visible (s->empty, g_list_model_get_n_items (list) == 0);
  rebuild_stops (s);
  update_record_enabled (s);
}

static void
page_new (Sessions *s)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *record = gtk_button_new_with_mnemonic (_("_Record Session…"));
  GtkWidget *intro = gtk_label_new (_("After each work session, record where everyone stands. "
                                      "The ladder then shows how far you have come."));
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (record), "win.record-session");
  gtk_widget_add_css_class (record, "suggested-action");
  gtk_widget_set_halign (record, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (intro), 48);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_add_css_class (intro, "dim-label");

  s->empty = gtk_label_new (_("No sessions recorded yet"));
  gtk_widget_add_css_class (s->empty, "dim-label");

  s->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (s->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (s->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (s->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sessions"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), s->list);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 480);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);

  gtk_box_append (GTK_BOX (box), record);
  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), s->empty);
  gtk_box_append (GTK_BOX (box), scrolled);
  s->page = box;

  s->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_dates_cb, NULL, NULL));
  s->sorted = gtk_sort_list_model_new (NULL, g_object_ref (s->sorter));
  gtk_list_box_bind_model (GTK_LIST_BOX (s->list), G_LIST_MODEL (s->sorted), create_row_cb, s, NULL);
}

/* ---- Following the window's project ---- */

static void
window_project_cb (SamWindow  *window,
                   GParamSpec *pspec,
                   Sessions   *s)
{
  SamProject *project = sam_window_get_project (window);

  if (project == s->project)
    return;
  if (s->project != NULL)
    g_signal_handlers_disconnect_by_func (sam_project_get_sessions (s->project), sessions_changed_cb, s);
  g_set_object (&s->project, project);
  if (s->sorted != NULL)
    gtk_sort_list_model_set_model (s->sorted, project != NULL ? sam_project_get_sessions (project) : NULL);
  if (project != NULL)
    {
      g_signal_connect (sam_project_get_sessions (project), "items-changed", G_CALLBACK (sessions_changed_cb), s);
      sessions_changed_cb (sam_project_get_sessions (project), 0, 0, 0, s);
    }
}

static void
sessions_free (gpointer data)
{
  Sessions *s = data;

  if (s->project != NULL)
    g_signal_handlers_disconnect_by_func (sam_project_get_sessions (s->project), sessions_changed_cb, s);
  g_clear_object (&s->project);
  g_clear_object (&s->sorted);
  g_clear_object (&s->sorter);
  g_clear_pointer (&s->stops, g_ptr_array_unref);
  g_free (s);
}

/* ---- Actions ---- */

static void
popdown (SamWindow *window)
{
  Sessions *s = sessions_get (window);

  if (s != NULL && s->sessions_button != NULL)
    gtk_menu_button_popdown (GTK_MENU_BUTTON (s->sessions_button));
}

static void
record_session_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SamWindow *window = user_data;

  popdown (window);
  sam_session_dialog_record (GTK_WINDOW (window), sam_window_get_project (window));
}

static SamSession *
session_from_parameter (SamWindow *window,
                        GVariant  *parameter)
{
  return sam_project_find_session (sam_window_get_project (window), g_variant_get_string (parameter, NULL));
}

static void
edit_session_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  SamWindow *window = user_data;
  SamSession *session = session_from_parameter (window, parameter);

  popdown (window);
  if (session != NULL)
    sam_session_dialog_edit (GTK_WINDOW (window), sam_window_get_project (window), session);
}

static void
delete_session_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SamWindow *window = user_data;
  SamProject *project = sam_window_get_project (window);
  SamSession *session = session_from_parameter (window, parameter);

  if (session == NULL)
    return;
  /* No question: Undo brings it back, snapshot and all. */
  sam_history_seal (sam_project_get_history (project));
  sam_project_begin_edit (project, _("Delete Session"));
  sam_project_remove_session (project, session);
  sam_project_end_edit (project);
}

static void
compare_session_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SamWindow *window = user_data;
  Sessions *s = sessions_get (window);
  SamProject *project = sam_window_get_project (window);
  const char *value = g_variant_get_string (parameter, NULL);
  g_auto(GStrv) ids = g_strsplit (value, ">", 2);
  SamSession *from = ids[0] != NULL ? sam_project_find_session (project, ids[0]) : NULL;
  SamSession *to = ids[0] != NULL && ids[1] != NULL ? sam_project_find_session (project, ids[1]) : NULL;

  popdown (window);
  set_compare (s, from, to);
}

static const GActionEntry session_actions[] = {
  { "record-session", record_session_action },
  { "edit-session", edit_session_action, "s" },
  { "delete-session", delete_session_action, "s" },
  { "compare-session", compare_session_action, "s" },
};

void
sam_sessions_attach (SamWindow *window)
{
  Sessions *s;

  g_return_if_fail (SAM_IS_WINDOW (window));

  s = g_new0 (Sessions, 1);
  s->window = window;
  s->stops = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (window), "sam-sessions", s, sessions_free);

  g_action_map_add_action_entries (G_ACTION_MAP (window), session_actions,
                                   G_N_ELEMENTS (session_actions), window);

  /* The list of sessions lives in the compare bar's popover, not in a
   * fourth editor page: a fourth tab would widen the editor pane by a
   * quarter, and comparing happens on the canvas anyway.  Both are made
   * with the first session (ensure_widgets). */

  g_signal_connect (window, "notify::project", G_CALLBACK (window_project_cb), s);
  window_project_cb (window, NULL, s);

}

GtkWidget *
sam_sessions_get_list_popover (SamWindow *window)
{
  Sessions *s;

  g_return_val_if_fail (SAM_IS_WINDOW (window), NULL);

  s = sessions_get (window);
  if (s == NULL || s->sessions_button == NULL)
    return NULL;
  return GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (s->sessions_button)));
}

GtkWidget *
sam_sessions_get_compare_bar (SamWindow *window)
{
  Sessions *s;

  g_return_val_if_fail (SAM_IS_WINDOW (window), NULL);

  s = sessions_get (window);
  return s != NULL ? s->bar : NULL;
}
