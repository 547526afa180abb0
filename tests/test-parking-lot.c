/* test-parking-lot.c: the parking lot in a real window */

#include "config.h"

#include <gtk/gtk.h>

#include "editor-test-util.h"
#include "sam-note-card.h"
#include "sam-parking-lot.h"

static guint
n_notes (SamProject *project)
{
  return g_list_model_get_n_items (sam_project_get_notes (project));
}

static gboolean
card_has_note (GtkWidget *widget,
               gpointer   note)
{
  return sam_note_card_get_note (SAM_NOTE_CARD (widget)) == note;
}

static SamNoteCard *
find_card (SamWindow *window,
           SamNote   *note)
{
  return (SamNoteCard *) find_widget (window_page (window, "parking"), SAM_TYPE_NOTE_CARD,
                                      card_has_note, note);
}

typedef struct {
  SamWindow *window;
  SamNote   *note;
} FocusWait;

static gboolean
note_text_has_focus (gpointer data)
{
  FocusWait *w = data;
  SamNoteCard *card = find_card (w->window, w->note);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (w->window));

  return card != NULL && focus != NULL &&
         (focus == GTK_WIDGET (sam_note_card_get_text_view (card)) ||
          gtk_widget_is_ancestor (focus, GTK_WIDGET (sam_note_card_get_text_view (card))));
}

static gboolean
label_is (GtkWidget *widget,
          gpointer   text)
{
  return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static gboolean
has_name (GtkWidget *widget,
          gpointer   name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static GtkWidget *
field (SamNoteCard *card,
       const char  *name)
{
  GtkWidget *widget = find_widget (GTK_WIDGET (card), GTK_TYPE_WIDGET, has_name, (gpointer) name);

  g_assert_nonnull (widget);
  return widget;
}

static void
test_new_note_keystroke_and_typing (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  SamWindow *window = window_new_with (project);
  SamParkingLot *lot = SAM_PARKING_LOT (window_page (window, "parking"));
  FocusWait wait = { window, NULL };
  SamNoteCard *card;
  GtkWidget *text_view;
  g_autofree char *text = NULL;

  /* Ctrl+B is bound to win.new-note; it opens the page and parks a note. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-note", NULL));
  g_assert_cmpuint (n_notes (project), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sam_window_get_editor_stack (window)), ==, "parking");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (lot)));
  wait.note = g_list_model_get_item (sam_project_get_notes (project), 0);
  g_object_unref (wait.note);
  g_assert_cmpint (sam_note_get_status (wait.note), ==, SAM_NOTE_STATUS_PARKED);

  /* The keyboard focus is in the new note's text: type straight away. */
  g_assert_true (spin_until (note_text_has_focus, &wait));
  card = find_card (window, wait.note);
  text_view = GTK_WIDGET (sam_note_card_get_text_view (card));
  g_assert_false (gtk_text_buffer_get_enable_undo (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view))));
  type_text (text_view, "We lose our fixed menu");
  g_assert_cmpstr (sam_note_get_text (wait.note), ==, "We lose our fixed menu");

  /* Typing is one step, parking another. */
  undo (window);
  g_assert_cmpstr (sam_note_get_text (wait.note), ==, "");
  text = widget_text (text_view);
  g_assert_cmpstr (text, ==, "");
  undo (window);
  g_assert_cmpuint (n_notes (project), ==, 0);
  g_assert_false (sam_history_can_undo (sam_project_get_history (project)));
  redo (window);
  redo (window);
  g_assert_cmpuint (n_notes (project), ==, 1);
  g_assert_cmpstr (sam_note_get_text (wait.note), ==, "We lose our fixed menu");

  window_destroy (window);
}

static SamProject *
project_with_notes (void)
{
  SamProject *project = sam_project_new ();
  g_autoptr(SamStakeholder) pupils = sam_stakeholder_new ("Pupils");
  const char *texts[] = { "Fear of losing the menu", "No time in the timetable", "Who pays?", "Pupil council" };

  sam_project_load_stakeholder (project, pupils);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(SamNote) note = sam_note_new (texts[i], (SamNoteKind) i);

      sam_project_load_note (project, note);
    }
  return project;
}

