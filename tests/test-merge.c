/* test-merge.c: merging an edited copy back (model level, no display) */

#include "config.h"

#include "sam-merge.h"
#include "sam-project-io.h"

/* A copy of every property and unknown member, ids kept: what a colleague
 * gets when the file is sent by email and opened. */
static void
copy_properties (GObject *target,
                 GObject *source)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (source), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_WRITABLE) || (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (source, pspecs[i]->name, &value);
      g_object_set_property (target, pspecs[i]->name, &value);
    }
}

static JsonObject *
deep_copy (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) copy = NULL;

  json_node_set_object (node, object);
  text = json_to_string (node, FALSE);
  copy = json_from_string (text, NULL);
  return json_object_ref (json_node_get_object (copy));
}

static SamProject *
send_copy (SamProject *project)
{
  SamProject *copy = sam_project_new_with_id (sam_project_get_id (project));
  GListModel *list;
  g_autoptr(GList) sections = sam_project_list_unknown_sections (project);

  copy_properties (G_OBJECT (copy), G_OBJECT (project));
  list = sam_project_get_stakeholders (project);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
      g_autoptr(SamStakeholder) c = sam_stakeholder_new_with_id (sam_stakeholder_get_id (s));

      copy_properties (G_OBJECT (c), G_OBJECT (s));
      if (sam_stakeholder_get_unknown (s) != NULL)
        {
          g_autoptr(JsonObject) u = deep_copy (sam_stakeholder_get_unknown (s));
          sam_stakeholder_set_unknown (c, u);
        }
      sam_project_load_stakeholder (copy, c);
    }
  list = sam_project_get_notes (project);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SamNote) s = g_list_model_get_item (list, i);
      g_autoptr(SamNote) c = sam_note_new_with_id (sam_note_get_id (s));

      copy_properties (G_OBJECT (c), G_OBJECT (s));
      if (sam_note_get_unknown (s) != NULL)
        {
          g_autoptr(JsonObject) u = deep_copy (sam_note_get_unknown (s));
          sam_note_set_unknown (c, u);
        }
      sam_project_load_note (copy, c);
    }
  for (GList *l = sections; l != NULL; l = l->next)
    {
      g_autoptr(JsonObject) u = deep_copy (sam_project_get_unknown (project, l->data));
      sam_project_set_unknown (copy, l->data, u);
    }

  /* The receiving window records what it loaded. */
  sam_merge_record_state (copy);
  return copy;
}

/* A project as saved by the first facilitator. */
static SamProject *
make_project (void)
{
  SamProject *project = sam_project_new ();
  const char *names[] = { "Library", "Theatre", "Primary school" };

  g_object_set (project, "title", "Culture path", "vision-mission", "Bring culture into class", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SamStakeholder) s = sam_stakeholder_new (names[i]);

      g_object_set (s, "role-now", 1, "role-wanted", 3, NULL);
      sam_project_load_stakeholder (project, s);
    }
  {
    g_autoptr(SamNote) n = sam_note_new ("Will schools still book us?", SAM_NOTE_KIND_FEAR);
    sam_project_load_note (project, n);
  }
  /* Saved: the window records the saved state. */
  sam_merge_record_state (project);
  return project;
}

static SamStakeholder *
stakeholder_at (SamProject *project,
                guint       i)
{
  g_autoptr(SamStakeholder) s = g_list_model_get_item (sam_project_get_stakeholders (project), i);
  return s;  /* the project keeps it */
}

static SamStakeholder *
stakeholder_named (SamProject *project,
                   const char *name)
{
  GListModel *list = sam_project_get_stakeholders (project);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      SamStakeholder *s = stakeholder_at (project, i);
      if (g_str_equal (sam_stakeholder_get_name (s), name))
        return s;
    }
  return NULL;
}

static gboolean
has_stakeholder (SamProject *project,
                 const char *name)
{
  return stakeholder_named (project, name) != NULL;
}

static void
test_merge_nothing (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(SamProject) theirs = send_copy (ours);
  g_autoptr(SamMerge) merge = sam_merge_new (ours, theirs, NULL);

  g_assert_nonnull (merge);
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 0);
}

