/* test-io.c: loading, saving and the hostile corpus, on real files */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sam-project-io.h"

#define RICH_PROJECT_ID "6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b"
#define SCHOOL_ID       "0b6a1f2e-3d4c-4b5a-9f8e-7d6c5b4a3f2e"
#define LIBRARY_ID      "1c7b2f3e-4d5c-4b6a-8f9e-0d1c2b3a4f5e"

/* ---------------------------------------------------------------------- */
/* helpers                                                                 */

static char *
data_path (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, name, NULL);
}

static SamProject *
load_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return sam_project_load_from_file (file, NULL, NULL, error);
}

static SamProject *
load_data (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  SamProject *project = load_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

static SamProject *
load_string (const char  *text,
             gsize        length,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return sam_project_load_from_bytes (bytes, error);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("samenspel-io-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_chmod (dir, 0755);
  d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
save_path (SamProject *project,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (sam_project_save_to_file (project, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* A project with every field set through the undoable model API. */
static SamProject *
make_rich_project (void)
{
  SamProject *project = sam_project_new ();
  SamStakeholder *s = sam_stakeholder_new ("Pupils of group 8");
  SamNote *note = sam_note_new ("What if the pilot fails?\nWe try again.", SAM_NOTE_KIND_FEAR);

  sam_project_set_string (project, project, "title", "Themes, not menus");
  sam_project_set_string (project, project, "organisation", "Culture House “De Kroon”");
  for (int m = 0; m < SAM_N_MARKS; m++)
    sam_project_set_mark (project, m, m + 1);
  for (int f = 0; f < SAM_VISION_N_FIELDS; f++)
    {
      g_autofree char *text = g_strdup_printf ("Answer %d: \"quoted\", tab\t, back\\slash, "
                                               "control \x01, emoji 🎨, ë", f);
      sam_project_set_string (project, project, sam_vision_property_name (f), text);
    }
  sam_project_set_enum (project, project, "verdict", SAM_VERDICT_NO);

  sam_project_add_stakeholder (project, s, -1);
  sam_project_set_string (project, s, "category", "pupil");
  sam_project_set_string (project, s, "interest", "Art that is about their own world");
  sam_project_set_string (project, s, "benefit", "A say in their lessons");
  sam_project_set_enum (project, s, "willingness", SAM_WILLINGNESS_HIGH);
  sam_project_set_int (project, s, "role-now", 1);
  sam_project_set_int (project, s, "role-wanted", 4);
  sam_project_set_boolean (project, s, "ambassador", TRUE);
  sam_project_set_boolean (project, s, "informed-only", TRUE);
  sam_project_set_boolean (project, s, "critical-voice", TRUE);
  sam_project_set_string (project, s, "notes", "Often overlooked: we think on their behalf.");
  sam_project_set_string (project, s, "colour", "#c01c28");

  sam_project_add_note (project, note, -1);
  sam_project_set_enum (project, note, "status", SAM_NOTE_STATUS_DISCUSSED);
  sam_project_set_string (project, note, "owner", "Fatima");
  sam_project_set_string (project, note, "stakeholder-id", sam_stakeholder_get_id (s));

  g_object_unref (s);
  g_object_unref (note);
  return project;
}

static void
assert_same_project (SamProject *a,
                     SamProject *b)
{
  GListModel *la, *lb;

  g_assert_cmpstr (sam_project_get_id (a), ==, sam_project_get_id (b));
  g_assert_cmpstr (sam_project_get_title (a), ==, sam_project_get_title (b));
  g_assert_cmpstr (sam_project_get_organisation (a), ==, sam_project_get_organisation (b));
  g_assert_cmpint (sam_project_get_created (a), ==, sam_project_get_created (b));
  g_assert_cmpint (sam_project_get_modified (a), ==, sam_project_get_modified (b));
  for (int m = 0; m < SAM_N_MARKS; m++)
    g_assert_cmpint (sam_project_get_mark (a, m), ==, sam_project_get_mark (b, m));
  for (int f = 0; f < SAM_VISION_N_FIELDS; f++)
    g_assert_cmpstr (sam_project_get_vision (a, f), ==, sam_project_get_vision (b, f));
  g_assert_cmpint (sam_project_get_verdict (a), ==, sam_project_get_verdict (b));

  la = sam_project_get_stakeholders (a);
  lb = sam_project_get_stakeholders (b);
  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(SamStakeholder) x = g_list_model_get_item (la, i);
      g_autoptr(SamStakeholder) y = g_list_model_get_item (lb, i);

      g_assert_cmpstr (sam_stakeholder_get_id (x), ==, sam_stakeholder_get_id (y));
      g_assert_cmpstr (sam_stakeholder_get_name (x), ==, sam_stakeholder_get_name (y));
      g_assert_cmpstr (sam_stakeholder_get_category (x), ==, sam_stakeholder_get_category (y));
      g_assert_cmpstr (sam_stakeholder_get_interest (x), ==, sam_stakeholder_get_interest (y));
      g_assert_cmpstr (sam_stakeholder_get_benefit (x), ==, sam_stakeholder_get_benefit (y));
      g_assert_cmpint (sam_stakeholder_get_willingness (x), ==, sam_stakeholder_get_willingness (y));
      g_assert_cmpint (sam_stakeholder_get_role_now (x), ==, sam_stakeholder_get_role_now (y));
      g_assert_cmpint (sam_stakeholder_get_role_wanted (x), ==, sam_stakeholder_get_role_wanted (y));
      g_assert_cmpint (sam_stakeholder_get_ambassador (x), ==, sam_stakeholder_get_ambassador (y));
      g_assert_cmpint (sam_stakeholder_get_informed_only (x), ==, sam_stakeholder_get_informed_only (y));
      g_assert_cmpint (sam_stakeholder_get_critical_voice (x), ==, sam_stakeholder_get_critical_voice (y));
      g_assert_cmpstr (sam_stakeholder_get_notes (x), ==, sam_stakeholder_get_notes (y));
      g_assert_cmpstr (sam_stakeholder_get_colour (x), ==, sam_stakeholder_get_colour (y));
      g_assert_cmpint (sam_stakeholder_get_modified (x), ==, sam_stakeholder_get_modified (y));
    }

  la = sam_project_get_notes (a);
  lb = sam_project_get_notes (b);
  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(SamNote) x = g_list_model_get_item (la, i);
      g_autoptr(SamNote) y = g_list_model_get_item (lb, i);

      g_assert_cmpstr (sam_note_get_id (x), ==, sam_note_get_id (y));
      g_assert_cmpstr (sam_note_get_text (x), ==, sam_note_get_text (y));
      g_assert_cmpint (sam_note_get_kind (x), ==, sam_note_get_kind (y));
      g_assert_cmpint (sam_note_get_status (x), ==, sam_note_get_status (y));
      g_assert_cmpstr (sam_note_get_owner (x), ==, sam_note_get_owner (y));
      g_assert_cmpstr (sam_note_get_stakeholder_id (x), ==, sam_note_get_stakeholder_id (y));
      g_assert_cmpint (sam_note_get_created (x), ==, sam_note_get_created (y));
      g_assert_cmpint (sam_note_get_modified (x), ==, sam_note_get_modified (y));
    }
}

/* Runs tests/validate-schema.py on @paths; returns its exit status and
 * output. */
static int
validate_schema (const char * const *paths,
                 char              **output)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  /* Debian's python3 first: python3-jsonschema installs there, while a
   * python3 earlier in PATH (pyenv, venv) may not have it. */
  g_autofree char *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE)
                            ? g_strdup ("/usr/bin/python3") : g_find_program_in_path ("python3");
  g_autofree char *script = g_build_filename (TEST_DATA_DIR, "..", "validate-schema.py", NULL);
  g_autofree char *schema = g_build_filename (TEST_DATA_DIR, "..", "..", "data", "samenspel.schema.json", NULL);
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (python == NULL)
    g_error ("python3 is needed to check files against the JSON Schema");

  g_ptr_array_add (argv, python);
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, schema);
  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) paths[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                output, NULL, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", *output);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* ---------------------------------------------------------------------- */
/* round trips                                                             */

static void
test_load_rich (void)
{
  g_autoptr(SamProject) project = load_data ("rich.samenspel");
  g_autoptr(SamStakeholder) school = NULL;
  g_autoptr(SamStakeholder) library = NULL;
  g_autoptr(SamNote) fear = NULL;
  g_autoptr(SamNote) question = NULL;
  GListModel *list;

  g_assert_cmpstr (sam_project_get_id (project), ==, RICH_PROJECT_ID);
  g_assert_cmpstr (sam_project_get_title (project), ==, "Culture path for primary schools");
  g_assert_cmpstr (sam_project_get_organisation (project), ==, "Stichting Kunstkracht");
  /* 2026-02-03T09:15:00Z and 2026-03-14T16:40:05Z */
  g_assert_cmpint (sam_project_get_created (project), ==, 1770110100);
  g_assert_cmpint (sam_project_get_modified (project), ==, 1773506405);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_NOW), ==, 1);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_WANTED), ==, 4);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_CONSUMER_NOW), ==, 2);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_CONSUMER_WANTED), ==, 3);
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_CLIENT_WANTS), ==,
                   "Schools work in themes and want lessons that fit them.\nNot a fixed menu.");
  g_assert_true (g_str_has_suffix (sam_project_get_vision (project, SAM_VISION_FIT_NOTES),
                                   "\"Quotes\", tabs\tand back\\slashes."));
  g_assert_cmpint (sam_project_get_verdict (project), ==, SAM_VERDICT_PARTLY);

  list = sam_project_get_stakeholders (project);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  school = g_list_model_get_item (list, 0);
  library = g_list_model_get_item (list, 1);
  g_assert_cmpstr (sam_stakeholder_get_id (school), ==, SCHOOL_ID);
  g_assert_cmpstr (sam_stakeholder_get_name (school), ==, "De Regenboog primary school");
  g_assert_cmpstr (sam_stakeholder_get_category (school), ==, "school");
  g_assert_cmpstr (sam_stakeholder_get_interest (school), ==, "Lessons that fit the theme of the term");
  g_assert_cmpstr (sam_stakeholder_get_benefit (school), ==, "Less work finding providers; pupils more involved");
  g_assert_cmpint (sam_stakeholder_get_willingness (school), ==, SAM_WILLINGNESS_HIGH);
  g_assert_cmpint (sam_stakeholder_get_role_now (school), ==, 1);
  g_assert_cmpint (sam_stakeholder_get_role_wanted (school), ==, 4);
  g_assert_true (sam_stakeholder_get_ambassador (school));
  g_assert_false (sam_stakeholder_get_informed_only (school));
  g_assert_false (sam_stakeholder_get_critical_voice (school));
  g_assert_cmpstr (sam_stakeholder_get_notes (school), ==,
                   "Culture coordinator Anouk leads the pilot — enthousiast! 🎭");
  g_assert_cmpstr (sam_stakeholder_get_colour (school), ==, "#3465a4");
  g_assert_cmpint (sam_stakeholder_get_modified (school), ==, 1772359200);
  g_assert_cmpint (sam_stakeholder_get_side (school), ==, SAM_SIDE_CONSUMER);
  g_assert_cmpint (sam_stakeholder_get_willingness (library), ==, SAM_WILLINGNESS_MEDIUM);
  g_assert_cmpint (sam_stakeholder_get_side (library), ==, SAM_SIDE_PRODUCER);
  g_assert_true (sam_stakeholder_get_informed_only (library));
  g_assert_true (sam_stakeholder_get_critical_voice (library));

  list = sam_project_get_notes (project);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  fear = g_list_model_get_item (list, 0);
  question = g_list_model_get_item (list, 1);
  g_assert_cmpstr (sam_note_get_text (fear), ==, "Will schools still book our standard lessons?");
  g_assert_cmpint (sam_note_get_kind (fear), ==, SAM_NOTE_KIND_FEAR);
  g_assert_cmpint (sam_note_get_status (fear), ==, SAM_NOTE_STATUS_PARKED);
  g_assert_cmpstr (sam_note_get_owner (fear), ==, "Marieke");
  g_assert_cmpstr (sam_note_get_stakeholder_id (fear), ==, LIBRARY_ID);
  g_assert_cmpint (sam_note_get_created (fear), ==, 1772528400);
  g_assert_cmpint (sam_note_get_modified (fear), ==, 1772614800);
  g_assert_cmpint (sam_note_get_kind (question), ==, SAM_NOTE_KIND_QUESTION);
  g_assert_cmpint (sam_note_get_status (question), ==, SAM_NOTE_STATUS_RESOLVED);
  g_assert_cmpstr (sam_note_get_stakeholder_id (question), ==, "");

  /* Loading is not an edit. */
  g_assert_false (sam_history_get_dirty (sam_project_get_history (project)));
  g_assert_false (sam_history_can_undo (sam_project_get_history (project)));
}

