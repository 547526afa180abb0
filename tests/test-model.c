/* test-model.c: SamProject, SamStakeholder, SamNote and their undoable edits */

#include "config.h"

#include "sam-ladder.h"
#include "sam-project.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_model_defaults (void)
{
  SamProject *project = sam_project_new ();
  const char *id = sam_project_get_id (project);

  g_assert_nonnull (id);
  g_assert_true (g_uuid_string_is_valid (id));
  g_assert_cmpstr (sam_project_get_title (project), ==, "");
  for (guint m = 0; m < SAM_N_MARKS; m++)
    g_assert_cmpint (sam_project_get_mark (project, m), ==, 0);
  g_assert_cmpint (sam_project_get_verdict (project), ==, SAM_VERDICT_UNSET);
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_stakeholders (project)), ==, 0);
  g_assert_false (sam_history_get_dirty (sam_project_get_history (project)));
  g_assert_finalize_object (project);
}

static void
test_model_notify_only_on_change (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  guint count = 0;

  g_signal_connect (project, "notify::title", G_CALLBACK (count_notify_cb), &count);
  g_object_set (project, "title", "Pilot", NULL);
  g_object_set (project, "title", "Pilot", NULL);
  g_assert_cmpuint (count, ==, 1);

  sam_project_set_string (project, project, "title", "Pilot");
  g_assert_cmpuint (count, ==, 1);
  g_assert_false (sam_history_can_undo (sam_project_get_history (project)));
}

static void
test_model_undo_every_kind (void)
{
  SamProject *project = sam_project_new ();
  SamHistory *history = sam_project_get_history (project);
  SamStakeholder *s = sam_stakeholder_new ("Library");
  SamNote *note = sam_note_new ("Will schools still book us?", SAM_NOTE_KIND_FEAR);
  guint steps = 0;

  /* Each block is one kind of edit; all are undone at the end in order. */
  sam_project_set_string (project, project, "title", "Culture path"); steps++;
  sam_history_seal (history);
  sam_project_set_string (project, project, "organisation", "Stichting C"); steps++;
  sam_history_seal (history);
  sam_project_set_mark (project, SAM_MARK_PRODUCER_NOW, 1); steps++;
  sam_project_set_mark (project, SAM_MARK_PRODUCER_WANTED, 4); steps++;
  sam_project_set_mark (project, SAM_MARK_CONSUMER_NOW, 1); steps++;
  sam_project_set_mark (project, SAM_MARK_CONSUMER_WANTED, 3); steps++;
  for (guint f = 0; f < SAM_VISION_N_FIELDS; f++)
    {
      sam_project_set_string (project, project, sam_vision_property_name (f), "answer"); steps++;
      sam_history_seal (history);
    }
  sam_project_set_enum (project, project, "verdict", SAM_VERDICT_PARTLY); steps++;

  sam_project_add_stakeholder (project, s, -1); steps++;
  sam_project_set_string (project, s, "category", "library"); steps++;
  sam_history_seal (history);
  sam_project_set_enum (project, s, "willingness", SAM_WILLINGNESS_HIGH); steps++;
  sam_project_set_int (project, s, "role-now", 2); steps++;
  sam_project_set_int (project, s, "role-wanted", 4); steps++;
  sam_project_set_boolean (project, s, "ambassador", TRUE); steps++;

  sam_project_add_note (project, note, 0); steps++;
  sam_project_set_enum (project, note, "status", SAM_NOTE_STATUS_DISCUSSED); steps++;
  sam_project_set_string (project, note, "stakeholder-id", sam_stakeholder_get_id (s)); steps++;

  /* Removing the stakeholder unlinks the note in the same step. */
  sam_project_remove_stakeholder (project, s); steps++;
  g_assert_cmpstr (sam_note_get_stakeholder_id (note), ==, "");
  g_assert_null (sam_project_find_stakeholder (project, sam_stakeholder_get_id (s)));
  g_assert_true (sam_history_undo (history)); steps--;
  g_assert_true (sam_project_find_stakeholder (project, sam_stakeholder_get_id (s)) == s);
  g_assert_cmpstr (sam_note_get_stakeholder_id (note), ==, sam_stakeholder_get_id (s));

  g_assert_cmpstr (sam_project_get_title (project), ==, "Culture path");
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_WANTED), ==, 4);
  g_assert_cmpint (sam_stakeholder_get_willingness (s), ==, SAM_WILLINGNESS_HIGH);
  g_assert_true (sam_history_get_dirty (history));

  for (guint i = 0; i < steps; i++)
    g_assert_true (sam_history_undo (history));
  g_assert_false (sam_history_can_undo (history));
  g_assert_false (sam_history_get_dirty (history));
  g_assert_cmpstr (sam_project_get_title (project), ==, "");
  g_assert_cmpstr (sam_project_get_organisation (project), ==, "");
  for (guint m = 0; m < SAM_N_MARKS; m++)
    g_assert_cmpint (sam_project_get_mark (project, m), ==, 0);
  for (guint f = 0; f < SAM_VISION_N_FIELDS; f++)
    g_assert_cmpstr (sam_project_get_vision (project, f), ==, "");
  g_assert_cmpint (sam_project_get_verdict (project), ==, SAM_VERDICT_UNSET);
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_stakeholders (project)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_notes (project)), ==, 0);
  g_assert_cmpstr (sam_stakeholder_get_category (s), ==, "");
  g_assert_false (sam_stakeholder_get_ambassador (s));
  g_assert_cmpint (sam_note_get_status (note), ==, SAM_NOTE_STATUS_PARKED);

  for (guint i = 0; i < steps; i++)
    g_assert_true (sam_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_stakeholders (project)), ==, 1);
  g_assert_cmpint (sam_stakeholder_get_role_wanted (s), ==, 4);
  g_assert_cmpstr (sam_note_get_stakeholder_id (note), ==, sam_stakeholder_get_id (s));
  g_assert_cmpint (sam_project_get_verdict (project), ==, SAM_VERDICT_PARTLY);

  /* The project, its history and items are freed together: no cycles. */
  g_assert_finalize_object (project);
  g_assert_finalize_object (s);
  g_assert_finalize_object (note);
}

