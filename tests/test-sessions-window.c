/* test-sessions-window.c: Record Session…, edit, delete, undo and the
 * compare view, in a real window */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "sam-ladder-view.h"
#include "sam-sessions.h"
#include "sam-window.h"
#include "test-util.h"

static GtkWindow *
find_session_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (g_object_get_data (G_OBJECT (w), "sam-session-dialog") != NULL && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;   /* the toplevel list keeps it */
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_session_dialog () != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_session_dialog () == NULL;
}

static gboolean
compare_drawn (gpointer data)
{
  const SamLadderGeometry *geo = sam_ladder_view_get_geometry (SAM_LADDER_VIEW (data));

  return geo != NULL && geo->moves != NULL && geo->moves->len > 0;
}

static gboolean
plain_drawn (gpointer data)
{
  const SamLadderGeometry *geo = sam_ladder_view_get_geometry (SAM_LADDER_VIEW (data));

  return geo != NULL && geo->moves == NULL;
}

static SamWindow *
window_with_project (SamStakeholder **school_out)
{
  SamWindow *window = sam_window_new (NULL);
  g_autoptr(SamProject) project = sam_project_new ();
  const char *names[] = { "De Wilg school", "Library", "Theatre De Kolk" };

  g_object_set (project, "title", "Culture path", "producer-now", 1, "producer-wanted", 4,
                "consumer-now", 1, "consumer-wanted", 3, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SamStakeholder) s = sam_stakeholder_new (names[i]);

      g_object_set (s, "role-now", 1, "role-wanted", 3, "side", i == 0 ? SAM_SIDE_CONSUMER : SAM_SIDE_PRODUCER, NULL);
      sam_project_load_stakeholder (project, s);
      if (i == 0)
        *school_out = s;
    }
  sam_window_set_project (window, project, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  return window;
}

