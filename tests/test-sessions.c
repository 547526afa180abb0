/* test-sessions.c: work sessions: the model, undo, the file format, limits */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sam-project-io.h"
#include "sam-merge.h"
#include "sam-project.h"

#define SCHOOL_ID  "11111111-2222-4333-8444-555555555555"
#define LIBRARY_ID "22222222-3333-4444-8555-666666666666"
#define THEATRE_ID "33333333-4444-4555-8666-777777777777"

static SamProject *
load_file (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  SamProject *project;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  bytes = g_bytes_new (data, length);
  project = sam_project_load_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return project;
}

static SamProject *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return sam_project_load_from_bytes (bytes, error);
}

static char *
save_text (SamProject *project)
{
  g_autoptr(GBytes) bytes = sam_project_save_to_bytes (project);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static SamStakeholder *
add_stakeholder (SamProject *project,
                 const char *name,
                 SamSide     side,
                 int         now,
                 int         wanted)
{
  g_autoptr(SamStakeholder) s = sam_stakeholder_new (name);

  g_object_set (s, "side", side, "role-now", now, "role-wanted", wanted, NULL);
  sam_project_load_stakeholder (project, s);
  return s;
}

static void
test_record_and_undo (void)
{
  SamProject *project = sam_project_new ();
  SamHistory *history = sam_project_get_history (project);
  SamStakeholder *school = add_stakeholder (project, "School", SAM_SIDE_CONSUMER, 2, 4);
  SamStakeholder *library = add_stakeholder (project, "Library", SAM_SIDE_PRODUCER, 1, 3);
  const char *participants[] = { sam_stakeholder_get_id (school), NULL };
  GListModel *sessions = sam_project_get_sessions (project);
  SamSession *kickoff, *second;
  SamSnapshot *snapshot;
  const SamSnapshotEntry *entry;

  sam_project_set_mark (project, SAM_MARK_PRODUCER_NOW, 1);
  sam_project_set_mark (project, SAM_MARK_CONSUMER_NOW, 2);
  sam_history_clear (history);

  kickoff = sam_project_record_session (project, "Kick-off with the pilot schools", "2026-02-03",
                                        participants, "Two schools want a custom offer.");
  g_assert_nonnull (kickoff);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  g_assert_cmpstr (sam_history_get_undo_label (history), ==, "Record Session");

  /* The snapshot is the ladder of that moment and stays so. */
  snapshot = sam_session_get_snapshot (kickoff);
  g_assert_cmpint (sam_snapshot_get_mark (snapshot, SAM_MARK_PRODUCER_NOW), ==, 1);
  g_assert_cmpint (sam_snapshot_get_mark (snapshot, SAM_MARK_CONSUMER_NOW), ==, 2);
  g_assert_cmpuint (sam_snapshot_get_n_entries (snapshot), ==, 2);
  entry = sam_snapshot_find (snapshot, sam_stakeholder_get_id (library));
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->name, ==, "Library");
  g_assert_cmpint (entry->side, ==, SAM_SIDE_PRODUCER);
  g_assert_cmpint (entry->role_now, ==, 1);
  g_assert_cmpint (entry->role_wanted, ==, 3);

  sam_project_set_int (project, library, "role-now", 2);
  sam_project_set_string (project, library, "name", "City library");
  g_assert_cmpint (sam_snapshot_find (snapshot, sam_stakeholder_get_id (library))->role_now, ==, 1);
  g_assert_cmpstr (sam_snapshot_find (snapshot, sam_stakeholder_get_id (library))->name, ==, "Library");

  /* An earlier date goes before it. */
  second = sam_project_record_session (project, "Before", "2026-01-10", NULL, NULL);
  g_assert_true (g_list_model_get_item (sessions, 0) == (gpointer) second);
  g_object_unref (second);
  g_assert_cmpint (sam_snapshot_find (sam_session_get_snapshot (second),
                                      sam_stakeholder_get_id (library))->role_now, ==, 2);

  /* Each edit of a session is one undo step. */
  sam_project_set_string (project, kickoff, "name", "Kick-off");
  sam_history_seal (history);
  sam_project_set_string (project, kickoff, "date", "2026-02-04");
  sam_history_seal (history);
  sam_project_set_participants (project, kickoff, NULL);
  g_assert_cmpuint (g_strv_length ((char **) sam_session_get_participants (kickoff)), ==, 0);
  g_assert_true (sam_history_undo (history));
  g_assert_cmpstr (sam_session_get_participants (kickoff)[0], ==, sam_stakeholder_get_id (school));
  g_assert_true (sam_history_undo (history));
  g_assert_cmpstr (sam_session_get_date (kickoff), ==, "2026-02-03");
  g_assert_true (sam_history_undo (history));
  g_assert_cmpstr (sam_session_get_name (kickoff), ==, "Kick-off with the pilot schools");

  g_object_ref (kickoff);
  sam_project_remove_session (project, kickoff);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  g_assert_true (sam_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 2);
  g_assert_true (sam_project_find_session (project, sam_session_get_id (kickoff)) == kickoff);
  g_object_unref (kickoff);

  /* Undo of the recording itself. */
  while (sam_history_can_undo (history))
    sam_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 0);
  g_assert_true (sam_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);

  g_assert_finalize_object (project);
}