static void
test_merge_one_side (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(SamProject) theirs = send_copy (ours);
  g_autoptr(SamMerge) merge = NULL;
  SamStakeholder *theatre;

  /* They changed the library and the mission; we changed the theatre and
   * the title.  Nothing overlaps: no questions, everything kept. */
  sam_project_set_string (theirs, stakeholder_at (theirs, 0), "interest", "Reading promotion");
  sam_project_set_string (theirs, theirs, "vision-mission", "Pupils create with artists");
  sam_project_set_string (ours, stakeholder_at (ours, 1), "benefit", "New audiences");
  sam_project_set_string (ours, ours, "title", "Culture path 2027");

  merge = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_conflicts (merge), ==, 0);
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpint (sam_merge_get_change (merge, i)->kind, ==, SAM_MERGE_CHANGE_THEIRS_EDITED);
  sam_merge_apply (merge);

  g_assert_cmpstr (sam_stakeholder_get_interest (stakeholder_at (ours, 0)), ==, "Reading promotion");
  g_assert_cmpstr (sam_project_get_vision (ours, SAM_VISION_MISSION), ==, "Pupils create with artists");
  theatre = stakeholder_at (ours, 1);
  g_assert_cmpstr (sam_stakeholder_get_benefit (theatre), ==, "New audiences");
  g_assert_cmpstr (sam_project_get_title (ours), ==, "Culture path 2027");
}

/* A stakeholder moved to the other side of the ladder is a change: only
 * theirs, it is taken; on both sides to different places, a question
 * whose texts name the side and the roles of each side. A consumer
 * fingerprints as before sides existed. */
static void
test_merge_side (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(SamProject) theirs = send_copy (ours);
  g_autoptr(SamMerge) merge = NULL;
  g_autoptr(SamMerge) again = NULL;
  g_autofree char *before = sam_merge_fingerprint (G_OBJECT (stakeholder_at (ours, 1)));
  g_autofree char *after = NULL;
  g_autofree char *back = NULL;
  const SamMergeChange *change;

  /* Theirs: the theatre supplies. */
  sam_project_set_enum (theirs, stakeholder_at (theirs, 1), "side", SAM_SIDE_PRODUCER);
  after = sam_merge_fingerprint (G_OBJECT (stakeholder_at (theirs, 1)));
  g_assert_cmpstr (before, !=, after);

  merge = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_conflicts (merge), ==, 0);
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 1);
  change = sam_merge_get_change (merge, 0);
  g_assert_cmpint (change->kind, ==, SAM_MERGE_CHANGE_THEIRS_EDITED);
  sam_merge_apply (merge);
  g_assert_cmpint (sam_stakeholder_get_side (stakeholder_at (ours, 1)), ==, SAM_SIDE_PRODUCER);
  g_assert_cmpint (sam_stakeholder_get_role_now (stakeholder_at (ours, 1)), ==, 1);

  /* Back to the consumer side: the fingerprint it had before. */
  g_object_set (stakeholder_at (ours, 1), "side", SAM_SIDE_CONSUMER, NULL);
  back = sam_merge_fingerprint (G_OBJECT (stakeholder_at (ours, 1)));
  g_assert_cmpstr (back, ==, before);
  g_object_set (stakeholder_at (ours, 1), "side", SAM_SIDE_PRODUCER, NULL);

  /* Both moved the library, to different sides and rungs: a question. */
  sam_merge_record_state (ours);
  g_clear_object (&theirs);
  theirs = send_copy (ours);
  sam_project_set_enum (ours, stakeholder_at (ours, 0), "side", SAM_SIDE_PRODUCER);
  sam_project_set_int (theirs, stakeholder_at (theirs, 0), "role-now", 2);
  again = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_conflicts (again), ==, 1);
  change = sam_merge_get_change (again, 0);
  g_assert_cmpint (change->kind, ==, SAM_MERGE_CHANGE_BOTH_EDITED);
  g_test_message ("ours: %s / theirs: %s", change->ours_text, change->theirs_text);
  g_assert_nonnull (strstr (change->ours_text, "Side: Producer"));
  /* Rung 1 of the producer side for ours, rung 2 of the consumer side for theirs. */
  g_assert_nonnull (strstr (change->ours_text, "Mass customiser"));
  g_assert_nonnull (strstr (change->theirs_text, "Side: Consumer"));
  g_assert_nonnull (strstr (change->theirs_text, "Inspirer"));
}