static void
test_second_save_identical (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *first = g_build_filename (dir, "first.samenspel", NULL);
  g_autofree char *second = g_build_filename (dir, "second.samenspel", NULL);
  g_autofree char *a = NULL, *b = NULL;
  gsize la, lb;
  g_autoptr(SamProject) project = make_rich_project ();
  g_autoptr(SamProject) loaded = NULL;
  g_autoptr(GError) error = NULL;

  save_path (project, first);
  loaded = load_path (first, &error);
  g_assert_no_error (error);
  assert_same_project (project, loaded);
  save_path (loaded, second);

  a = read_file (first, &la);
  b = read_file (second, &lb);
  g_assert_cmpmem (a, la, b, lb);

  /* Pretty-printed with two spaces and a final newline. */
  g_assert_true (g_str_has_prefix (a, "{\n  \"format\": \"samenspel\",\n  \"version\": 1,\n  \"id\": "));
  g_assert_true (g_str_has_suffix (a, "\n}\n"));
  /* Control characters are escaped, the rest of Unicode is written as is. */
  g_assert_nonnull (strstr (a, "control \\u0001, emoji 🎨, ë"));

  remove_tree (dir);
}

static void
test_round_trip_rich_file (void)
{
  g_autoptr(SamProject) project = load_data ("rich.samenspel");
  g_autoptr(GBytes) first = sam_project_save_to_bytes (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) again = sam_project_load_from_bytes (first, &error);
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  assert_same_project (project, again);
  second = sam_project_save_to_bytes (again);
  g_assert_true (g_bytes_equal (first, second));
}

