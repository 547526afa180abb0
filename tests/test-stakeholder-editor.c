/* test-stakeholder-editor.c: the stakeholder page in a real window */

#include "config.h"

#include <gtk/gtk.h>

#include "editor-test-util.h"
#include "sam-editor-util.h"
#include "sam-ladder.h"
#include "sam-stakeholder-editor.h"

static SamProject *
project_with_three (void)
{
  SamProject *project = sam_project_new ();
  struct { const char *name, *category, *notes; SamWillingness w; gboolean ambassador, informed; } rows[] = {
    { "Teachers", "teacher", "", SAM_WILLINGNESS_MEDIUM, FALSE, FALSE },
    { "Public library", "library", "reading promotion", SAM_WILLINGNESS_HIGH, TRUE, FALSE },
    { "School boards", "board", "keep them in the loop", SAM_WILLINGNESS_LOW, FALSE, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(SamStakeholder) s = sam_stakeholder_new (rows[i].name);

      g_object_set (s, "category", rows[i].category, "notes", rows[i].notes,
                    "willingness", rows[i].w, "ambassador", rows[i].ambassador,
                    "informed-only", rows[i].informed, NULL);
      sam_project_load_stakeholder (project, s);
    }
  return project;
}

static SamStakeholder *
nth (SamProject *project,
     guint       i)
{
  g_autoptr(SamStakeholder) s = g_list_model_get_item (sam_project_get_stakeholders (project), i);
  return s;  /* the store keeps it alive */
}

static guint
n_stakeholders (SamProject *project)
{
  return g_list_model_get_n_items (sam_project_get_stakeholders (project));
}

static GtkWidget *
child (SamStakeholderEditor *editor,
       const char           *name)
{
  GtkWidget *widget = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                                 SAM_TYPE_STAKEHOLDER_EDITOR, name));
  g_assert_nonnull (widget);
  return widget;
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_card_editing (void)
{
  SamProject *project = project_with_three ();
  SamWindow *window = window_new_with (project);
  SamStakeholderEditor *editor = SAM_STAKEHOLDER_EDITOR (window_page (window, "stakeholders"));
  SamStakeholder *library = nth (project, 1);
  GtkWidget *name_entry = child (editor, "name_entry");
  GtkWidget *notes_view = child (editor, "notes_view");
  g_autofree char *text = NULL;
  guint notified = 0;

  g_signal_connect_swapped (editor, "notify::selected-stakeholder", G_CALLBACK (count_cb), &notified);

  /* The first card is open; selecting by id (as the canvas does) moves it. */
  g_assert_cmpstr (sam_stakeholder_editor_get_selected_stakeholder (editor), ==,
                   sam_stakeholder_get_id (nth (project, 0)));
  g_object_set (editor, "selected-stakeholder", sam_stakeholder_get_id (library), NULL);
  g_assert_cmpuint (notified, ==, 1);
  text = widget_text (name_entry);
  g_assert_cmpstr (text, ==, "Public library");
  g_clear_pointer (&text, g_free);
  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (name_entry)));

  /* Typing is one undo step. */
  gtk_editable_set_position (GTK_EDITABLE (name_entry), -1);
  type_text (name_entry, " Uden");
  g_assert_cmpstr (sam_stakeholder_get_name (library), ==, "Public library Uden");
  undo (window);
  g_assert_cmpstr (sam_stakeholder_get_name (library), ==, "Public library");
  text = widget_text (name_entry);
  g_assert_cmpstr (text, ==, "Public library");
  g_clear_pointer (&text, g_free);
  redo (window);
  g_assert_cmpstr (sam_stakeholder_get_name (library), ==, "Public library Uden");

  /* Every other field of the card. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "category_drop_down")), 1 + 4); /* pupil */
  g_assert_cmpstr (sam_stakeholder_get_category (library), ==, sam_stakeholder_categories ()[4]);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "willingness_drop_down")), SAM_WILLINGNESS_NONE);
  g_assert_cmpint (sam_stakeholder_get_willingness (library), ==, SAM_WILLINGNESS_NONE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "role_now_drop_down")), 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "role_wanted_drop_down")), 4);
  g_assert_cmpint (sam_stakeholder_get_role_now (library), ==, 2);
  g_assert_cmpint (sam_stakeholder_get_role_wanted (library), ==, 4);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (editor, "ambassador_check")), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (editor, "informed_check")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (editor, "critical_check")), TRUE);
  g_assert_false (sam_stakeholder_get_ambassador (library));
  g_assert_true (sam_stakeholder_get_informed_only (library));
  g_assert_true (sam_stakeholder_get_critical_voice (library));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "colour_drop_down")), 1);
  g_assert_cmpstr (sam_stakeholder_get_colour (library), ==, "#3584e4");
  type_text (child (editor, "interest_entry"), "Reading");
  type_text (child (editor, "benefit_entry"), "Ties");
  type_text (notes_view, "Call in May");
  g_assert_cmpstr (sam_stakeholder_get_interest (library), ==, "Reading");
  g_assert_cmpstr (sam_stakeholder_get_benefit (library), ==, "Ties");
  g_assert_cmpstr (sam_stakeholder_get_notes (library), ==, "reading promotionCall in May");

  /* Undo walks back field by field, and the card follows. */
  undo (window);
  g_assert_cmpstr (sam_stakeholder_get_notes (library), ==, "reading promotion");
  text = widget_text (notes_view);
  g_assert_cmpstr (text, ==, "reading promotion");
  g_clear_pointer (&text, g_free);
  undo (window);
  undo (window);
  undo (window);
  g_assert_cmpstr (sam_stakeholder_get_colour (library), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (child (editor, "colour_drop_down"))), ==, 0);
  undo (window);
  undo (window);
  undo (window);
  g_assert_true (sam_stakeholder_get_ambassador (library));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (child (editor, "ambassador_check"))));

  /* A category from a newer file is kept and shown. */
  sam_project_set_string (project, library, "category", "museum");
  g_assert_cmpstr (sam_choice_drop_down_get_value (GTK_DROP_DOWN (child (editor, "category_drop_down")),
                                                   gtk_drop_down_get_selected (GTK_DROP_DOWN (child (editor, "category_drop_down")))),
                   ==, "museum");

  window_destroy (window);
  /* Nothing the editors made keeps the document alive. */
  g_assert_finalize_object (project);
}