static void
test_merge_edit_edit (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(SamProject) theirs = send_copy (ours);
  g_autoptr(SamProject) ours2 = NULL;
  g_autoptr(SamProject) theirs2 = NULL;
  g_autoptr(SamMerge) merge = NULL;
  const SamMergeChange *change;
  g_autofree char *id = g_strdup (sam_stakeholder_get_id (stakeholder_at (ours, 0)));

  sam_project_set_string (ours, stakeholder_at (ours, 0), "interest", "Lending books");
  sam_project_set_string (theirs, stakeholder_at (theirs, 0), "interest", "Reading clubs");

  merge = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 1);
  g_assert_cmpuint (sam_merge_get_n_conflicts (merge), ==, 1);
  change = sam_merge_get_change (merge, 0);
  g_assert_cmpint (change->kind, ==, SAM_MERGE_CHANGE_BOTH_EDITED);
  g_assert_cmpint (change->item_kind, ==, SAM_MERGE_ITEM_STAKEHOLDER);
  g_assert_cmpstr (change->id, ==, id);
  g_assert_nonnull (strstr (change->label, "Library"));
  g_assert_nonnull (strstr (change->ours_text, "Lending books"));
  g_assert_nonnull (strstr (change->theirs_text, "Reading clubs"));

  /* The user picks theirs. */
  sam_merge_set_choice (merge, 0, SAM_MERGE_CHOICE_THEIRS);
  sam_merge_apply (merge);
  g_assert_cmpstr (sam_stakeholder_get_interest (stakeholder_at (ours, 0)), ==, "Reading clubs");

  /* Their copy comes back again, unchanged since: the merged result knows
   * their state, so nothing is asked a second time. */
  {
    g_autoptr(SamMerge) again = sam_merge_new (ours, theirs, NULL);
    g_assert_cmpuint (sam_merge_get_n_changes (again), ==, 0);
  }

  /* And when the merged copy goes back to them, they take it without
   * questions (their copy is an ancestor of the merged one). */
  sam_project_set_string (ours, stakeholder_at (ours, 0), "benefit", "More readers");
  ours2 = send_copy (ours);
  {
    g_autoptr(SamMerge) back = sam_merge_new (theirs, ours2, NULL);

    g_assert_cmpuint (sam_merge_get_n_conflicts (back), ==, 0);
    g_assert_cmpuint (sam_merge_get_n_changes (back), ==, 1);
    sam_merge_apply (back);
    g_assert_cmpstr (sam_stakeholder_get_benefit (stakeholder_at (theirs, 0)), ==, "More readers");
  }

  /* A conflict where the user keeps ours. */
  sam_project_set_string (ours, stakeholder_at (ours, 2), "notes", "Ours");
  theirs2 = send_copy (theirs);
  sam_project_set_string (theirs2, stakeholder_at (theirs2, 2), "notes", "Theirs");
  {
    g_autoptr(SamMerge) m = sam_merge_new (ours, theirs2, NULL);

    g_assert_cmpuint (sam_merge_get_n_conflicts (m), ==, 1);
    sam_merge_set_choice (m, 0, SAM_MERGE_CHOICE_OURS);
    sam_merge_apply (m);
    g_assert_cmpstr (sam_stakeholder_get_notes (stakeholder_at (ours, 2)), ==, "Ours");
  }
}

static void
test_merge_add_add (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(SamProject) theirs = send_copy (ours);
  g_autoptr(SamMerge) merge = NULL;
  g_autoptr(SamStakeholder) pupil = sam_stakeholder_new ("Pupil");
  g_autoptr(SamStakeholder) board = sam_stakeholder_new ("School board");
  g_autoptr(SamNote) note = sam_note_new ("Who pays for the pilot?", SAM_NOTE_KIND_QUESTION);

  sam_project_add_stakeholder (ours, pupil, -1);
  /* Theirs goes after the library in their list. */
  sam_project_add_stakeholder (theirs, board, 1);
  g_object_set (note, "stakeholder-id", sam_stakeholder_get_id (board), NULL);
  sam_project_add_note (theirs, note, -1);

  merge = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_conflicts (merge), ==, 0);
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 2);
  g_assert_cmpint (sam_merge_get_change (merge, 0)->kind, ==, SAM_MERGE_CHANGE_THEIRS_ADDED);
  sam_merge_apply (merge);

  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_stakeholders (ours)), ==, 5);
  g_assert_true (has_stakeholder (ours, "Pupil"));
  g_assert_cmpstr (sam_stakeholder_get_name (stakeholder_at (ours, 1)), ==, "School board");
  g_assert_cmpstr (sam_stakeholder_get_id (stakeholder_at (ours, 1)), ==, sam_stakeholder_get_id (board));
  {
    SamNote *merged = sam_project_find_note (ours, sam_note_get_id (note));

    g_assert_nonnull (merged);
    g_assert_cmpstr (sam_note_get_stakeholder_id (merged), ==, sam_stakeholder_get_id (board));
    /* A copy, not their object. */
    g_assert_true (merged != note);
  }
}