static JsonNode *
parse_bytes (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_unknown_members_kept (void)
{
  g_autoptr(SamProject) project = load_data ("rich.samenspel");
  g_autoptr(GBytes) saved = sam_project_save_to_bytes (project);
  g_autoptr(JsonNode) root = parse_bytes (saved);
  JsonObject *top = json_node_get_object (root);
  JsonObject *object;
  JsonArray *array;
  g_autoptr(GList) members = NULL;

  /* At the top level, in the sections, in stakeholders and in notes. */
  object = json_object_get_object_member (top, "future-top-level");
  g_assert_nonnull (object);
  g_assert_cmpstr (json_object_get_string_member (object, "added-in"), ==, "1.1");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "list")), ==, 0);

  object = json_object_get_object_member (top, "ladder");
  g_assert_cmpstr (json_object_get_string_member (object, "future-ladder-note"), ==,
                   "kept by older versions");

  object = json_object_get_object_member (json_object_get_object_member (top, "vision"), "future-vision");
  array = json_object_get_array_member (object, "deep");
  g_assert_cmpuint (json_array_get_length (array), ==, 9);
  g_assert_cmpfloat (json_array_get_double_element (array, 6), ==, 3.0);
  g_assert_cmpfloat (json_array_get_double_element (array, 8), ==, 0.1);
  g_assert_cmpint (json_array_get_int_element (array, 0), ==, 1);
  g_assert_cmpfloat (json_array_get_double_element (array, 1), ==, 2.5);
  g_assert_true (json_array_get_boolean_element (array, 2));
  g_assert_true (json_array_get_null_element (array, 3));
  g_assert_cmpstr (json_array_get_string_element (array, 4), ==, "x");

  object = json_array_get_object_element (json_object_get_array_member (top, "stakeholders"), 0);
  array = json_object_get_array_member (object, "future-stakeholder-field");
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 0), "a"), ==, 1);

  object = json_array_get_object_element (json_object_get_array_member (top, "notes"), 0);
  g_assert_cmpint (json_object_get_int_member (object, "future-note-field"), ==, 12345678901234);

  /* Known members first in a fixed order, unknown ones after them. */
  members = json_object_get_members (top);
  g_assert_cmpstr (g_list_nth_data (members, 0), ==, "format");
  g_assert_cmpstr (g_list_nth_data (members, 10), ==, "notes");
  g_assert_cmpstr (g_list_nth_data (members, 11), ==, "future-top-level");

  /* Unknown members that clash with known ones are not written twice. */
  {
    g_autoptr(JsonObject) clash = json_object_new ();
    g_autoptr(GBytes) again = NULL;
    g_autoptr(SamProject) reloaded = NULL;
    g_autoptr(GError) error = NULL;

    json_object_set_string_member (clash, "title", "not this one");
    json_object_set_string_member (clash, "future", "kept");
    sam_project_set_unknown (project, "", clash);
    again = sam_project_save_to_bytes (project);
    reloaded = sam_project_load_from_bytes (again, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (sam_project_get_title (reloaded), ==, "Culture path for primary schools");
    g_assert_nonnull (json_object_get_member (sam_project_get_unknown (reloaded, ""), "future"));
  }

  /* The model holds them for other code too. */
  g_assert_nonnull (sam_project_get_unknown (project, ""));
  g_assert_nonnull (sam_project_get_unknown (project, "ladder"));
  g_assert_nonnull (sam_project_get_unknown (project, "vision"));
}