static void
test_model_modified_times (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(SamStakeholder) s = sam_stakeholder_new ("Pupil");

  g_object_set (s, "modified", (gint64) 1000, NULL);
  g_object_set (project, "modified", (gint64) 1000, NULL);
  sam_project_load_stakeholder (project, s);
  g_assert_cmpint (sam_stakeholder_get_modified (s), ==, 1000);

  sam_project_set_string (project, s, "name", "Pupils");
  g_assert_cmpint (sam_stakeholder_get_modified (s), >, 1000);
  g_assert_cmpint (sam_project_get_modified (project), >, 1000);
}

static void
test_model_copy (void)
{
  g_autoptr(SamStakeholder) s = sam_stakeholder_new ("Theatre");
  g_autoptr(SamStakeholder) copy = NULL;
  g_autoptr(SamNote) note = sam_note_new ("Time", SAM_NOTE_KIND_OBSTACLE);
  g_autoptr(SamNote) note_copy = NULL;

  g_object_set (s, "role-now", 2, "ambassador", TRUE, "category", "theatre", NULL);
  copy = sam_stakeholder_copy (s);
  g_assert_cmpstr (sam_stakeholder_get_id (copy), !=, sam_stakeholder_get_id (s));
  g_assert_cmpstr (sam_stakeholder_get_name (copy), ==, "Theatre");
  g_assert_cmpstr (sam_stakeholder_get_category (copy), ==, "theatre");
  g_assert_cmpint (sam_stakeholder_get_role_now (copy), ==, 2);
  g_assert_true (sam_stakeholder_get_ambassador (copy));

  note_copy = sam_note_copy (note);
  g_assert_cmpstr (sam_note_get_id (note_copy), !=, sam_note_get_id (note));
  g_assert_cmpint (sam_note_get_kind (note_copy), ==, SAM_NOTE_KIND_OBSTACLE);
}