static void
test_merge_delete_edit (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(SamProject) theirs = send_copy (ours);
  g_autoptr(SamMerge) merge = NULL;
  SamStakeholder *s;

  /* 1. They delete the library (untouched here): it goes.
   * 2. They delete the theatre, we edited it: conflict, preset keeps ours.
   * 3. We delete the school, they edited it: conflict, preset restores.
   * 4. We delete the note, they left it: it stays deleted. */
  sam_project_remove_stakeholder (theirs, stakeholder_named (theirs, "Library"));
  sam_project_remove_stakeholder (theirs, stakeholder_named (theirs, "Theatre"));
  sam_project_set_string (ours, stakeholder_named (ours, "Theatre"), "interest", "Young audiences");
  sam_project_set_string (theirs, stakeholder_named (theirs, "Primary school"), "interest", "Themes");
  sam_project_remove_stakeholder (ours, stakeholder_named (ours, "Primary school"));
  {
    g_autoptr(SamNote) n = g_list_model_get_item (sam_project_get_notes (ours), 0);
    sam_project_remove_note (ours, n);
  }

  merge = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 3);
  g_assert_cmpuint (sam_merge_get_n_conflicts (merge), ==, 2);
  for (guint i = 0; i < 3; i++)
    {
      const SamMergeChange *c = sam_merge_get_change (merge, i);

      if (strstr (c->label, "Library"))
        g_assert_cmpint (c->kind, ==, SAM_MERGE_CHANGE_THEIRS_DELETED);
      else if (strstr (c->label, "Theatre"))
        {
          g_assert_cmpint (c->kind, ==, SAM_MERGE_CHANGE_EDITED_DELETED);
          g_assert_cmpint (c->choice, ==, SAM_MERGE_CHOICE_OURS);
        }
      else
        {
          g_assert_nonnull (strstr (c->label, "Primary school"));
          g_assert_cmpint (c->kind, ==, SAM_MERGE_CHANGE_DELETED_EDITED);
          g_assert_cmpint (c->choice, ==, SAM_MERGE_CHOICE_THEIRS);
        }
    }
  sam_merge_apply (merge);

  g_assert_false (has_stakeholder (ours, "Library"));
  s = stakeholder_named (ours, "Theatre");
  g_assert_nonnull (s);
  g_assert_cmpstr (sam_stakeholder_get_interest (s), ==, "Young audiences");
  s = stakeholder_named (ours, "Primary school");
  g_assert_nonnull (s);
  g_assert_cmpstr (sam_stakeholder_get_interest (s), ==, "Themes");
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_notes (ours)), ==, 0);

  /* The other choice for a deletion conflict: their deletion wins. */
  {
    g_autoptr(SamProject) a = make_project ();
    g_autoptr(SamProject) b = send_copy (a);
    g_autoptr(SamMerge) m = NULL;

    sam_project_set_string (a, stakeholder_named (a, "Theatre"), "interest", "x");
    sam_project_remove_stakeholder (b, stakeholder_named (b, "Theatre"));
    m = sam_merge_new (a, b, NULL);
    g_assert_cmpuint (sam_merge_get_n_conflicts (m), ==, 1);
    sam_merge_set_choice (m, 0, SAM_MERGE_CHOICE_THEIRS);
    sam_merge_apply (m);
    g_assert_false (has_stakeholder (a, "Theatre"));
  }
}