static void
test_schema_valid (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *rich = g_build_filename (dir, "rich.samenspel", NULL);
  g_autofree char *made = g_build_filename (dir, "made.samenspel", NULL);
  g_autofree char *upgraded = g_build_filename (dir, "upgraded.samenspel", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.samenspel", NULL);
  g_autofree char *bad = data_path ("hostile/rung-7.samenspel");
  g_autofree char *output = NULL;
  g_autofree char *output2 = NULL;
  g_autoptr(SamProject) p1 = load_data ("rich.samenspel");
  g_autoptr(SamProject) p2 = make_rich_project ();
  g_autoptr(SamProject) p3 = load_data ("v0.samenspel");
  g_autoptr(SamProject) p4 = sam_project_new ();
  const char *saved[] = { rich, made, upgraded, empty, NULL };
  const char *wrong[] = { bad, NULL };

  save_path (p1, rich);
  save_path (p2, made);
  save_path (p3, upgraded);
  save_path (p4, empty);
  g_assert_cmpint (validate_schema (saved, &output), ==, 0);

  /* The check can fail: a file the loader refuses, the schema refuses. */
  g_assert_cmpint (validate_schema (wrong, &output2), ==, 1);
  g_assert_nonnull (strstr (output2, "producer-now"));

  remove_tree (dir);
}

static void
test_upgrade_v0 (void)
{
  g_autoptr(SamProject) project = load_data ("v0.samenspel");
  g_autoptr(SamStakeholder) theatre = NULL;
  g_autoptr(SamStakeholder) pupils = NULL;
  g_autoptr(SamNote) obstacle = NULL;
  g_autoptr(SamNote) idea = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  g_assert_true (g_uuid_string_is_valid (sam_project_get_id (project)));
  g_assert_cmpstr (sam_project_get_title (project), ==, "Pilot with three schools");
  g_assert_cmpint (sam_project_get_created (project), ==, 1767225600);
  g_assert_cmpint (sam_project_get_modified (project), ==, 1767312000);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_NOW), ==, 1);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_PRODUCER_WANTED), ==, 3);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_CONSUMER_NOW), ==, 2);
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_CONSUMER_WANTED), ==, 4);
  g_assert_cmpint (sam_project_get_verdict (project), ==, SAM_VERDICT_NO);

  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_stakeholders (project)), ==, 2);
  theatre = g_list_model_get_item (sam_project_get_stakeholders (project), 0);
  pupils = g_list_model_get_item (sam_project_get_stakeholders (project), 1);
  g_assert_true (g_uuid_string_is_valid (sam_stakeholder_get_id (theatre)));
  g_assert_cmpstr (sam_stakeholder_get_id (theatre), !=, sam_stakeholder_get_id (pupils));
  g_assert_cmpint (sam_stakeholder_get_role_now (theatre), ==, 1);
  g_assert_cmpint (sam_stakeholder_get_role_wanted (theatre), ==, 2);
  g_assert_cmpint (sam_stakeholder_get_role_wanted (pupils), ==, 3);
  /* Version 0 had no sides: everyone stays on the consumer side. */
  g_assert_cmpint (sam_stakeholder_get_side (theatre), ==, SAM_SIDE_CONSUMER);
  g_assert_cmpint (sam_stakeholder_get_side (pupils), ==, SAM_SIDE_CONSUMER);
  g_assert_true (sam_stakeholder_get_critical_voice (pupils));

  /* "bears" became notes; the link by position became a link by id. */
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_notes (project)), ==, 2);
  obstacle = g_list_model_get_item (sam_project_get_notes (project), 0);
  idea = g_list_model_get_item (sam_project_get_notes (project), 1);
  g_assert_cmpint (sam_note_get_kind (obstacle), ==, SAM_NOTE_KIND_OBSTACLE);
  g_assert_cmpint (sam_note_get_status (obstacle), ==, SAM_NOTE_STATUS_DISCUSSED);
  g_assert_cmpstr (sam_note_get_stakeholder_id (obstacle), ==, sam_stakeholder_get_id (pupils));
  g_assert_cmpint (sam_note_get_created (obstacle), ==, 1767300000);
  g_assert_cmpint (sam_note_get_modified (obstacle), ==, 1767300000);
  g_assert_cmpstr (sam_note_get_stakeholder_id (idea), ==, "");

  /* Saved as version 1, the draft's unknown member kept. */
  saved = sam_project_save_to_bytes (project);
  root = parse_bytes (saved);
  object = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, 1);
  g_assert_false (json_object_has_member (object, "bears"));
  object = json_array_get_object_element (json_object_get_array_member (object, "stakeholders"), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "draft-only"), ==, "kept");
  g_assert_false (json_object_has_member (object, "role"));
}

static void
test_newer_version_refused (void)
{
  const char *text = "{\"format\": \"samenspel\", \"version\": 2, \"id\": \"" RICH_PROJECT_ID "\","
                     " \"stakeholders\": \"changed in version 2\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = load_string (text, strlen (text), &error);

  g_assert_null (project);
  g_assert_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer Samenspel"));
  g_assert_nonnull (strstr (error->message, "version 2"));
}

static void
test_minimal_defaults (void)
{
  g_autoptr(SamProject) project = load_data ("minimal.samenspel");

  g_assert_cmpstr (sam_project_get_title (project), ==, "");
  g_assert_cmpint (sam_project_get_mark (project, SAM_MARK_CONSUMER_NOW), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_notes (project)), ==, 0);
}

/* A stakeholder's side: absent reads as consumer (files from before
 * sides), both nicks round-trip, and is always written; anything else is
 * the usual enum error naming the member. */