static void
test_order (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(GPtrArray) ordered = NULL;
  SamSession *a = sam_project_record_session (project, "A", "2026-03-01", NULL, NULL);
  SamSession *b = sam_project_record_session (project, "B", "2026-01-01", NULL, NULL);
  SamSession *c = sam_project_record_session (project, "C", "2026-03-01", NULL, NULL);

  /* Re-dated: the file order stays, the order of dates follows. */
  sam_project_set_string (project, b, "date", "2026-05-01");
  ordered = sam_project_dup_sessions_in_order (project);
  g_assert_cmpuint (ordered->len, ==, 3);
  g_assert_true (ordered->pdata[0] == a);
  g_assert_true (ordered->pdata[1] == c);
  g_assert_true (ordered->pdata[2] == b);
}

static void
test_round_trip (void)
{
  g_autoptr(SamProject) project = load_file ("sessions.samenspel");
  g_autoptr(SamProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(SamSession) kickoff = NULL;
  SamSnapshot *snapshot;
  const SamSnapshotEntry *theatre;
  const char * const *participants;

  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_sessions (project)), ==, 2);
  kickoff = g_list_model_get_item (sam_project_get_sessions (project), 0);
  g_assert_cmpstr (sam_session_get_name (kickoff), ==, "Kick-off with the pilot schools");
  g_assert_cmpstr (sam_session_get_date (kickoff), ==, "2026-02-03");
  g_assert_cmpstr (sam_session_get_note (kickoff), ==, "Two schools want a custom offer.");
  participants = sam_session_get_participants (kickoff);
  g_assert_cmpuint (g_strv_length ((char **) participants), ==, 2);
  g_assert_cmpstr (participants[1], ==, THEATRE_ID);

  /* The theatre was deleted since: the snapshot still knows it. */
  g_assert_null (sam_project_find_stakeholder (project, THEATRE_ID));
  snapshot = sam_session_get_snapshot (kickoff);
  theatre = sam_snapshot_find (snapshot, THEATRE_ID);
  g_assert_nonnull (theatre);
  g_assert_cmpstr (theatre->name, ==, "Theatre De Kolk");
  g_assert_cmpint (theatre->side, ==, SAM_SIDE_PRODUCER);
  g_assert_cmpint (sam_snapshot_get_mark (snapshot, SAM_MARK_CONSUMER_WANTED), ==, 3);

  /* Unknown members at every level survive, and a second save is the same. */
  first = save_text (project);
  g_assert_nonnull (strstr (first, "\"x-session-extra\": {"));
  g_assert_nonnull (strstr (first, "\"x-snapshot-extra\": \"kept\""));
  g_assert_nonnull (strstr (first, "\"x-ladder-extra\": true"));
  g_assert_nonnull (strstr (first, "\"side\": \"consumer\", \"x-entry-extra\": ["));
  again = load_text (first, &error);
  g_assert_no_error (error);
  second = save_text (again);
  g_assert_cmpstr (first, ==, second);
}

