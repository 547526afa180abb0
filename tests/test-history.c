/* test-history.c: the undo engine on its own, with plain GObjects */

#include "config.h"

#include "sam-history.h"
#include "sam-project.h"

static void
test_history_property (void)
{
  g_autoptr(SamHistory) history = sam_history_new ();
  g_autoptr(SamStakeholder) s = sam_stakeholder_new ("Library");
  g_auto(GValue) v = G_VALUE_INIT;

  g_assert_false (sam_history_can_undo (history));
  g_assert_false (sam_history_get_dirty (history));

  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, 3);
  sam_history_set_property (history, G_OBJECT (s), "role-now", &v, FALSE);
  g_assert_cmpint (sam_stakeholder_get_role_now (s), ==, 3);
  g_assert_true (sam_history_can_undo (history));
  g_assert_true (sam_history_get_dirty (history));

  /* Setting the same value again records nothing. */
  sam_history_set_property (history, G_OBJECT (s), "role-now", &v, FALSE);
  g_assert_true (sam_history_undo (history));
  g_assert_cmpint (sam_stakeholder_get_role_now (s), ==, 0);
  g_assert_false (sam_history_can_undo (history));
  g_assert_false (sam_history_get_dirty (history));
  g_assert_true (sam_history_redo (history));
  g_assert_cmpint (sam_stakeholder_get_role_now (s), ==, 3);
  g_assert_false (sam_history_redo (history));
}

static void
test_history_merge_typing (void)
{
  g_autoptr(SamHistory) history = sam_history_new ();
  g_autoptr(SamStakeholder) s = sam_stakeholder_new ("");
  const char *steps[] = { "T", "Th", "The", "Thea", "Theatre" };
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_value_set_string (&v, steps[i]);
      sam_history_set_property (history, G_OBJECT (s), "name", &v, TRUE);
    }
  g_assert_cmpstr (sam_stakeholder_get_name (s), ==, "Theatre");

  /* A sealed history (focus left the field) starts a new step. */
  sam_history_seal (history);
  g_value_set_string (&v, "Theatre De Pul");
  sam_history_set_property (history, G_OBJECT (s), "name", &v, TRUE);

  g_assert_true (sam_history_undo (history));
  g_assert_cmpstr (sam_stakeholder_get_name (s), ==, "Theatre");
  g_assert_true (sam_history_undo (history));
  g_assert_cmpstr (sam_stakeholder_get_name (s), ==, "");
  g_assert_false (sam_history_can_undo (history));

  /* Typing into another property is another step. */
  g_value_set_string (&v, "a");
  sam_history_set_property (history, G_OBJECT (s), "name", &v, TRUE);
  sam_history_set_property (history, G_OBJECT (s), "notes", &v, TRUE);
  g_assert_true (sam_history_undo (history));
  g_assert_cmpstr (sam_stakeholder_get_notes (s), ==, "");
  g_assert_cmpstr (sam_stakeholder_get_name (s), ==, "a");
}

static void
test_history_store (void)
{
  g_autoptr(SamHistory) history = sam_history_new ();
  g_autoptr(GListStore) store = g_list_store_new (SAM_TYPE_NOTE);
  g_autoptr(SamNote) a = sam_note_new ("a", SAM_NOTE_KIND_FEAR);
  g_autoptr(SamNote) b = sam_note_new ("b", SAM_NOTE_KIND_IDEA);
  g_autoptr(SamNote) first = NULL;

  sam_history_insert (history, store, 0, G_OBJECT (a));
  sam_history_insert (history, store, 0, G_OBJECT (b));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  sam_history_remove (history, store, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);

  g_assert_true (sam_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_true (first == b);
  g_assert_true (sam_history_undo (history));
  g_assert_true (sam_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_true (sam_history_redo (history));
  g_assert_true (sam_history_redo (history));
  g_assert_true (sam_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
}

static void
test_history_groups_and_dirty (void)
{
  g_autoptr(SamHistory) history = sam_history_new ();
  g_autoptr(SamStakeholder) s = sam_stakeholder_new ("x");
  g_auto(GValue) v = G_VALUE_INIT;


  g_value_init (&v, G_TYPE_BOOLEAN);
  sam_history_begin_group (history, "Both");
  g_value_set_boolean (&v, TRUE);
  sam_history_set_property (history, G_OBJECT (s), "ambassador", &v, FALSE);
  sam_history_set_property (history, G_OBJECT (s), "critical-voice", &v, FALSE);
  sam_history_end_group (history);
  g_assert_cmpstr (sam_history_get_undo_label (history), ==, "Both");

  sam_history_mark_clean (history);
  g_assert_false (sam_history_get_dirty (history));
  g_assert_true (sam_history_undo (history));
  g_assert_true (sam_history_get_dirty (history));
  g_assert_false (sam_stakeholder_get_ambassador (s));
  g_assert_false (sam_stakeholder_get_critical_voice (s));
  g_assert_cmpstr (sam_history_get_redo_label (history), ==, "Both");
  g_assert_true (sam_history_redo (history));
  g_assert_false (sam_history_get_dirty (history));

  /* Undo past the saved state, then edit: the saved state is gone for good. */
  g_assert_true (sam_history_undo (history));
  g_value_set_boolean (&v, TRUE);
  sam_history_set_property (history, G_OBJECT (s), "informed-only", &v, FALSE);
  g_assert_false (sam_history_can_redo (history));
  g_assert_true (sam_history_get_dirty (history));
  g_assert_true (sam_history_undo (history));
  g_assert_true (sam_history_get_dirty (history));

  /* An empty group records nothing. */
  sam_history_clear (history);
  sam_history_begin_group (history, "Nothing");
  sam_history_end_group (history);
  g_assert_false (sam_history_can_undo (history));
  g_assert_false (sam_history_get_dirty (history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/history/property", test_history_property);
  g_test_add_func ("/samenspel/history/merge-typing", test_history_merge_typing);
  g_test_add_func ("/samenspel/history/store", test_history_store);
  g_test_add_func ("/samenspel/history/groups-and-dirty", test_history_groups_and_dirty);

  return g_test_run ();
}