static void
test_stakeholder_side (void)
{
  static const char text[] =
    "{\"format\": \"samenspel\", \"version\": 1,"
    " \"id\": \"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\","
    " \"stakeholders\": ["
    "  {\"id\": \"6a0c4e2f-1b3d-4f5a-8b7c-9d0e1f2a3b4c\", \"name\": \"Pupils\", \"role-now\": 1},"
    "  {\"id\": \"7b1d5f30-2c4e-4a6b-9c8d-0e1f2a3b4c5d\", \"name\": \"Theatre\","
    "   \"side\": \"producer\", \"role-now\": 2},"
    "  {\"id\": \"8c2e6041-3d5f-4b7c-8d9e-1f2a3b4c5d6e\", \"name\": \"School\","
    "   \"side\": \"consumer\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = load_string (text, strlen (text), &error);
  g_autoptr(SamProject) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *bad = NULL;
  GListModel *list;

  g_assert_no_error (error);
  list = sam_project_get_stakeholders (project);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(SamStakeholder) a = g_list_model_get_item (list, 0);
    g_autoptr(SamStakeholder) b = g_list_model_get_item (list, 1);
    g_autoptr(SamStakeholder) c = g_list_model_get_item (list, 2);

    g_assert_cmpint (sam_stakeholder_get_side (a), ==, SAM_SIDE_CONSUMER);
    g_assert_cmpint (sam_stakeholder_get_side (b), ==, SAM_SIDE_PRODUCER);
    g_assert_cmpint (sam_stakeholder_get_role_now (b), ==, 2);
    g_assert_cmpint (sam_stakeholder_get_side (c), ==, SAM_SIDE_CONSUMER);
    g_assert_null (sam_stakeholder_get_unknown (b));
  }

  saved = sam_project_save_to_bytes (project);
  {
    const char *data = g_bytes_get_data (saved, NULL);
    const char *first = strstr (data, "\"side\": \"consumer\"");
    const char *producer = strstr (data, "\"side\": \"producer\"");

    /* Written for every stakeholder, the absent one included. */
    g_assert_nonnull (first);
    g_assert_nonnull (producer);
    g_assert_true (first < producer);
  }
  again = sam_project_load_from_bytes (saved, &error);
  g_assert_no_error (error);
  {
    g_autoptr(SamStakeholder) b = g_list_model_get_item (sam_project_get_stakeholders (again), 1);

    g_assert_cmpint (sam_stakeholder_get_side (b), ==, SAM_SIDE_PRODUCER);
  }

  bad = g_strdup (text);
  memcpy (strstr (bad, "producer"), "Producer", strlen ("Producer"));
  g_clear_object (&again);
  again = load_string (bad, strlen (bad), &error);
  g_assert_null (again);
  g_assert_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "stakeholders[1].side"));
  g_assert_nonnull (strstr (error->message, "“producer”, “consumer”"));
  g_clear_error (&error);

  memcpy (strstr (bad, "\"Producer\""), "   true   ", strlen ("\"Producer\""));
  again = load_string (bad, strlen (bad), &error);
  g_assert_null (again);
  g_assert_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "stakeholders[1].side"));
}

/* ---------------------------------------------------------------------- */
/* hostile input                                                           */

static int
error_code_from_name (const char *name)
{
  static const char * const names[] = {
    "TOO_LARGE", "ENCODING", "TOO_DEEP", "SYNTAX", "NOT_A_PROJECT", "NEWER_VERSION",
    "INVALID", "DUPLICATE_ID", "MISSING_REFERENCE", "CHANGED_ON_DISK",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i], name))
      return (int) i;
  g_error ("unknown error code %s in expected.txt", name);
}

static void
test_hostile_corpus (void)
{
  g_autofree char *dir = data_path ("hostile");
  g_autofree char *table_path = g_build_filename (dir, "expected.txt", NULL);
  g_autofree char *table = read_file (table_path, NULL);
  g_auto(GStrv) lines = g_strsplit (table, "\n", -1);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) codes = g_hash_table_new (NULL, NULL);
  g_autoptr(GDir) d = NULL;
  const char *name;
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SamProject) project = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) bytes_error = NULL;
      g_autofree char *contents = NULL;
      gsize length;
      int code;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      path = g_build_filename (dir, fields[0], NULL);
      code = error_code_from_name (fields[1]);

      project = load_path (path, &error);
      g_test_message ("%s: %s", fields[0], error != NULL ? error->message : "(loaded!)");
      g_assert_null (project);
      g_assert_error (error, SAM_PROJECT_ERROR, code);
      if (strstr (error->message, fields[2]) == NULL)
        g_error ("%s: message “%s” lacks “%s”", fields[0], error->message, fields[2]);
      /* One line, for `samenspel --validate`. */
      g_assert_null (strchr (error->message, '\n'));

      /* The same through the bytes entry point. */
      contents = read_file (path, &length);
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      g_assert_null (sam_project_load_from_bytes (bytes, &bytes_error));
      g_assert_error (bytes_error, SAM_PROJECT_ERROR, code);

      g_hash_table_add (listed, g_strdup (fields[0]));
      g_hash_table_add (codes, GINT_TO_POINTER (code + 1));
      n++;
    }

  /* Every file of the corpus is in the table, so none goes untested. */
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".samenspel") && !g_hash_table_contains (listed, name))
      g_error ("%s is not listed in expected.txt", name);

  g_test_message ("%u hostile files, %u distinct error codes", n, g_hash_table_size (codes));
  g_assert_cmpuint (n, >=, 25);
  /* Every load error code is exercised (all but CHANGED_ON_DISK). */
  g_assert_cmpuint (g_hash_table_size (codes), ==, 9);

  g_hash_table_foreach (listed, (GHFunc) g_free, NULL);
}

static void
assert_load_error (const char *data,
                   gsize       length,
                   int         code,
                   const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = load_string (data, length, &error);

  g_assert_null (project);
  g_assert_error (error, SAM_PROJECT_ERROR, code);
  g_test_message ("%s", error->message);
  if (strstr (error->message, fragment) == NULL)
    g_error ("message “%s” lacks “%s”", error->message, fragment);
}

