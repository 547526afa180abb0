/* sam-session-dialog.c: "Record Session…" and "Edit Session…" */

#define G_LOG_DOMAIN "samenspel-sessions"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-session-dialog.h"

typedef struct {
  SamProject  *project;
  SamSession  *session;      /* NULL when recording */
  GtkWidget   *window;
  GtkWidget   *name;
  GtkWidget   *date;
  GtkWidget   *calendar;
  GtkWidget   *date_button;
  GtkWidget   *note;
  GtkWidget   *accept;
  GPtrArray   *checks;       /* GtkCheckButton, "sam-stakeholder-id" on each */
} Dialog;

static void
dialog_free (gpointer data)
{
  Dialog *d = data;

  g_clear_object (&d->project);
  g_clear_object (&d->session);
  g_clear_pointer (&d->checks, g_ptr_array_unref);
  g_free (d);
}

static void
date_changed_cb (GtkEditable *editable,
                 Dialog      *d)
{
  gboolean valid = sam_session_date_is_valid (gtk_editable_get_text (editable));

  gtk_widget_set_sensitive (d->accept, valid);
  if (valid)
    gtk_widget_remove_css_class (d->date, "error");
  else
    gtk_widget_add_css_class (d->date, "error");
}

static void
day_selected_cb (GtkCalendar *calendar,
                 Dialog      *d)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (d->date), text);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (d->date_button));
}

static char *
note_text (Dialog *d)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (d->note));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GStrv
ticked (Dialog *d)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < d->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (d->checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "sam-stakeholder-id"));
    }
  return g_strv_builder_end (builder);
}

static void
accept_cb (GtkButton *button,
           Dialog    *d)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (d->name));
  const char *date = gtk_editable_get_text (GTK_EDITABLE (d->date));
  g_autofree char *note = note_text (d);
  g_auto(GStrv) participants = ticked (d);

  if (!sam_session_date_is_valid (date))
    return;

  if (d->session == NULL)
    sam_project_record_session (d->project, name, date, (const char * const *) participants, note);
  else
    {
      SamHistory *history = sam_project_get_history (d->project);

      sam_history_seal (history);
      sam_project_begin_edit (d->project, _("Edit Session"));
      sam_project_set_string (d->project, d->session, "name", name);
      sam_project_set_string (d->project, d->session, "date", date);
      sam_project_set_participants (d->project, d->session, (const char * const *) participants);
      sam_project_set_string (d->project, d->session, "note", note);
      sam_project_end_edit (d->project);
      sam_history_seal (history);
    }
  gtk_window_destroy (GTK_WINDOW (d->window));
}

static GtkWidget *
field_label (const char *text,
             GtkWidget  *mnemonic_widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE_FILL);
#else
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
#endif
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), mnemonic_widget);
  return label;
}