/* The saved file passes data/samenspel.schema.json too. */
static void
test_schema (void)
{
  g_autoptr(SamProject) project = load_file ("sessions.samenspel");
  g_autofree char *dir = g_dir_make_tmp ("samenspel-sessions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.samenspel", NULL);
  g_autofree char *text = NULL;
  g_autofree char *script = g_build_filename (TEST_DATA_DIR, "..", "validate-schema.py", NULL);
  g_autofree char *schema = g_build_filename (TEST_DATA_DIR, "..", "..", "data", "samenspel.schema.json", NULL);
  g_autofree char *output = NULL;
  const char *argv[] = { "/usr/bin/python3", script, schema, path, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  sam_project_record_session (project, "Today", NULL, NULL, "");
  text = save_text (project);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &output, NULL, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", output);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_remove (path);
  g_rmdir (dir);
}

static void
test_no_sessions_no_member (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autofree char *text = save_text (project);

  g_assert_null (strstr (text, "\"sessions\""));
}

static void
assert_error (const char *members,
              int         code,
              const char *fragment)
{
  g_autofree char *text = g_strdup_printf ("{\"format\": \"samenspel\", \"version\": 1, "
                                           "\"id\": \"7a0c4e2b-1d3f-4a5b-8c6d-9e0f1a2b3c4d\", %s}",
                                           members);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = load_text (text, &error);

  g_assert_null (project);
  g_assert_error (error, SAM_PROJECT_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("message “%s” lacks “%s”", error->message, fragment);
}

#define S1 "\"id\": \"aaaaaaaa-0000-4000-8000-000000000001\", \"date\": \"2026-02-03\""

static void
test_errors (void)
{
  assert_error ("\"sessions\": {}", SAM_PROJECT_ERROR_INVALID, "sessions: expected a list, not an object");
  assert_error ("\"sessions\": [{\"date\": \"2026-02-03\"}]", SAM_PROJECT_ERROR_INVALID,
                "sessions[0].id: missing");
  assert_error ("\"sessions\": [{\"id\": \"aaaaaaaa-0000-4000-8000-000000000001\"}]",
                SAM_PROJECT_ERROR_INVALID, "sessions[0].date: missing");
  assert_error ("\"sessions\": [{" S1 ", \"date\": \"2026-02-04\"}]", SAM_PROJECT_ERROR_INVALID,
                "sessions[0].date: the member appears twice");
  assert_error ("\"sessions\": [{\"id\": \"aaaaaaaa-0000-4000-8000-000000000001\", \"date\": \"2026-02-30\"}]",
                SAM_PROJECT_ERROR_INVALID, "sessions[0].date: expected a day such as");
  assert_error ("\"stakeholders\": [{\"id\": \"aaaaaaaa-0000-4000-8000-000000000001\"}], \"sessions\": [{" S1 "}]",
                SAM_PROJECT_ERROR_DUPLICATE_ID, "sessions[0].id: the id “aaaaaaaa-0000-4000-8000-000000000001” "
                "is used twice (also by stakeholders[0].id)");
  assert_error ("\"sessions\": [{" S1 "}, {" S1 "}]", SAM_PROJECT_ERROR_DUPLICATE_ID,
                "also by sessions[0].id");
  assert_error ("\"sessions\": [{" S1 ", \"participants\": [\"" SCHOOL_ID "\", \"" SCHOOL_ID "\"]}]",
                SAM_PROJECT_ERROR_DUPLICATE_ID, "sessions[0].participants[1]: the stakeholder");
  assert_error ("\"sessions\": [{" S1 ", \"participants\": [3]}]", SAM_PROJECT_ERROR_INVALID,
                "sessions[0].participants[0]: expected the id of a stakeholder, not a number");
  assert_error ("\"sessions\": [{" S1 ", \"snapshot\": []}]", SAM_PROJECT_ERROR_INVALID,
                "sessions[0].snapshot: expected an object, not a list");
  assert_error ("\"sessions\": [{" S1 ", \"snapshot\": {\"ladder\": {\"consumer-now\": 5}}}]",
                SAM_PROJECT_ERROR_INVALID, "sessions[0].snapshot.ladder.consumer-now: expected a whole number");
  assert_error ("\"sessions\": [{" S1 ", \"snapshot\": {\"stakeholders\": [{\"id\": \"" SCHOOL_ID "\"}, "
                "{\"id\": \"" LIBRARY_ID "\", \"role-now\": 9}]}}]",
                SAM_PROJECT_ERROR_INVALID, "sessions[0].snapshot.stakeholders[1].role-now: expected a whole number "
                "from 0 (not set) to 4, not 9");
  assert_error ("\"sessions\": [{" S1 ", \"snapshot\": {\"stakeholders\": [{\"id\": \"" SCHOOL_ID "\", \"side\": \"both\"}]}}]",
                SAM_PROJECT_ERROR_INVALID, "sessions[0].snapshot.stakeholders[0].side: unknown value “both”");
  assert_error ("\"sessions\": [{" S1 ", \"snapshot\": {\"stakeholders\": [{\"name\": \"x\"}]}}]",
                SAM_PROJECT_ERROR_INVALID, "sessions[0].snapshot.stakeholders[0].id: missing");
  assert_error ("\"sessions\": [{" S1 ", \"snapshot\": {\"stakeholders\": [{\"id\": \"school\"}]}}]",
                SAM_PROJECT_ERROR_INVALID, "sessions[0].snapshot.stakeholders[0].id: “school” is not a valid id");
  assert_error ("\"sessions\": [{" S1 ", \"snapshot\": {\"stakeholders\": [{\"id\": \"" SCHOOL_ID "\"}, "
                "{\"id\": \"" SCHOOL_ID "\"}]}}]",
                SAM_PROJECT_ERROR_DUPLICATE_ID, "sessions[0].snapshot.stakeholders[1].id: the stakeholder");
  assert_error ("\"sessions\": [{" S1 ", \"snapshot\": {\"stakeholders\": [{\"id\": \"" SCHOOL_ID "\", "
                "\"name\": \"a\", \"name\": \"b\"}]}}]",
                SAM_PROJECT_ERROR_INVALID, "sessions[0].snapshot.stakeholders[0].name: the member appears twice");
  assert_error ("\"sessions\": [{" S1 ", \"snapshot\": {\"stakeholders\": [7]}}]",
                SAM_PROJECT_ERROR_INVALID, "sessions[0].snapshot.stakeholders[0]: expected an object, not a number");
}

static void
test_limit (void)
{
  g_autoptr(GString) s = g_string_new ("\"sessions\": [");
  g_autoptr(GString) at_limit = NULL;
  g_autoptr(SamProject) project = NULL;
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < SAM_PROJECT_MAX_SESSIONS; i++)
    g_string_append_printf (s, "%s{\"id\": \"%08x-0000-4000-8000-000000000000\", \"date\": \"2026-01-01\"}",
                            i > 0 ? ", " : "", i);
  at_limit = g_string_new ("{\"format\": \"samenspel\", \"version\": 1, "
                           "\"id\": \"7a0c4e2b-1d3f-4a5b-8c6d-9e0f1a2b3c4d\", ");
  g_string_append (at_limit, s->str);
  g_string_append (at_limit, "]}");
  project = load_text (at_limit->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_sessions (project)), ==, SAM_PROJECT_MAX_SESSIONS);
  /* Recording stops there too. */
  g_assert_null (sam_project_record_session (project, "one more", NULL, NULL, NULL));

  g_string_append (s, ", {\"id\": \"ffffffff-0000-4000-8000-000000000000\", \"date\": \"2026-01-01\"}]");
  assert_error (s->str, SAM_PROJECT_ERROR_TOO_LARGE, "sessions: the list has 1001 sessions, more than the 1000 allowed");
}