static void
test_merge_unknown_members (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(SamProject) theirs = NULL;
  g_autoptr(SamMerge) merge = NULL;
  g_autoptr(JsonObject) future = json_object_new ();
  g_autoptr(JsonObject) ours_top = NULL;
  g_autoptr(JsonObject) their_item = json_object_new ();
  JsonObject *top;

  /* Our copy holds a member from a newer version at the top level. */
  json_object_set_string_member (future, "facilitator", "Anna");
  top = sam_project_get_unknown (ours, "");
  json_object_set_string_member (top, "x_ours", "kept");
  theirs = send_copy (ours);

  /* A newer version on their side added members to the library card
   * (and to the project), and changed nothing else. */
  json_object_set_int_member (their_item, "priority", 2);
  sam_stakeholder_set_unknown (stakeholder_at (theirs, 0), their_item);
  sam_project_set_unknown (theirs, "future", future);

  merge = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 1);
  g_assert_cmpint (sam_merge_get_change (merge, 0)->kind, ==, SAM_MERGE_CHANGE_THEIRS_EDITED);
  sam_merge_apply (merge);

  g_assert_nonnull (sam_stakeholder_get_unknown (stakeholder_at (ours, 0)));
  g_assert_cmpint (json_object_get_int_member (sam_stakeholder_get_unknown (stakeholder_at (ours, 0)), "priority"), ==, 2);
  g_assert_nonnull (sam_project_get_unknown (ours, "future"));
  g_assert_cmpstr (json_object_get_string_member (sam_project_get_unknown (ours, "future"), "facilitator"), ==, "Anna");
  g_assert_cmpstr (json_object_get_string_member (sam_project_get_unknown (ours, ""), "x_ours"), ==, "kept");
  g_assert_true (json_object_has_member (sam_project_get_unknown (ours, ""), SAM_MERGE_HISTORY_MEMBER));
}

static void
test_merge_different_project (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(SamProject) other = make_project ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SamMerge) merge = NULL;
  g_autoptr(SamNote) linked = sam_note_new ("Time pressure", SAM_NOTE_KIND_OBSTACLE);
  SamHistory *history = sam_project_get_history (ours);
  guint n;

  g_object_set (linked, "stakeholder-id", sam_stakeholder_get_id (stakeholder_at (other, 2)), NULL);
  sam_project_load_note (other, linked);

  merge = sam_merge_new (ours, other, &error);
  g_assert_null (merge);
  g_assert_error (error, SAM_MERGE_ERROR, SAM_MERGE_ERROR_DIFFERENT_PROJECT);
  g_assert_nonnull (strstr (error->message, "different project"));
  g_assert_false (sam_history_can_undo (history));

  /* The user chose to import: new ids, links follow, one undo step. */
  n = sam_merge_import_items (ours, other);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_stakeholders (ours)), ==, 6);
  for (guint i = 3; i < 6; i++)
    {
      const char *id = sam_stakeholder_get_id (stakeholder_at (ours, i));

      g_assert_true (g_uuid_string_is_valid (id));
      g_assert_null (sam_project_find_stakeholder (other, id));
    }
  {
    g_autoptr(SamNote) imported = g_list_model_get_item (sam_project_get_notes (ours), 2);

    g_assert_cmpstr (sam_note_get_text (imported), ==, "Time pressure");
    g_assert_cmpstr (sam_note_get_stakeholder_id (imported), ==,
                     sam_stakeholder_get_id (stakeholder_at (ours, 5)));
  }
  g_assert_true (sam_history_undo (history));
  g_assert_false (sam_history_can_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_stakeholders (ours)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_notes (ours)), ==, 1);
}