static gboolean
shown_is (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
test_card_fields_filter_review (void)
{
  SamProject *project = project_with_notes ();
  SamWindow *window = window_new_with (project);
  SamParkingLot *lot = SAM_PARKING_LOT (window_page (window, "parking"));
  GListModel *notes = sam_project_get_notes (project);
  g_autoptr(SamNote) question = g_list_model_get_item (notes, 2);
  g_autoptr(SamNote) idea = g_list_model_get_item (notes, 3);
  SamStakeholder *pupils = sam_project_find_stakeholder (project, sam_stakeholder_get_id (
                             g_list_model_get_item (sam_project_get_stakeholders (project), 0)));
  GtkDropDown *filter = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (lot), SAM_TYPE_PARKING_LOT,
                                                                      "status_filter"));
  gpointer args[2] = { sam_parking_lot_get_shown (lot), NULL };
  SamNoteCard *card;

  g_object_unref (pupils);  /* the extra reference of g_list_model_get_item */
  gtk_stack_set_visible_child_name (sam_window_get_editor_stack (window), "parking");
  /* The board makes its cards once the page is on screen. */
  wait_for ((card = find_card (window, question)) != NULL);
  /* Kind as colour and as icon + label. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "question"));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (field (card, "kind"))), ==,
                    SAM_NOTE_KIND_QUESTION);

  /* Kind, status, owner, linked stakeholder: each undoable. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (card, "kind")), SAM_NOTE_KIND_OBSTACLE);
  g_assert_cmpint (sam_note_get_kind (question), ==, SAM_NOTE_KIND_OBSTACLE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "obstacle"));
  type_text (field (card, "owner"), "Anna");
  g_assert_cmpstr (sam_note_get_owner (question), ==, "Anna");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (card, "stakeholder")), 1);
  g_assert_cmpstr (sam_note_get_stakeholder_id (question), ==, sam_stakeholder_get_id (pupils));
  /* The drop-down shows the name, and follows a rename. */
  g_assert_nonnull (find_widget (field (card, "stakeholder"), GTK_TYPE_LABEL, label_is, (gpointer) "Pupils"));
  sam_project_set_string (project, pupils, "name", "Pupil council");
  g_assert_nonnull (find_widget (field (card, "stakeholder"), GTK_TYPE_LABEL, label_is, (gpointer) "Pupil council"));
  undo (window);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (card, "status")), SAM_NOTE_STATUS_RESOLVED);
  g_assert_cmpint (sam_note_get_status (question), ==, SAM_NOTE_STATUS_RESOLVED);

  undo (window);
  g_assert_cmpint (sam_note_get_status (question), ==, SAM_NOTE_STATUS_PARKED);
  undo (window);
  g_assert_cmpstr (sam_note_get_stakeholder_id (question), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (field (card, "stakeholder"))), ==, 0);
  undo (window);
  g_assert_cmpstr (sam_note_get_owner (question), ==, "");
  undo (window);
  g_assert_cmpint (sam_note_get_kind (question), ==, SAM_NOTE_KIND_QUESTION);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "question"));
  redo (window);
  redo (window);
  redo (window);
  redo (window);
  g_assert_cmpint (sam_note_get_status (question), ==, SAM_NOTE_STATUS_RESOLVED);

  /* Deleting a linked stakeholder drops the link in the same step. */
  sam_project_remove_stakeholder (project, pupils);
  g_assert_cmpstr (sam_note_get_stakeholder_id (question), ==, "");
  undo (window);
  g_assert_cmpstr (sam_note_get_stakeholder_id (question), ==, sam_stakeholder_get_id (pupils));

  /* Filter by status. */
  gtk_drop_down_set_selected (filter, 1 + SAM_NOTE_STATUS_RESOLVED);
  args[1] = GUINT_TO_POINTER (1);
  g_assert_true (spin_until (shown_is, args));
  gtk_drop_down_set_selected (filter, 1 + SAM_NOTE_STATUS_PARKED);
  args[1] = GUINT_TO_POINTER (3);
  g_assert_true (spin_until (shown_is, args));

  /* The review lists what is still parked; "Discussed" takes it off. */
  args[0] = sam_parking_lot_get_review (lot);
  g_assert_true (spin_until (shown_is, args));
  sam_project_set_enum (project, idea, "status", SAM_NOTE_STATUS_DISCUSSED);
  args[1] = GUINT_TO_POINTER (2);
  g_assert_true (spin_until (shown_is, args));
  args[0] = sam_parking_lot_get_shown (lot);
  g_assert_true (spin_until (shown_is, args));

  /* Delete from the card, undoably. */
  gtk_drop_down_set_selected (filter, 0);
  wait_for ((card = find_card (window, idea)) != NULL);
  g_signal_emit_by_name (field (card, "delete"), "clicked");
  g_assert_cmpuint (n_notes (project), ==, 3);
  g_assert_null (sam_project_find_note (project, sam_note_get_id (idea)));
  undo (window);
  g_assert_cmpuint (n_notes (project), ==, 4);
  g_assert_nonnull (sam_project_find_note (project, sam_note_get_id (idea)));

  /* A new note under a filter that hides parked notes shows anyway. */
  gtk_drop_down_set_selected (filter, 1 + SAM_NOTE_STATUS_RESOLVED);
  sam_parking_lot_new_note (lot);
  g_assert_cmpuint (gtk_drop_down_get_selected (filter), ==, 0);

  window_destroy (window);
  /* Nothing the editors made keeps the document alive. */
  g_assert_finalize_object (project);
}