static void
test_hostile_generated (void)
{
  GString *s;
  char *big;

  /* 100,000 nested '[': json-glib 1.6.6 alone crashes on this. */
  s = g_string_new (NULL);
  for (int i = 0; i < 100000; i++)
    g_string_append_c (s, '[');
  for (int i = 0; i < 100000; i++)
    g_string_append_c (s, ']');
  assert_load_error (s->str, s->len, SAM_PROJECT_ERROR_TOO_DEEP, "nested more than 32 levels");
  /* Unclosed too. */
  assert_load_error (s->str, 100000, SAM_PROJECT_ERROR_TOO_DEEP, "nested more than 32 levels");
  g_string_free (s, TRUE);

  /* 100,000 nested objects inside a real project. */
  s = g_string_new ("{\"format\": \"samenspel\", \"version\": 1, \"x\": ");
  for (int i = 0; i < 100000; i++)
    g_string_append (s, "{\"a\": ");
  assert_load_error (s->str, s->len, SAM_PROJECT_ERROR_TOO_DEEP, "line 1, column ");
  g_string_free (s, TRUE);

  /* A text over its cap (100,001 characters), and one exactly at it. */
  s = g_string_new ("{\"format\": \"samenspel\", \"version\": 1, \"id\": \"" RICH_PROJECT_ID "\", "
                    "\"vision\": {\"mission\": \"");
  for (int i = 0; i < SAM_PROJECT_MAX_TEXT_CHARS; i++)
    g_string_append (s, "ë");
  {
    GString *over = g_string_new (s->str);
    g_autoptr(GError) error = NULL;
    g_autoptr(SamProject) project = NULL;

    g_string_append (over, "x\"}}");
    assert_load_error (over->str, over->len, SAM_PROJECT_ERROR_TOO_LARGE,
                       "vision.mission: the text is longer than the 100000 characters allowed");
    g_string_free (over, TRUE);

    g_string_append (s, "\"}}");
    project = load_string (s->str, s->len, &error);
    g_assert_no_error (error);
    g_assert_cmpint (g_utf8_strlen (sam_project_get_vision (project, SAM_VISION_MISSION), -1),
                     ==, SAM_PROJECT_MAX_TEXT_CHARS);
  }
  g_string_free (s, TRUE);

  /* 100,001 stakeholders: refused before a single one is built. */
  s = g_string_new ("{\"format\": \"samenspel\", \"version\": 1, \"id\": \"" RICH_PROJECT_ID "\", "
                    "\"stakeholders\": [");
  for (int i = 0; i <= SAM_PROJECT_MAX_ITEMS; i++)
    g_string_append (s, i == 0 ? "{}" : ",{}");
  g_string_append (s, "]}");
  assert_load_error (s->str, s->len, SAM_PROJECT_ERROR_TOO_LARGE,
                     "stakeholders: the list has 100001 items, more than the 100000 allowed");
  g_string_free (s, TRUE);

  /* Over the file size cap: refused before anything is read. */
  big = g_malloc (SAM_PROJECT_MAX_FILE_SIZE + 1);
  memset (big, ' ', SAM_PROJECT_MAX_FILE_SIZE + 1);
  assert_load_error (big, SAM_PROJECT_MAX_FILE_SIZE + 1, SAM_PROJECT_ERROR_TOO_LARGE,
                     "the file is larger than 128 MiB, the most a project file may have");
  g_free (big);
}

static void
test_hostile_big_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "big.samenspel", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = NULL;
  int fd;

  /* A sparse file just over the cap: refused from its size. */
  fd = g_open (path, O_WRONLY | O_CREAT, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, SAM_PROJECT_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);

  project = load_path (path, &error);
  g_assert_null (project);
  g_assert_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_TOO_LARGE);

  remove_tree (dir);
}

static void
test_caps_at_limit (void)
{
  g_autoptr(GString) s = g_string_new ("{\"format\": \"samenspel\", \"version\": 1, \"id\": \""
                                       RICH_PROJECT_ID "\", \"title\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = NULL;

  /* 200 two-byte characters are 400 bytes, still 200 characters. */
  for (int i = 0; i < SAM_PROJECT_MAX_NAME_CHARS; i++)
    g_string_append (s, "é");
  g_string_append (s, "\", \"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}");
  /* Depth: the top object and 31 arrays, 32 in all: allowed. */
  project = load_string (s->str, s->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_utf8_strlen (sam_project_get_title (project), -1), ==, SAM_PROJECT_MAX_NAME_CHARS);
}

static void
test_strict_json_accepted (void)
{
  /* What strict JSON does allow must load: escapes, surrogate pairs, a
   * UTF-8 byte order mark, numbers in unknown members, odd whitespace. */
  const char *text = "\xEF\xBB\xBF \r\n\t{\"format\":\"samenspel\",\"version\":1,"
                     "\"id\":\"" RICH_PROJECT_ID "\","
                     "\"title\":\"\\u00e9\\ud83c\\udfa8\\/\\b\\f\\n\\r\\t\\\"\\\\\","
                     "\"n\":[-0,0.5,-1.5e-3,1E+2,123456789012345678,true,false,null,{},[]]}\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = load_string (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sam_project_get_title (project), ==, "é🎨/\b\f\n\r\t\"\\");
}

/* ---------------------------------------------------------------------- */
/* saving                                                                  */

static void
run_child (gconstpointer child)
{
  if (!g_test_subprocess ())
    {
      g_test_skip ("runs only as the subprocess of its parent test");
      return;
    }
  ((GTestFunc) child) ();
}

static const char * const fault_points[] = {
  "save-mid-write", "save-after-write", "save-before-rename",
};

static void
fault_child (void)
{
  const char *path = g_getenv ("SAM_TEST_SAVE_PATH");
  g_autoptr(SamProject) project = make_rich_project ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* Killed inside at the fault point; returns only without one. */
  g_setenv ("SAMENSPEL_FAULT", g_getenv ("SAM_TEST_FAULT"), TRUE);
  g_assert_true (sam_project_save_to_file (project, file, NULL, NULL, NULL, NULL));
  g_assert_cmpstr (g_getenv ("SAM_TEST_FAULT"), ==, "none");
}