static char *
drop_down_item (GtkWidget *drop_down,
                guint      position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (gtk_drop_down_get_model (GTK_DROP_DOWN (drop_down)), position);

  return g_strdup (gtk_string_object_get_string (item));
}

static void
assert_role_titles (SamStakeholderEditor *editor,
                    SamSide               side)
{
  g_autofree char *expected = g_strdup_printf ("1 · %s", sam_ladder_get_role (side, 1)->title);
  g_autofree char *now = drop_down_item (child (editor, "role_now_drop_down"), 1);
  g_autofree char *wanted = drop_down_item (child (editor, "role_wanted_drop_down"), 1);

  g_assert_cmpstr (now, ==, expected);
  g_assert_cmpstr (wanted, ==, expected);
}

/* The side on the card: picking a provider's category moves the card to
 * the producer side in the same step; the side can be set by hand, keeps
 * the rung numbers, and then a new category leaves it alone; the role
 * drop-downs name the roles of the card's side. */
static void
test_card_side (void)
{
  SamProject *project = project_with_three ();
  SamWindow *window = window_new_with (project);
  SamStakeholderEditor *editor = SAM_STAKEHOLDER_EDITOR (window_page (window, "stakeholders"));
  SamStakeholder *teachers = nth (project, 0);
  GtkDropDown *side = GTK_DROP_DOWN (child (editor, "side_drop_down"));
  GtkDropDown *category = GTK_DROP_DOWN (child (editor, "category_drop_down"));

  g_assert_cmpstr (sam_stakeholder_editor_get_selected_stakeholder (editor), ==, sam_stakeholder_get_id (teachers));
  g_assert_cmpuint (gtk_drop_down_get_selected (side), ==, SAM_SIDE_CONSUMER);
  assert_role_titles (editor, SAM_SIDE_CONSUMER);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "role_now_drop_down")), 3);
  g_assert_cmpint (sam_stakeholder_get_role_now (teachers), ==, 3);

  /* "teacher" → "theatre": the usual side of a theatre, in one step. */
  gtk_drop_down_set_selected (category, 1 + 1);
  g_assert_cmpstr (sam_stakeholder_get_category (teachers), ==, "theatre");
  g_assert_cmpint (sam_stakeholder_get_side (teachers), ==, SAM_SIDE_PRODUCER);
  g_assert_cmpuint (gtk_drop_down_get_selected (side), ==, SAM_SIDE_PRODUCER);
  assert_role_titles (editor, SAM_SIDE_PRODUCER);
  g_assert_cmpint (sam_stakeholder_get_role_now (teachers), ==, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (child (editor, "role_now_drop_down"))), ==, 3);
  undo (window);
  g_assert_cmpstr (sam_stakeholder_get_category (teachers), ==, "teacher");
  g_assert_cmpint (sam_stakeholder_get_side (teachers), ==, SAM_SIDE_CONSUMER);
  assert_role_titles (editor, SAM_SIDE_CONSUMER);
  g_assert_cmpint (sam_stakeholder_get_role_now (teachers), ==, 3);
  redo (window);
  g_assert_cmpint (sam_stakeholder_get_side (teachers), ==, SAM_SIDE_PRODUCER);
  g_assert_cmpuint (gtk_drop_down_get_selected (side), ==, SAM_SIDE_PRODUCER);

  /* By hand: one step, the rung stays. */
  gtk_drop_down_set_selected (side, SAM_SIDE_CONSUMER);
  g_assert_cmpint (sam_stakeholder_get_side (teachers), ==, SAM_SIDE_CONSUMER);
  g_assert_cmpint (sam_stakeholder_get_role_now (teachers), ==, 3);
  assert_role_titles (editor, SAM_SIDE_CONSUMER);
  undo (window);
  g_assert_cmpint (sam_stakeholder_get_side (teachers), ==, SAM_SIDE_PRODUCER);
  g_assert_cmpstr (sam_stakeholder_get_category (teachers), ==, "theatre");
  redo (window);
  g_assert_cmpint (sam_stakeholder_get_side (teachers), ==, SAM_SIDE_CONSUMER);

  /* A side set by hand is not overruled by the next category. */
  gtk_drop_down_set_selected (category, 1 + 3);   /* venue */
  g_assert_cmpstr (sam_stakeholder_get_category (teachers), ==, "venue");
  g_assert_cmpint (sam_stakeholder_get_side (teachers), ==, SAM_SIDE_CONSUMER);

  /* Another card shows its own side, and showing it edits nothing. */
  g_object_set (editor, "selected-stakeholder", sam_stakeholder_get_id (nth (project, 1)), NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (side), ==, SAM_SIDE_CONSUMER);
  sam_project_set_enum (project, nth (project, 1), "side", SAM_SIDE_PRODUCER);
  g_assert_cmpuint (gtk_drop_down_get_selected (side), ==, SAM_SIDE_PRODUCER);
  assert_role_titles (editor, SAM_SIDE_PRODUCER);
  g_object_set (editor, "selected-stakeholder", sam_stakeholder_get_id (teachers), NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (side), ==, SAM_SIDE_CONSUMER);
  assert_role_titles (editor, SAM_SIDE_CONSUMER);
  undo (window);
  g_assert_cmpint (sam_stakeholder_get_side (nth (project, 1)), ==, SAM_SIDE_CONSUMER);
  g_assert_cmpstr (sam_stakeholder_get_category (teachers), ==, "venue");

  window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_add_duplicate_delete (void)
{
  g_autoptr(SamProject) project = project_with_three ();
  SamWindow *window = window_new_with (project);
  SamStakeholderEditor *editor = SAM_STAKEHOLDER_EDITOR (window_page (window, "stakeholders"));
  SamStakeholder *teachers = nth (project, 0);
  g_autoptr(SamStakeholder) doomed = NULL;
  const char *id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "stakeholders.add", NULL));
  g_assert_cmpuint (n_stakeholders (project), ==, 4);
  id = sam_stakeholder_editor_get_selected_stakeholder (editor);
  g_assert_cmpstr (id, ==, sam_stakeholder_get_id (nth (project, 3)));
  undo (window);
  g_assert_cmpuint (n_stakeholders (project), ==, 3);
  /* The card of a stakeholder that is gone closes. */
  g_assert_null (sam_stakeholder_editor_get_selected_stakeholder (editor));

  sam_stakeholder_editor_set_selected_stakeholder (editor, sam_stakeholder_get_id (teachers));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "stakeholders.duplicate", NULL));
  g_assert_cmpuint (n_stakeholders (project), ==, 4);
  g_assert_cmpstr (sam_stakeholder_get_name (nth (project, 1)), ==, "Teachers (copy)");
  g_assert_cmpstr (sam_stakeholder_get_category (nth (project, 1)), ==, "teacher");
  g_assert_cmpstr (sam_stakeholder_editor_get_selected_stakeholder (editor), ==,
                   sam_stakeholder_get_id (nth (project, 1)));
  undo (window);
  g_assert_cmpuint (n_stakeholders (project), ==, 3);

  sam_stakeholder_editor_set_selected_stakeholder (editor, sam_stakeholder_get_id (teachers));
  doomed = g_object_ref (teachers);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "stakeholders.delete", NULL));
  g_assert_cmpuint (n_stakeholders (project), ==, 2);
  g_assert_null (sam_project_find_stakeholder (project, sam_stakeholder_get_id (doomed)));
  /* The next row is selected, for the keyboard user. */
  g_assert_cmpstr (sam_stakeholder_editor_get_selected_stakeholder (editor), ==,
                   sam_stakeholder_get_id (nth (project, 0)));
  undo (window);
  g_assert_cmpuint (n_stakeholders (project), ==, 3);
  g_assert_true (nth (project, 0) == doomed);
  redo (window);
  g_assert_cmpuint (n_stakeholders (project), ==, 2);

  window_destroy (window);
}