/* A copy as the colleague gets it by email: saved, loaded, recorded. */
static SamProject *
mail_copy (SamProject *project)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  SamProject *copy;

  sam_merge_record_state (project);
  text = save_text (project);
  copy = load_text (text, &error);
  g_assert_no_error (error);
  sam_merge_record_state (copy);
  return copy;
}

static SamSession *
session_named (SamProject *project,
               const char *name)
{
  GListModel *list = sam_project_get_sessions (project);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SamSession) session = g_list_model_get_item (list, i);

      if (g_str_equal (sam_session_get_name (session), name))
        return session;   /* the project keeps it */
    }
  return NULL;
}

static void
test_merge_both_recorded (void)
{
  g_autoptr(SamProject) ours = sam_project_new ();
  g_autoptr(SamProject) theirs = NULL;
  g_autoptr(SamMerge) merge = NULL;
  g_autoptr(SamProject) back = NULL;
  g_autoptr(SamMerge) merge_back = NULL;
  SamStakeholder *school = add_stakeholder (ours, "School", SAM_SIDE_CONSUMER, 1, 4);
  SamSession *mine, *merged;

  sam_project_record_session (ours, "Kick-off", "2026-01-10", NULL, NULL);
  theirs = mail_copy (ours);

  /* Each records a session in their own copy, on different days. */
  sam_project_set_int (ours, school, "role-now", 2);
  mine = sam_project_record_session (ours, "Second round (ours)", "2026-03-10", NULL, NULL);
  {
    SamStakeholder *their_school = sam_project_find_stakeholder (theirs, sam_stakeholder_get_id (school));
    const char *participants[] = { sam_stakeholder_get_id (school), NULL };

    sam_project_set_int (theirs, their_school, "role-now", 3);
    sam_project_record_session (theirs, "School visit (theirs)", "2026-02-14", participants, "Went well.");
  }

  merge = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_conflicts (merge), ==, 1);   /* the school's role-now */
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 2);
  sam_merge_apply (merge);

  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_sessions (ours)), ==, 3);
  g_assert_true (session_named (ours, "Second round (ours)") == mine);
  merged = session_named (ours, "School visit (theirs)");
  g_assert_nonnull (merged);
  g_assert_cmpstr (sam_session_get_note (merged), ==, "Went well.");
  g_assert_cmpstr (sam_session_get_date (merged), ==, "2026-02-14");
  g_assert_cmpint (sam_snapshot_find (sam_session_get_snapshot (merged),
                                      sam_stakeholder_get_id (school))->role_now, ==, 3);
  g_assert_cmpstr (sam_session_get_participants (merged)[0], ==, sam_stakeholder_get_id (school));

  /* One undo step takes the merge back. */
  g_assert_cmpstr (sam_history_get_undo_label (sam_project_get_history (ours)), ==, "Merge Changes");
  sam_history_undo (sam_project_get_history (ours));
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_sessions (ours)), ==, 2);
  sam_history_redo (sam_project_get_history (ours));

  /* Sent back, their copy takes ours without questions. */
  back = mail_copy (ours);
  merge_back = sam_merge_new (theirs, back, NULL);
  g_assert_cmpuint (sam_merge_get_n_conflicts (merge_back), ==, 0);
  sam_merge_apply (merge_back);
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_sessions (theirs)), ==, 3);
}