/* Everything a merge changed comes back with a single undo. */
static void
test_merge_one_undo_step (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(SamProject) theirs = send_copy (ours);
  g_autoptr(SamMerge) merge = NULL;
  g_autoptr(SamStakeholder) added = sam_stakeholder_new ("Artist");
  SamHistory *history = sam_project_get_history (ours);
  g_autofree char *fp_library = sam_merge_fingerprint (G_OBJECT (stakeholder_at (ours, 0)));

  sam_project_set_string (theirs, stakeholder_at (theirs, 0), "interest", "Reading promotion");
  sam_project_set_mark (theirs, SAM_MARK_PRODUCER_WANTED, 4);
  sam_project_add_stakeholder (theirs, added, -1);
  sam_project_remove_stakeholder (theirs, stakeholder_named (theirs, "Theatre"));
  g_assert_false (sam_history_can_undo (history));

  merge = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 4);
  sam_merge_apply (merge);
  g_assert_true (sam_history_get_dirty (history));
  g_assert_cmpstr (sam_history_get_undo_label (history), ==, "Merge Changes");
  g_assert_cmpint (sam_project_get_mark (ours, SAM_MARK_PRODUCER_WANTED), ==, 4);
  g_assert_true (has_stakeholder (ours, "Artist"));
  g_assert_false (has_stakeholder (ours, "Theatre"));

  g_assert_true (sam_history_undo (history));
  g_assert_false (sam_history_can_undo (history));
  g_assert_false (sam_history_get_dirty (history));
  g_assert_cmpint (sam_project_get_mark (ours, SAM_MARK_PRODUCER_WANTED), ==, 0);
  g_assert_false (has_stakeholder (ours, "Artist"));
  g_assert_true (has_stakeholder (ours, "Theatre"));
  {
    g_autofree char *fp = sam_merge_fingerprint (G_OBJECT (stakeholder_at (ours, 0)));
    g_assert_cmpstr (fp, ==, fp_library);
  }
}

/* A file without any merge history (an older version, written by hand):
 * every difference is a question, nothing is lost silently. */
static void
test_merge_no_history (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(SamProject) theirs = send_copy (ours);
  g_autoptr(SamMerge) merge = NULL;

  sam_project_set_unknown (ours, "", NULL);
  sam_project_set_unknown (theirs, "", NULL);
  sam_project_set_string (theirs, stakeholder_at (theirs, 0), "interest", "Reading promotion");

  merge = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 1);
  g_assert_cmpuint (sam_merge_get_n_conflicts (merge), ==, 1);
}

/* The merge history survives a save and a load through the real IO. */
static void
test_merge_history_in_file (void)
{
  g_autoptr(SamProject) ours = make_project ();
  g_autoptr(GBytes) bytes = sam_project_save_to_bytes (ours);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) loaded = NULL;
  JsonObject *top;

  /* main carries a placeholder saver until the io branch lands. */
  if (g_bytes_get_size (bytes) == 3)
    {
      g_test_skip ("the real project saver is not merged yet");
      return;
    }
  loaded = sam_project_load_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  top = sam_project_get_unknown (loaded, "");
  g_assert_nonnull (top);
  g_assert_true (json_object_has_member (top, SAM_MERGE_HISTORY_MEMBER));
  {
    g_autoptr(SamMerge) merge = NULL;

    sam_project_set_string (loaded, stakeholder_at (loaded, 0), "interest", "Reading promotion");
    merge = sam_merge_new (ours, loaded, NULL);
    g_assert_cmpuint (sam_merge_get_n_conflicts (merge), ==, 0);
    g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 1);
  }
}

/* The fingerprint as docs/merging.md defines it, spelled out the slow,
 * generic way (files carry fingerprints, so the fast path in sam-merge.c
 * must give exactly these bytes): the type name, then every property but
 * id and modified in name order as "name:length:value", non-strings as
 * g_strdup_value_contents() prints them, then the unknown members. */
static int
compare_name_pointers (gconstpointer a,
                       gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
reference_fingerprint (GObject    *item,
                       JsonObject *unknown)
{
  g_autoptr(GString) content = g_string_new (NULL);
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *sum = NULL;
  guint n;

  g_string_append_printf (content, "%s\n", G_OBJECT_TYPE_NAME (item));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (item), &n);
  for (guint i = 0; i < n; i++)
    if (!g_str_equal (pspecs[i]->name, "id") && !g_str_equal (pspecs[i]->name, "modified")
        /* Added later: only away from its default. */
        && !(g_str_equal (pspecs[i]->name, "side")
             && sam_stakeholder_get_side (SAM_STAKEHOLDER (item)) == SAM_SIDE_CONSUMER))
      g_ptr_array_add (names, (gpointer) pspecs[i]->name);
  g_ptr_array_sort (names, compare_name_pointers);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), name);
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (item, name, &value);
      text = G_VALUE_HOLDS_STRING (&value) ? g_value_dup_string (&value) : g_strdup_value_contents (&value);
      g_string_append_printf (content, "%s:%" G_GSIZE_FORMAT ":%s\n", name, strlen (text), text);
    }
  if (unknown != NULL)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *json = NULL;

      json_node_set_object (node, unknown);
      json = json_to_string (node, FALSE);
      g_string_append_printf (content, "unknown:%s\n", json);
    }
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content->str, content->len);
  return g_strndup (sum, 16);
}