static void
test_starter_set (void)
{
  g_autoptr(SamProject) project = project_with_three ();
  SamWindow *window = window_new_with (project);
  SamStakeholderEditor *editor = SAM_STAKEHOLDER_EDITOR (window_page (window, "stakeholders"));
  GtkWidget *nudge = child (editor, "pupil_nudge");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_categories = g_strv_length ((char **) sam_stakeholder_categories ());

  /* No pupil among the three: the nudge shows. */
  g_assert_true (gtk_widget_get_visible (nudge));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "stakeholders.starter-set", NULL));
  /* Every category but "other", minus the three already there. */
  g_assert_cmpuint (n_stakeholders (project), ==, 3 + (n_categories - 1) - 3);
  for (guint i = 0; i < n_stakeholders (project); i++)
    {
      const char *category = sam_stakeholder_get_category (nth (project, i));

      g_assert_false (g_hash_table_contains (seen, category));
      g_hash_table_add (seen, (gpointer) category);
    }
  g_assert_true (g_hash_table_contains (seen, "pupil"));
  g_assert_false (gtk_widget_get_visible (nudge));
  /* The providers of the set supply, the rest take part. */
  for (guint i = 3; i < n_stakeholders (project); i++)
    {
      SamStakeholder *s = nth (project, i);

      g_assert_cmpint (sam_stakeholder_get_side (s), ==,
                       sam_stakeholder_category_side (sam_stakeholder_get_category (s)));
    }
  g_assert_cmpint (sam_stakeholder_category_side ("theatre"), ==, SAM_SIDE_PRODUCER);
  g_assert_cmpint (sam_stakeholder_category_side ("school"), ==, SAM_SIDE_CONSUMER);
  g_assert_cmpint (sam_stakeholder_category_side ("museum"), ==, SAM_SIDE_CONSUMER);

  /* One step. */
  undo (window);
  g_assert_cmpuint (n_stakeholders (project), ==, 3);
  g_assert_true (gtk_widget_get_visible (nudge));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "stakeholders.add-pupils", NULL));
  g_assert_cmpuint (n_stakeholders (project), ==, 4);
  g_assert_cmpstr (sam_stakeholder_get_category (nth (project, 3)), ==, "pupil");
  g_assert_false (gtk_widget_get_visible (nudge));

  window_destroy (window);
}