static void
test_large_board (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  SamWindow *window;
  SamParkingLot *lot;
  GtkWidget *grid;
  GtkAdjustment *vadj;
  FocusWait wait;

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Stakeholder %u", i);
      g_autofree char *text = g_strdup_printf ("Bear number %u on the road", i);
      g_autoptr(SamStakeholder) s = sam_stakeholder_new (name);
      g_autoptr(SamNote) note = sam_note_new (text, i % 4);

      g_object_set (note, "status", i % 3, "stakeholder-id", sam_stakeholder_get_id (s), NULL);
      sam_project_load_stakeholder (project, s);
      sam_project_load_note (project, note);
    }

  window = window_new_with (project);
  gtk_stack_set_visible_child_name (sam_window_get_editor_stack (window), "parking");
  lot = SAM_PARKING_LOT (window_page (window, "parking"));
  grid = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (lot), SAM_TYPE_PARKING_LOT, "grid_view"));
  wait_for_frame (grid);

  g_assert_cmpuint (g_list_model_get_n_items (sam_parking_lot_get_shown (lot)), ==, 10000);
  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (grid));
  for (int step = 0; step <= 10; step++)
    {
      gtk_adjustment_set_value (vadj, (gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj)) * step / 10.0);
      /* Drawn at the new place: the cards there are made or recycled. */
      wait_for_frame (grid);
    }
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0);
  /* Cards are recycled, not made for every note. */
  g_assert_cmpuint (count_widgets (grid, SAM_TYPE_NOTE_CARD), <, 500);

  /* Parking a note at the end of ten thousand still focuses it. */
  wait.window = window;
  wait.note = sam_parking_lot_new_note (lot);
  g_assert_true (spin_until (note_text_has_focus, &wait));
  g_assert_cmpuint (g_list_model_get_n_items (sam_parking_lot_get_review (lot)), ==, 3334 + 1);

  window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/parking-lot/new-note-and-typing", test_new_note_keystroke_and_typing);
  g_test_add_func ("/samenspel/parking-lot/card-fields-filter-review", test_card_fields_filter_review);
  g_test_add_func ("/samenspel/parking-lot/large-board", test_large_board);

  return g_test_run ();
}