static void
test_model_stakeholder_side (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  SamHistory *history = sam_project_get_history (project);
  g_autoptr(SamStakeholder) s = sam_stakeholder_new ("Theatre");
  g_autoptr(SamStakeholder) copy = NULL;
  guint count = 0;

  /* A new stakeholder takes part, as every stakeholder did before sides. */
  g_assert_cmpint (sam_stakeholder_get_side (s), ==, SAM_SIDE_CONSUMER);
  sam_project_add_stakeholder (project, s, -1);
  sam_project_set_int (project, s, "role-now", 2);
  sam_history_seal (history);

  g_signal_connect (s, "notify::side", G_CALLBACK (count_notify_cb), &count);
  sam_project_set_enum (project, s, "side", SAM_SIDE_CONSUMER);
  g_assert_cmpuint (count, ==, 0);
  sam_project_set_enum (project, s, "side", SAM_SIDE_PRODUCER);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (s, "side", SAM_SIDE_PRODUCER, NULL);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpint (sam_stakeholder_get_side (s), ==, SAM_SIDE_PRODUCER);
  /* The rung number stays: rung n of one side pairs with rung n of the other. */
  g_assert_cmpint (sam_stakeholder_get_role_now (s), ==, 2);

  copy = sam_stakeholder_copy (s);
  g_assert_cmpint (sam_stakeholder_get_side (copy), ==, SAM_SIDE_PRODUCER);

  /* One undo step, back to the consumer side. */
  g_assert_true (sam_history_can_undo (history));
  g_assert_true (sam_history_undo (history));
  g_assert_cmpint (sam_stakeholder_get_side (s), ==, SAM_SIDE_CONSUMER);
  g_assert_cmpint (sam_stakeholder_get_role_now (s), ==, 2);
  g_assert_true (sam_history_redo (history));
  g_assert_cmpint (sam_stakeholder_get_side (s), ==, SAM_SIDE_PRODUCER);

  g_assert_cmpstr (sam_enum_to_nick (SAM_TYPE_SIDE, SAM_SIDE_PRODUCER), ==, "producer");
  g_assert_cmpstr (sam_enum_to_nick (SAM_TYPE_SIDE, SAM_SIDE_CONSUMER), ==, "consumer");
}

static void
test_model_ladder_definition (void)
{
  for (int side = SAM_SIDE_PRODUCER; side <= SAM_SIDE_CONSUMER; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      {
        const SamLadderRole *role = sam_ladder_get_role (side, rung);

        g_assert_nonnull (role);
        g_assert_cmpint (role->rung, ==, rung);
        g_assert_cmpint (role->side, ==, side);
        g_assert_cmpuint (strlen (role->title), >, 0);
        g_assert_cmpuint (strlen (role->summary), <, strlen (role->description));
      }
  g_assert_cmpstr (sam_ladder_get_role (SAM_SIDE_PRODUCER, 4)->id, ==, "facilitator");
  g_assert_cmpstr (sam_ladder_get_role (SAM_SIDE_CONSUMER, 4)->id, ==, "co-creator");
  g_assert_false (sam_ladder_rung_is_valid (0));
  g_assert_false (sam_ladder_rung_is_valid (5));
  g_assert_cmpint (sam_mark_get_side (SAM_MARK_CONSUMER_WANTED), ==, SAM_SIDE_CONSUMER);
  g_assert_true (sam_mark_is_wanted (SAM_MARK_PRODUCER_WANTED));
}

static void
test_model_enum_nicks (void)
{
  int value = -1;

  g_assert_cmpstr (sam_enum_to_nick (SAM_TYPE_NOTE_KIND, SAM_NOTE_KIND_IDEA), ==, "idea");
  g_assert_true (sam_enum_from_nick (SAM_TYPE_WILLINGNESS, "high", &value));
  g_assert_cmpint (value, ==, SAM_WILLINGNESS_HIGH);
  g_assert_false (sam_enum_from_nick (SAM_TYPE_WILLINGNESS, "HIGH", &value));
  g_assert_false (sam_enum_from_nick (SAM_TYPE_NOTE_STATUS, NULL, &value));
  g_assert_null (sam_enum_to_nick (SAM_TYPE_VERDICT, 99));
  g_assert_cmpstr (sam_enum_to_label (SAM_TYPE_NOTE_STATUS, SAM_NOTE_STATUS_PARKED), ==, "Parked");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/model/defaults", test_model_defaults);
  g_test_add_func ("/samenspel/model/notify-only-on-change", test_model_notify_only_on_change);
  g_test_add_func ("/samenspel/model/undo-every-kind", test_model_undo_every_kind);
  g_test_add_func ("/samenspel/model/modified-times", test_model_modified_times);
  g_test_add_func ("/samenspel/model/copy", test_model_copy);
  g_test_add_func ("/samenspel/model/stakeholder-side", test_model_stakeholder_side);
  g_test_add_func ("/samenspel/model/ladder-definition", test_model_ladder_definition);
  g_test_add_func ("/samenspel/model/enum-nicks", test_model_enum_nicks);

  return g_test_run ();
}