static GtkWindow *
dialog_new (GtkWindow  *parent,
            SamProject *project,
            SamSession *session)
{
  Dialog *d = g_new0 (Dialog, 1);
  GtkWidget *header, *cancel, *grid, *scrolled, *list, *popover, *date_box, *note_scroll;
  GListModel *stakeholders = sam_project_get_stakeholders (project);
  guint n = g_list_model_get_n_items (stakeholders);
  const char * const *participants = session != NULL ? sam_session_get_participants (session) : NULL;
  g_autofree char *today = sam_session_today ();
  int row = 0;

  d->project = g_object_ref (project);
  d->session = session != NULL ? g_object_ref (session) : NULL;
  d->checks = g_ptr_array_new ();

  d->window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (d->window), session == NULL ? _("Record Session") : _("Edit Session"));
  gtk_window_set_modal (GTK_WINDOW (d->window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (d->window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (d->window), TRUE);
  /* A height of its own: on GTK 4.18 the natural height that -1 asks
   * for came out below the least height (a warning). */
  gtk_window_set_default_size (GTK_WINDOW (d->window), 480, 600);
  g_object_set_data_full (G_OBJECT (d->window), "sam-session-dialog", d, dialog_free);

  header = gtk_header_bar_new ();
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), d->window);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  d->accept = gtk_button_new_with_mnemonic (session == NULL ? _("_Record") : _("_Save"));
  gtk_widget_add_css_class (d->accept, "suggested-action");
  g_signal_connect (d->accept, "clicked", G_CALLBACK (accept_cb), d);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), d->accept);
  gtk_window_set_titlebar (GTK_WINDOW (d->window), header);
  gtk_window_set_default_widget (GTK_WINDOW (d->window), d->accept);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);

  if (session == NULL)
    {
      GtkWidget *intro = gtk_label_new (_("Records where everyone stands on the ladder now, "
                                          "so you can see later how far you have come."));

      gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
      gtk_label_set_xalign (GTK_LABEL (intro), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (intro), 50);
      gtk_widget_add_css_class (intro, "dim-label");
      gtk_grid_attach (GTK_GRID (grid), intro, 0, row++, 2, 1);
    }

  d->name = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (d->name), _("Kick-off with the pilot schools"));
  gtk_entry_set_activates_default (GTK_ENTRY (d->name), TRUE);
  gtk_widget_set_hexpand (d->name, TRUE);
  if (session != NULL)
    gtk_editable_set_text (GTK_EDITABLE (d->name), sam_session_get_name (session));
  gtk_grid_attach (GTK_GRID (grid), field_label (_("_Name"), d->name), 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), d->name, 1, row++, 1, 1);

  date_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  d->date = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (d->date), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (d->date), 12);
  gtk_editable_set_text (GTK_EDITABLE (d->date), session != NULL ? sam_session_get_date (session) : today);
  gtk_widget_set_tooltip_text (d->date, _("The day of the session, as year-month-day"));
  g_signal_connect (d->date, "changed", G_CALLBACK (date_changed_cb), d);
  d->calendar = gtk_calendar_new ();
  g_signal_connect (d->calendar, "day-selected", G_CALLBACK (day_selected_cb), d);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), d->calendar);
  d->date_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (d->date_button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (d->date_button), popover);
  gtk_widget_set_tooltip_text (d->date_button, _("Choose the day in a calendar"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (d->date_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose the day in a calendar"), -1);
  gtk_box_append (GTK_BOX (date_box), d->date);
  gtk_box_append (GTK_BOX (date_box), d->date_button);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("_Date"), d->date), 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), date_box, 1, row++, 1, 1);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (stakeholders, i);
      const char *name = sam_stakeholder_get_name (s);
      GtkWidget *check = gtk_check_button_new_with_label (name[0] != '\0' ? name : _("(no name)"));

      g_object_set_data_full (G_OBJECT (check), "sam-stakeholder-id",
                              g_strdup (sam_stakeholder_get_id (s)), g_free);
      if (participants != NULL && g_strv_contains (participants, sam_stakeholder_get_id (s)))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_box_append (GTK_BOX (list), check);
      g_ptr_array_add (d->checks, check);
    }
  if (n == 0)
    {
      GtkWidget *none = gtk_label_new (_("No stakeholders yet"));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (list), none);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 220);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("Took _part"), n > 0 ? g_ptr_array_index (d->checks, 0) : list),
                   0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), scrolled, 1, row++, 1, 1);

  d->note = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (d->note), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (d->note), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (d->note), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (d->note), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (d->note), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (d->note), 6);
  if (session != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (d->note)), sam_session_get_note (session), -1);
  note_scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (note_scroll), d->note);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (note_scroll), 72);
  gtk_widget_add_css_class (note_scroll, "frame");
  gtk_grid_attach (GTK_GRID (grid), field_label (_("N_ote"), d->note), 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), note_scroll, 1, row++, 1, 1);

  gtk_window_set_child (GTK_WINDOW (d->window), grid);

  /* For tests. */
  g_object_set_data (G_OBJECT (d->window), "sam-name", d->name);
  g_object_set_data (G_OBJECT (d->window), "sam-date", d->date);
  g_object_set_data (G_OBJECT (d->window), "sam-note", d->note);
  g_object_set_data (G_OBJECT (d->window), "sam-accept", d->accept);
  g_object_set_data (G_OBJECT (d->window), "sam-participants", d->checks);

  date_changed_cb (GTK_EDITABLE (d->date), d);
  gtk_window_present (GTK_WINDOW (d->window));
  return GTK_WINDOW (d->window);
}

GtkWindow *
sam_session_dialog_record (GtkWindow  *parent,
                           SamProject *project)
{
  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);

  return dialog_new (parent, project, NULL);
}

GtkWindow *
sam_session_dialog_edit (GtkWindow  *parent,
                         SamProject *project,
                         SamSession *session)
{
  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SAM_IS_SESSION (session), NULL);

  return dialog_new (parent, project, session);
}