static gboolean
shown_is (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (sam_stakeholder_editor_get_shown (args[0])) == GPOINTER_TO_UINT (args[1]);
}

static void
test_search_filter_sort (void)
{
  g_autoptr(SamProject) project = project_with_three ();
  SamWindow *window = window_new_with (project);
  SamStakeholderEditor *editor = SAM_STAKEHOLDER_EDITOR (window_page (window, "stakeholders"));
  GListModel *shown = sam_stakeholder_editor_get_shown (editor);
  gpointer args[2] = { editor, NULL };
  g_autoptr(SamStakeholder) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);

  /* Search names and notes, case-insensitively. */
  gtk_editable_set_text (GTK_EDITABLE (child (editor, "search_entry")), "LOOP");
  args[1] = GUINT_TO_POINTER (1);
  g_assert_true (spin_until (shown_is, args));
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (sam_stakeholder_get_name (first), ==, "School boards");
  g_clear_object (&first);
  gtk_editable_set_text (GTK_EDITABLE (child (editor, "search_entry")), "");
  args[1] = GUINT_TO_POINTER (3);
  g_assert_true (spin_until (shown_is, args));

  /* Filters. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child (editor, "ambassadors_toggle")), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child (editor, "ambassadors_toggle")), FALSE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child (editor, "informed_toggle")), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child (editor, "informed_toggle")), FALSE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "willingness_filter")), 1 + SAM_WILLINGNESS_MEDIUM);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "willingness_filter")), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "category_filter")), 1); /* library */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (sam_stakeholder_get_category (first), ==, "library");
  g_clear_object (&first);

  /* Selecting a hidden stakeholder (from the canvas) clears the filters. */
  sam_stakeholder_editor_set_selected_stakeholder (editor, sam_stakeholder_get_id (nth (project, 0)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);

  /* Sorting. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "sort_drop_down")), 1); /* name */
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (sam_stakeholder_get_name (first), ==, "Public library");
  g_clear_object (&first);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "sort_drop_down")), 3); /* willingness */
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpint (sam_stakeholder_get_willingness (first), ==, SAM_WILLINGNESS_HIGH);
  g_clear_object (&first);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "sort_drop_down")), 2); /* category */
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (sam_stakeholder_get_category (first), ==, "library");
  g_clear_object (&first);

  /* An edit that moves a row re-sorts after a pause; the card stays. */
  sam_stakeholder_editor_set_selected_stakeholder (editor, sam_stakeholder_get_id (nth (project, 0)));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "sort_drop_down")), 1); /* name */
  gtk_editable_set_text (GTK_EDITABLE (child (editor, "name_entry")), "Aardvark teachers");
  spin (900);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (sam_stakeholder_get_name (first), ==, "Aardvark teachers");
  g_assert_cmpstr (sam_stakeholder_editor_get_selected_stakeholder (editor), ==, sam_stakeholder_get_id (first));
  g_clear_object (&first);

  /* A change to another row on screen (an undo, the canvas) places it
   * anew too. */
  gtk_stack_set_visible_child_name (sam_window_get_editor_stack (window), "stakeholders");
  spin (100);
  sam_project_set_string (project, nth (project, 2), "name", "Aaa boards");
  spin (900);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (sam_stakeholder_get_name (first), ==, "Aaa boards");

  window_destroy (window);
}