static void
test_atomic_save_killed (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fault_points); i++)
    for (int existing = 1; existing >= 0; existing--)
      {
        g_autofree char *dir = make_temp_dir ();
        g_autofree char *path = g_build_filename (dir, "project.samenspel", NULL);
        const char *old = "{\"format\": \"samenspel\", \"version\": 1, \"id\": \"" RICH_PROJECT_ID "\"}\n";

        if (existing)
          write_file (path, old);

        g_setenv ("SAM_TEST_SAVE_PATH", path, TRUE);
        g_setenv ("SAM_TEST_FAULT", fault_points[i], TRUE);
        g_test_trap_subprocess ("/samenspel/io/atomic-save/child", 0, G_TEST_SUBPROCESS_DEFAULT);
        g_test_trap_assert_failed ();

        if (existing)
          {
            g_autofree char *now = read_file (path, NULL);

            /* The old file, whole, exactly as it was. */
            g_assert_cmpstr (now, ==, old);
          }
        else
          g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

        /* Before the temporary file gets its name it leaves nothing;
         * after that, one hidden ".project.samenspel.*" file at most. */
        g_test_message ("%s, %s file: %u entries left", fault_points[i],
                        existing ? "existing" : "new", count_entries (dir));
        if (g_str_equal (fault_points[i], "save-before-rename"))
          g_assert_cmpuint (count_entries (dir), <=, existing + 1);
        else
          g_assert_cmpuint (count_entries (dir), ==, existing);

        remove_tree (dir);
      }

  g_unsetenv ("SAM_TEST_SAVE_PATH");
  g_unsetenv ("SAM_TEST_FAULT");
}

/* The check that makes the fault test meaningful: without a fault the
 * child saves completely. */
static void
test_atomic_save_no_fault (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "project.samenspel", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = NULL;

  g_setenv ("SAM_TEST_SAVE_PATH", path, TRUE);
  g_setenv ("SAM_TEST_FAULT", "none", TRUE);
  g_test_trap_subprocess ("/samenspel/io/atomic-save/child", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  project = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_project_get_title (project), ==, "Themes, not menus");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_unsetenv ("SAM_TEST_SAVE_PATH");
  g_unsetenv ("SAM_TEST_FAULT");
  remove_tree (dir);
}

/* Root ignores folder permissions, so the child gives up root first;
 * then the test means the same for every user. */
static void
drop_root (void)
{
  if (geteuid () != 0)
    return;
  if (setgroups (0, NULL) != 0 || setgid (65534) != 0 || setuid (65534) != 0)
    g_error ("could not drop root: %s", g_strerror (errno));
}