static void
test_merge_edits (void)
{
  g_autoptr(SamProject) ours = sam_project_new ();
  g_autoptr(SamProject) theirs = NULL;
  g_autoptr(SamMerge) merge = NULL;

  sam_project_record_session (ours, "One", "2026-01-10", NULL, NULL);
  sam_project_record_session (ours, "Two", "2026-02-10", NULL, NULL);
  sam_project_record_session (ours, "Three", "2026-03-10", NULL, NULL);
  theirs = mail_copy (ours);

  /* They rename one and delete another; both of us re-date the third. */
  sam_project_set_string (theirs, session_named (theirs, "One"), "name", "Kick-off");
  sam_project_remove_session (theirs, session_named (theirs, "Two"));
  sam_project_set_string (theirs, session_named (theirs, "Three"), "date", "2026-03-11");
  sam_project_set_string (ours, session_named (ours, "Three"), "date", "2026-03-12");

  merge = sam_merge_new (ours, theirs, NULL);
  g_assert_cmpuint (sam_merge_get_n_changes (merge), ==, 3);
  g_assert_cmpuint (sam_merge_get_n_conflicts (merge), ==, 1);
  for (guint i = 0; i < sam_merge_get_n_changes (merge); i++)
    {
      const SamMergeChange *change = sam_merge_get_change (merge, i);

      g_assert_cmpint (change->item_kind, ==, SAM_MERGE_ITEM_SESSION);
      if (sam_merge_change_is_conflict (change))
        {
          g_assert_nonnull (strstr (change->label, "Three"));
          g_assert_nonnull (strstr (change->theirs_text, "Date: 2026-03-11"));
          sam_merge_set_choice (merge, i, SAM_MERGE_CHOICE_THEIRS);
        }
    }
  sam_merge_apply (merge);

  g_assert_nonnull (session_named (ours, "Kick-off"));
  g_assert_null (session_named (ours, "Two"));
  g_assert_cmpstr (sam_session_get_date (session_named (ours, "Three")), ==, "2026-03-11");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/sessions/record-and-undo", test_record_and_undo);
  g_test_add_func ("/samenspel/sessions/order", test_order);
  g_test_add_func ("/samenspel/sessions/round-trip", test_round_trip);
  g_test_add_func ("/samenspel/sessions/schema", test_schema);
  g_test_add_func ("/samenspel/sessions/no-sessions-no-member", test_no_sessions_no_member);
  g_test_add_func ("/samenspel/sessions/errors", test_errors);
  g_test_add_func ("/samenspel/sessions/limit", test_limit);
  g_test_add_func ("/samenspel/sessions/merge-both-recorded", test_merge_both_recorded);
  g_test_add_func ("/samenspel/sessions/merge-edits", test_merge_edits);

  return g_test_run ();
}