/* Fingerprints are part of the file format: the same bytes as the
 * definition, for every kind of property, before and after an edit. */
static void
test_merge_fingerprint_definition (void)
{
  g_autoptr(SamStakeholder) s = sam_stakeholder_new ("Bibliotheek “De Boekenhoek” 📚");
  g_autoptr(SamNote) note = sam_note_new ("Will schools still book us?", SAM_NOTE_KIND_OBSTACLE);
  g_autoptr(JsonObject) unknown = json_object_new ();

  for (int round = 0; round < 2; round++)
    {
      g_autofree char *fs = sam_merge_fingerprint (G_OBJECT (s));
      g_autofree char *fn = sam_merge_fingerprint (G_OBJECT (note));
      g_autofree char *rs = reference_fingerprint (G_OBJECT (s), sam_stakeholder_get_unknown (s));
      g_autofree char *rn = reference_fingerprint (G_OBJECT (note), sam_note_get_unknown (note));

      g_assert_cmpuint (strlen (fs), ==, 16);
      g_assert_cmpstr (fs, ==, rs);
      g_assert_cmpstr (fn, ==, rn);

      /* Every kind of value set away from its default, and unknown members. */
      g_object_set (s, "category", "library", "interest", "Reading\npromotion", "benefit", "",
                    "willingness", SAM_WILLINGNESS_HIGH, "role-now", 3, "role-wanted", 4,
                    "ambassador", TRUE, "informed-only", FALSE, "critical-voice", TRUE, "side", SAM_SIDE_PRODUCER,
                    "notes", "x:12:y\n", "colour", "#0072b2", "modified", G_GINT64_CONSTANT (1700000000000000), NULL);
      g_object_set (note, "status", SAM_NOTE_STATUS_RESOLVED, "owner", "Anna", "stakeholder-id", sam_stakeholder_get_id (s),
                    "created", G_GINT64_CONSTANT (5), NULL);
      json_object_set_string_member (unknown, "future", "kept");
      sam_stakeholder_set_unknown (s, unknown);
    }
}

/* ---- Recording a state lazily (sam_merge_record_state_soon) ---- */

static char *
history_text (SamProject *project)
{
  JsonObject *top = sam_project_get_unknown (project, "");
  g_autoptr(JsonNode) node = NULL;

  if (top == NULL || !json_object_has_member (top, SAM_MERGE_HISTORY_MEMBER))
    return g_strdup ("");
  node = json_node_copy (json_object_get_member (top, SAM_MERGE_HISTORY_MEMBER));
  return json_to_string (node, FALSE);
}

/* Two copies with the same ids, the same recorded history and enough
 * stakeholders for several idle slices; each then changes the same way
 * outside the history (as a loader does), so the next recording adds new
 * fingerprints. */
static void
make_twins (SamProject **lazy,
            SamProject **eager)
{
  SamProject *a = make_project ();
  SamProject *b;

  for (guint i = 0; i < 1234; i++)
    {
      g_autofree char *name = g_strdup_printf ("Stakeholder %u", i);
      g_autoptr(SamStakeholder) s = sam_stakeholder_new (name);

      g_object_set (s, "role-now", 1 + i % 4, NULL);
      sam_project_load_stakeholder (a, s);
    }
  sam_merge_record_state (a);
  b = send_copy (a);
  {
    g_autofree char *ha = history_text (a);
    g_autofree char *hb = history_text (b);
    g_assert_true (g_str_equal (ha, hb));
  }
  g_object_set (stakeholder_at (a, 0), "name", "Library (new)", NULL);
  g_object_set (stakeholder_at (b, 0), "name", "Library (new)", NULL);
  g_object_set (stakeholder_at (a, 1000), "interest", "Loaded", NULL);
  g_object_set (stakeholder_at (b, 1000), "interest", "Loaded", NULL);
  g_object_set (a, "title", "Culture path 2", NULL);
  g_object_set (b, "title", "Culture path 2", NULL);
  *lazy = a;
  *eager = b;
}