static void
test_record_edit_delete (void)
{
  SamStakeholder *school = NULL;
  SamWindow *window = window_with_project (&school);
  SamProject *project = sam_window_get_project (window);
  GListModel *sessions = sam_project_get_sessions (project);
  SamHistory *history = sam_project_get_history (project);
  GtkWidget *view = sam_window_get_ladder_view (window);
  GtkWindow *dialog;
  GPtrArray *checks;
  g_autoptr(SamSession) session = NULL;
  g_autofree char *id = NULL;
  g_autofree char *today = sam_session_today ();

  /* No sessions: no bar (it is made with the first one). */
  g_assert_null (sam_sessions_get_compare_bar (window));

  /* Record Session…: the dialog, a name, who took part, Record. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.record-session", NULL));
  g_assert_true (spin_until (dialog_shown, NULL));
  dialog = find_session_dialog ();
  g_assert_cmpstr (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "sam-date")), ==, today);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "sam-name"), "Kick-off with the pilot schools");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "sam-date"), "2026-02-03");
  checks = g_object_get_data (G_OBJECT (dialog), "sam-participants");
  g_assert_cmpuint (checks->len, ==, 3);
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
  maybe_screenshot (GTK_WIDGET (dialog), "record-session-dialog.png");
  gtk_widget_activate (g_object_get_data (G_OBJECT (dialog), "sam-accept"));
  g_assert_true (spin_until (dialog_gone, NULL));

  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  session = g_list_model_get_item (sessions, 0);
  id = g_strdup (sam_session_get_id (session));
  g_assert_cmpstr (sam_session_get_name (session), ==, "Kick-off with the pilot schools");
  g_assert_cmpstr (sam_session_get_date (session), ==, "2026-02-03");
  g_assert_cmpstr (sam_session_get_participants (session)[0], ==, sam_stakeholder_get_id (school));
  g_assert_cmpstr (sam_history_get_undo_label (history), ==, _("Record Session"));
  g_assert_true (gtk_widget_get_visible (sam_sessions_get_compare_bar (window)));

  /* Undo and redo, through the window's actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);

  /* Edit: rename and re-date in one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-session", "s", id));
  g_assert_true (spin_until (dialog_shown, NULL));
  dialog = find_session_dialog ();
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "sam-name"), "Kick-off");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "sam-date"), "2026-02-30");
  g_assert_false (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (dialog), "sam-accept")));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "sam-date"), "2026-02-04");
  gtk_widget_activate (g_object_get_data (G_OBJECT (dialog), "sam-accept"));
  g_assert_true (spin_until (dialog_gone, NULL));
  {
    SamSession *s = sam_project_find_session (project, id);

    g_assert_cmpstr (sam_session_get_name (s), ==, "Kick-off");
    g_assert_cmpstr (sam_session_get_date (s), ==, "2026-02-04");
    g_assert_cmpstr (sam_history_get_undo_label (history), ==, _("Edit Session"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpstr (sam_session_get_name (s), ==, "Kick-off with the pilot schools");
    g_assert_cmpstr (sam_session_get_date (s), ==, "2026-02-03");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  }

  /* The ladder moves on; compare with now. */
  sam_project_set_mark (project, SAM_MARK_CONSUMER_NOW, 2);
  sam_project_set_int (project, school, "role-now", 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-session", "s", id));
  g_assert_true (sam_ladder_view_get_compare_from (SAM_LADDER_VIEW (view)) == sam_project_find_session (project, id));
  gtk_widget_queue_draw (view);
  g_assert_true (spin_until (compare_drawn, view));
  {
    const SamLadderGeometry *geo = sam_ladder_view_get_geometry (SAM_LADDER_VIEW (view));
    gboolean mark = FALSE, school_moved = FALSE;

    for (guint i = 0; i < geo->moves->len; i++)
      {
        const SamMoveBox *m = &g_array_index (geo->moves, SamMoveBox, i);

        mark |= m->kind == SAM_MOVE_MARK && m->mark == SAM_MARK_CONSUMER_NOW && m->from_rung == 1 && m->to_rung == 2;
        school_moved |= m->kind == SAM_MOVE_STAKEHOLDERS && m->count == 1
                        && g_strcmp0 (m->stakeholder_id, sam_stakeholder_get_id (school)) == 0 && m->to_rung == 3;
      }
    g_assert_true (mark);
    g_assert_true (school_moved);
  }
  maybe_screenshot (GTK_WIDGET (window), "sessions-compare-window.png");
  /* The list of sessions, in the bar's popover (a surface of its own). */
  gtk_popover_popup (GTK_POPOVER (sam_sessions_get_list_popover (window)));
  maybe_screenshot (sam_sessions_get_list_popover (window), "sessions-list-popover.png");
  gtk_popover_popdown (GTK_POPOVER (sam_sessions_get_list_popover (window)));

  /* Delete: gone, the compare view off; undo brings both back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-session", "s", id));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 0);
  g_assert_null (sam_ladder_view_get_compare_from (SAM_LADDER_VIEW (view)));
  g_assert_true (spin_until (plain_drawn, view));
  g_assert_false (gtk_widget_get_visible (sam_sessions_get_compare_bar (window)));
  g_assert_cmpstr (sam_history_get_undo_label (history), ==, _("Delete Session"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (sam_project_find_session (project, id));

  sam_history_mark_clean (history);
  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_loop ();
}

static void
test_step_through (void)
{
  SamStakeholder *school = NULL;
  SamWindow *window = window_with_project (&school);
  SamProject *project = sam_window_get_project (window);
  SamLadderView *view = SAM_LADDER_VIEW (sam_window_get_ladder_view (window));
  SamSession *a, *b, *c;

  a = sam_project_record_session (project, "One", "2026-01-10", NULL, NULL);
  sam_project_set_int (project, school, "role-now", 2);
  c = sam_project_record_session (project, "Three", "2026-03-10", NULL, NULL);
  b = sam_project_record_session (project, "Two", "2026-02-10", NULL, NULL);
  /* The compare bar appears with the first session. */
  wait_for (gtk_widget_get_visible (sam_sessions_get_compare_bar (window)));

  /* Two sessions compared with each other, by action. */
  {
    g_autofree char *pair = g_strdup_printf ("%s>%s", sam_session_get_id (a), sam_session_get_id (c));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-session", "s", pair));
    g_assert_true (sam_ladder_view_get_compare_from (view) == a);
    g_assert_true (sam_ladder_view_get_compare_to (view) == c);
  }

  /* The slider steps through them in the order of their dates. */
  {
    GtkWidget *bar = sam_sessions_get_compare_bar (window);
    GtkWidget *scale = NULL;

    for (GtkWidget *child = gtk_widget_get_first_child (bar); child != NULL; child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_SCALE (child))
        scale = child;
    g_assert_nonnull (scale);
    g_assert_true (gtk_widget_get_visible (scale));
    gtk_range_set_value (GTK_RANGE (scale), 1);
    g_assert_true (sam_ladder_view_get_compare_from (view) == a);
    g_assert_true (sam_ladder_view_get_compare_to (view) == b);
    gtk_range_set_value (GTK_RANGE (scale), 2);
    g_assert_true (sam_ladder_view_get_compare_from (view) == b);
    g_assert_true (sam_ladder_view_get_compare_to (view) == c);
    gtk_range_set_value (GTK_RANGE (scale), 3);
    g_assert_true (sam_ladder_view_get_compare_from (view) == c);
    g_assert_null (sam_ladder_view_get_compare_to (view));
  }

  /* Off. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-session", "s", ""));
  g_assert_null (sam_ladder_view_get_compare_from (view));

  sam_history_mark_clean (sam_project_get_history (project));
  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_loop ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/sessions-window/record-edit-delete", test_record_edit_delete);
  g_test_add_func ("/samenspel/sessions-window/step-through", test_step_through);

  return g_test_run ();
}