/* Whether a child process can give up root (a container may forbid it). */
static gboolean
can_drop_root (void)
{
  pid_t pid = fork ();
  int status = 0;

  if (pid == 0)
    _exit (setgroups (0, NULL) == 0 && setgid (65534) == 0 && setuid (65534) == 0 ? 0 : 1);
  if (pid < 0 || waitpid (pid, &status, 0) != pid)
    return FALSE;
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
read_only_child (void)
{
  const char *path = g_getenv ("SAM_TEST_SAVE_PATH");
  g_autoptr(SamProject) project = make_rich_project ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  drop_root ();
  g_assert_false (sam_project_save_to_file (project, file, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_printerr ("%s\n", error->message);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "project.samenspel", NULL);
  const char *old = "{\"format\": \"samenspel\", \"version\": 1, \"id\": \"" RICH_PROJECT_ID "\"}\n";
  g_autofree char *now = NULL;

  if (geteuid () == 0 && !can_drop_root ())
    {
      g_test_skip ("running as root and not allowed to change to an ordinary user, "
                   "so folder permissions cannot be tested here");
      remove_tree (dir);
      return;
    }

  write_file (path, old);
  g_chmod (path, 0644);
  /* The child may run as nobody: it must reach the folder. */
  g_chmod (dir, 0555);

  g_setenv ("SAM_TEST_SAVE_PATH", path, TRUE);
  g_test_trap_subprocess ("/samenspel/io/read-only-folder/child", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*cannot be written to*The file on disk is unchanged; save to another folder*");
  g_unsetenv ("SAM_TEST_SAVE_PATH");

  now = read_file (path, NULL);
  g_assert_cmpstr (now, ==, old);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

static void
disk_full_child (void)
{
  const char *path = g_getenv ("SAM_TEST_SAVE_PATH");
  g_autoptr(SamProject) project = make_rich_project ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  struct rlimit limit = { 1000, 1000 };

  /* A file size limit fails writes the way a full disk does, for root
   * too; the signal it sends is ignored so write() returns EFBIG. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_false (sam_project_save_to_file (project, file, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_printerr ("%s\n", error->message);
}

static void
test_disk_full (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "project.samenspel", NULL);
  const char *old = "{\"format\": \"samenspel\", \"version\": 1, \"id\": \"" RICH_PROJECT_ID "\"}\n";
  g_autofree char *now = NULL;

  write_file (path, old);
  g_setenv ("SAM_TEST_SAVE_PATH", path, TRUE);
  g_test_trap_subprocess ("/samenspel/io/disk-full/child", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*not enough room on the disk*unchanged*");
  g_unsetenv ("SAM_TEST_SAVE_PATH");

  now = read_file (path, NULL);
  g_assert_cmpstr (now, ==, old);
  /* The partly written temporary file is gone. */
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

static void
test_parent_not_a_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *regular = g_build_filename (dir, "regular", NULL);
  g_autofree char *path = g_build_filename (regular, "project.samenspel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SamProject) project = make_rich_project ();
  g_autoptr(GError) error = NULL;

  write_file (regular, "not a folder");
  g_assert_false (sam_project_save_to_file (project, file, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "Could not save"));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static void
test_permissions_kept (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "project.samenspel", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.samenspel", NULL);
  g_autoptr(SamProject) project = make_rich_project ();
  const guint modes[] = { 0600, 0640, 0664, 0400 };
  mode_t mask = umask (0022);

  umask (mask);
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      write_file (path, "old");
      g_assert_cmpint (g_chmod (path, modes[i]), ==, 0);
      save_path (project, path);
      g_assert_cmpuint (file_mode (path), ==, modes[i]);
      g_unlink (path);
    }

  /* A new file: like any new file, 0666 minus the umask. */
  save_path (project, fresh);
  g_assert_cmpuint (file_mode (fresh), ==, 0666 & ~mask);

  remove_tree (dir);
}

static void
test_symlink_kept (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "target.samenspel", NULL);
  g_autofree char *link = g_build_filename (dir, "link.samenspel", NULL);
  g_autoptr(SamProject) project = make_rich_project ();
  g_autoptr(SamProject) loaded = NULL;
  g_autoptr(GError) error = NULL;

  write_file (target, "old");
  g_assert_cmpint (symlink ("target.samenspel", link), ==, 0);
  save_path (project, link);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  loaded = load_path (target, &error);
  g_assert_no_error (error);
  assert_same_project (project, loaded);
  remove_tree (dir);
}

static void
test_changed_on_disk (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "project.samenspel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SamProject) project = make_rich_project ();
  g_autoptr(SamProject) loaded = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *etag2 = NULL;
  g_autofree char *load_etag = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GError) error = NULL;
  const char *other = "{\"format\": \"samenspel\", \"version\": 1, \"id\": \"" RICH_PROJECT_ID "\"}\n";
  struct timeval times[2];

  g_assert_true (sam_project_save_to_file (project, file, NULL, &etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  /* Loading gives the same etag; saving with it works. */
  loaded = sam_project_load_from_file (file, &load_etag, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (load_etag, ==, etag);
  g_assert_true (sam_project_save_to_file (project, file, etag, &etag2, NULL, &error));
  g_assert_no_error (error);

  /* Another program writes the file (its time surely differs). */
  write_file (path, other);
  times[0].tv_sec = times[1].tv_sec = time (NULL) + 10;
  times[0].tv_usec = times[1].tv_usec = 0;
  g_assert_cmpint (utimes (path, times), ==, 0);

  g_assert_false (sam_project_save_to_file (project, file, etag2, NULL, NULL, &error));
  g_assert_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (strstr (error->message, "changed by another program"));
  g_clear_error (&error);
  now = read_file (path, NULL);
  g_assert_cmpstr (now, ==, other);

  /* Without an etag the user has chosen to overwrite. */
  g_assert_true (sam_project_save_to_file (project, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* A file deleted meanwhile is simply written again. */
  g_unlink (path);
  g_assert_true (sam_project_save_to_file (project, file, etag2, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  remove_tree (dir);
}

static void
test_load_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = load_path ("/nonexistent/samenspel/project.samenspel", &error);

  g_assert_null (project);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

typedef struct {
  GMainLoop  *loop;
  SamProject *project;
  char       *etag;
  gboolean    saved;
  GError     *error;
} AsyncData;

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncData *data = user_data;

  data->project = sam_project_load_finish (result, &data->etag, &data->error);
  g_main_loop_quit (data->loop);
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncData *data = user_data;

  data->saved = sam_project_save_finish (result, &data->etag, &data->error);
  g_main_loop_quit (data->loop);
}

static void
test_async (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "project.samenspel", NULL);
  g_autofree char *bad = data_path ("hostile/rung-7.samenspel");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(SamProject) project = make_rich_project ();
  AsyncData data = { g_main_loop_new (NULL, FALSE), NULL, NULL, FALSE, NULL };
  g_autofree char *save_etag = NULL;

  sam_project_save_async (project, file, NULL, NULL, save_done_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_no_error (data.error);
  g_assert_true (data.saved);
  save_etag = g_steal_pointer (&data.etag);

  sam_project_load_async (file, NULL, load_done_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_no_error (data.error);
  assert_same_project (project, data.project);
  g_assert_cmpstr (data.etag, ==, save_etag);
  g_clear_object (&data.project);
  g_clear_pointer (&data.etag, g_free);

  /* Errors come through too, with the document untouched. */
  sam_project_load_async (bad_file, NULL, load_done_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_null (data.project);
  g_assert_error (data.error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_INVALID);
  g_clear_error (&data.error);

  sam_project_save_async (project, file, "stale-etag", NULL, save_done_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_false (data.saved);
  g_assert_error (data.error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_CHANGED_ON_DISK);
  g_clear_error (&data.error);

  g_main_loop_unref (data.loop);
  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/io/load-rich", test_load_rich);
  g_test_add_func ("/samenspel/io/second-save-identical", test_second_save_identical);
  g_test_add_func ("/samenspel/io/round-trip-rich-file", test_round_trip_rich_file);
  g_test_add_func ("/samenspel/io/unknown-members-kept", test_unknown_members_kept);
  g_test_add_func ("/samenspel/io/schema-valid", test_schema_valid);
  g_test_add_func ("/samenspel/io/upgrade-v0", test_upgrade_v0);
  g_test_add_func ("/samenspel/io/newer-version-refused", test_newer_version_refused);
  g_test_add_func ("/samenspel/io/minimal-defaults", test_minimal_defaults);
  g_test_add_func ("/samenspel/io/stakeholder-side", test_stakeholder_side);
  g_test_add_func ("/samenspel/io/hostile-corpus", test_hostile_corpus);
  g_test_add_func ("/samenspel/io/hostile-generated", test_hostile_generated);
  g_test_add_func ("/samenspel/io/hostile-big-file", test_hostile_big_file);
  g_test_add_func ("/samenspel/io/caps-at-limit", test_caps_at_limit);
  g_test_add_func ("/samenspel/io/strict-json-accepted", test_strict_json_accepted);
  g_test_add_func ("/samenspel/io/atomic-save", test_atomic_save_killed);
  g_test_add_func ("/samenspel/io/atomic-save/no-fault", test_atomic_save_no_fault);
  g_test_add_func ("/samenspel/io/read-only-folder", test_read_only_folder);
  g_test_add_func ("/samenspel/io/disk-full", test_disk_full);
  g_test_add_func ("/samenspel/io/parent-not-a-folder", test_parent_not_a_folder);
  g_test_add_func ("/samenspel/io/permissions-kept", test_permissions_kept);
  g_test_add_func ("/samenspel/io/symlink-kept", test_symlink_kept);
  g_test_add_func ("/samenspel/io/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/samenspel/io/load-missing-file", test_load_missing_file);
  g_test_add_func ("/samenspel/io/async", test_async);

  /* The children of g_test_trap_subprocess(); they skip in a normal run. */
  g_test_add_data_func ("/samenspel/io/atomic-save/child", fault_child, run_child);
  g_test_add_data_func ("/samenspel/io/read-only-folder/child", read_only_child, run_child);
  g_test_add_data_func ("/samenspel/io/disk-full/child", disk_full_child, run_child);

  return g_test_run ();
}