static void
assert_same_history (SamProject *a,
                     SamProject *b)
{
  g_autofree char *ha = NULL;
  g_autofree char *hb = NULL;

  sam_merge_complete_recording (a);
  ha = history_text (a);
  hb = history_text (b);
  /* Not g_assert_cmpstr: the texts are long. */
  g_assert_true (g_str_equal (ha, hb));
}

/* Left to the idle slices, the history ends exactly as recorded at once. */
static void
test_merge_lazy_idle (void)
{
  g_autoptr(SamProject) a = NULL;
  g_autoptr(SamProject) b = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint iterations = 0;

  make_twins (&a, &b);
  before = history_text (a);
  sam_merge_record_state_soon (a);
  sam_merge_record_state (b);
  while (g_main_context_iteration (NULL, FALSE))
    iterations++;
  g_assert_cmpuint (iterations, >=, 3);   /* 1,250 things in slices */
  after = history_text (a);
  g_assert_false (g_str_equal (before, after));
  assert_same_history (a, b);
}

/* An edit (here after one idle slice), an undo or a merge first completes
 * the recording with the state from before. */
static void
test_merge_lazy_before_edit (void)
{
  g_autoptr(SamProject) a = NULL;
  g_autoptr(SamProject) b = NULL;

  make_twins (&a, &b);
  sam_merge_record_state_soon (a);
  g_assert_true (g_main_context_iteration (NULL, FALSE));
  sam_merge_record_state (b);
  sam_project_set_string (a, stakeholder_at (a, 1000), "interest", "Edited");
  sam_project_set_string (b, stakeholder_at (b, 1000), "interest", "Edited");
  assert_same_history (a, b);
  /* Nothing left for the idle to do. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  assert_same_history (a, b);

  /* The state after the edit, recorded lazily, then undone. */
  sam_merge_record_state_soon (a);
  sam_merge_record_state (b);
  g_assert_true (sam_history_undo (sam_project_get_history (a)));
  g_assert_true (sam_history_undo (sam_project_get_history (b)));
  assert_same_history (a, b);

  /* A merge reads the history: recorded first. */
  g_object_set (stakeholder_at (a, 2), "notes", "Quiet change", NULL);
  g_object_set (stakeholder_at (b, 2), "notes", "Quiet change", NULL);
  sam_merge_record_state_soon (a);
  sam_merge_record_state (b);
  {
    g_autoptr(SamMerge) merge = sam_merge_new (a, b, NULL);
    g_autofree char *ha = history_text (a);
    g_autofree char *hb = history_text (b);

    g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 0);
    g_assert_true (g_str_equal (ha, hb));
  }
}

/* A project closed before the idle got to it goes away cleanly. */
static void
test_merge_lazy_closed (void)
{
  SamProject *a = NULL;
  SamProject *b = NULL;

  make_twins (&a, &b);
  sam_merge_record_state_soon (a);
  g_assert_true (g_main_context_iteration (NULL, FALSE));
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/merge/fingerprint-definition", test_merge_fingerprint_definition);
  g_test_add_func ("/samenspel/merge/lazy-idle", test_merge_lazy_idle);
  g_test_add_func ("/samenspel/merge/lazy-before-edit", test_merge_lazy_before_edit);
  g_test_add_func ("/samenspel/merge/lazy-closed", test_merge_lazy_closed);
  g_test_add_func ("/samenspel/merge/nothing", test_merge_nothing);
  g_test_add_func ("/samenspel/merge/one-side", test_merge_one_side);
  g_test_add_func ("/samenspel/merge/side", test_merge_side);
  g_test_add_func ("/samenspel/merge/edit-edit", test_merge_edit_edit);
  g_test_add_func ("/samenspel/merge/add-add", test_merge_add_add);
  g_test_add_func ("/samenspel/merge/delete-edit", test_merge_delete_edit);
  g_test_add_func ("/samenspel/merge/unknown-members", test_merge_unknown_members);
  g_test_add_func ("/samenspel/merge/different-project", test_merge_different_project);
  g_test_add_func ("/samenspel/merge/one-undo-step", test_merge_one_undo_step);
  g_test_add_func ("/samenspel/merge/no-history", test_merge_no_history);
  g_test_add_func ("/samenspel/merge/history-in-file", test_merge_history_in_file);

  return g_test_run ();
}