static void
test_large_project (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  SamWindow *window;
  SamStakeholderEditor *editor;
  GtkWidget *list_view;
  GtkAdjustment *vadj;
  const char *categories[] = { "school", "pupil", "teacher", "library", "" };

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Stakeholder %05u", 9999 - i);
      g_autoptr(SamStakeholder) s = sam_stakeholder_new (name);

      g_object_set (s, "category", categories[i % G_N_ELEMENTS (categories)],
                    "willingness", i % 5, "role-now", i % 5, "ambassador", i % 7 == 0, NULL);
      sam_project_load_stakeholder (project, s);
    }

  window = window_new_with (project);
  gtk_stack_set_visible_child_name (sam_window_get_editor_stack (window), "stakeholders");
  editor = SAM_STAKEHOLDER_EDITOR (window_page (window, "stakeholders"));
  list_view = child (editor, "list_view");
  spin (200);

  g_assert_cmpuint (g_list_model_get_n_items (sam_stakeholder_editor_get_shown (editor)), ==, 10000);
  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  for (int step = 0; step <= 10; step++)
    {
      gtk_adjustment_set_value (vadj, (gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj)) * step / 10.0);
      spin (30);
    }
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0);
  /* The list recycles rows: far fewer widgets than items. */
  g_assert_cmpuint (count_widgets (list_view, GTK_TYPE_LABEL), <, 1000);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, "sort_drop_down")), 1); /* name */
  spin (50);
  {
    g_autoptr(SamStakeholder) first = g_list_model_get_item (sam_stakeholder_editor_get_shown (editor), 0);
    g_assert_cmpstr (sam_stakeholder_get_name (first), ==, "Stakeholder 00000");
  }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child (editor, "ambassadors_toggle")), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (sam_stakeholder_editor_get_shown (editor)), ==, (10000 + 6) / 7);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child (editor, "ambassadors_toggle")), FALSE);

  /* Selecting the last one scrolls to it. */
  sam_stakeholder_editor_set_selected_stakeholder (editor, sam_stakeholder_get_id (nth (project, 9999)));
  spin (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "stakeholders.delete", NULL));
  g_assert_cmpuint (n_stakeholders (project), ==, 9999);
  undo (window);
  g_assert_cmpuint (n_stakeholders (project), ==, 10000);
  spin (50);

  window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/stakeholder-editor/card-editing", test_card_editing);
  g_test_add_func ("/samenspel/stakeholder-editor/card-side", test_card_side);
  g_test_add_func ("/samenspel/stakeholder-editor/add-duplicate-delete", test_add_duplicate_delete);
  g_test_add_func ("/samenspel/stakeholder-editor/starter-set", test_starter_set);
  g_test_add_func ("/samenspel/stakeholder-editor/search-filter-sort", test_search_filter_sort);
  g_test_add_func ("/samenspel/stakeholder-editor/large-project", test_large_project);

  return g_test_run ();
}
