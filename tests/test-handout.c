/* test-handout.c: the PDF handout, checked with poppler's pdfinfo and
 * pdftotext (poppler-utils), without a display */

#include "config.h"

#include <glib/gstdio.h>

#include "sam-handout.h"
#include "sam-project-io.h"
#include "test-util.h"

static SamProject *
load_example (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "..", "..", "data", "examples",
                                            "culture-foundation.samenspel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SamProject *project = sam_project_load_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return project;
}

static char *
tmp_pdf (const char *name)
{
  g_autofree char *dir = make_tmp_dir ("samenspel-handout-XXXXXX");

  return g_build_filename (dir, name, NULL);
}

/* Text position of @needle in @haystack, failing when missing. */
static const char *
find (const char *haystack,
      const char *needle)
{
  const char *at = strstr (haystack, needle);

  if (at == NULL)
    g_error ("“%s” is not in the handout text", needle);
  return at;
}

/* pdftotext turns line breaks inside a paragraph into newlines: compare
 * with all whitespace folded to single spaces. */
static char *
fold_space (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_handout_example (void)
{
  g_autoptr(SamProject) project = load_example ();
  g_autofree char *path = tmp_pdf ("handout.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages_line = NULL;
  GListModel *list;
  guint n_pages;

  g_assert_true (sam_handout_export (project, path, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { "pdfinfo", path, NULL };
    info = run (argv);
  }
  g_test_message ("%s", info);
  /* A4 is 595.276 x 841.89 pt; pdfinfo prints "Page size: 595.276 x 841.89 pts (A4)". */
  g_assert_nonnull (strstr (info, "(A4)"));
  {
    const char *p = find (info, "Pages:");

    n_pages = (guint) g_ascii_strtoull (p + strlen ("Pages:"), NULL, 10);
  }
  g_assert_cmpuint (n_pages, >=, 5);
  {
    g_autoptr(SamHandout) handout = sam_handout_new (project, SAM_HANDOUT_A4_WIDTH, SAM_HANDOUT_A4_HEIGHT);
    g_assert_cmpuint (sam_handout_get_n_pages (handout), ==, n_pages);
  }
  g_assert_nonnull (strstr (info, sam_project_get_title (project)));

  {
    const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
    raw = run (argv);
  }
  text = fold_space (raw);

  /* Title, the ladder's role names, the vision answers. */
  find (text, sam_project_get_title (project));
  find (text, "Mass customiser");
  find (text, "Co-creator");
  find (text, "Facilitator");
  for (guint i = 0; i < SAM_VISION_N_FIELDS; i++)
    {
      g_autofree char *answer = fold_space (sam_project_get_vision (project, i));

      find (text, sam_vision_question (i));
      if (answer[0] != '\0')
        {
          /* The first words are enough to know the answer is there. */
          g_autofree char *head = g_utf8_substring (answer, 0, MIN (40, g_utf8_strlen (answer, -1)));
          find (text, head);
        }
    }
  /* Page numbers and the header. */
  {
    g_autofree char *footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
    find (text, footer);
  }
  /* Every stakeholder by name. */
  list = sam_project_get_stakeholders (project);
  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
      find (text, sam_stakeholder_get_name (s));
    }
}

/* A stakeholder's roles are named on its own side, after the side. */
static void
test_handout_sides (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(SamStakeholder) theatre = sam_stakeholder_new ("Theatre De Kolk");
  g_autofree char *path = tmp_pdf ("sides.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  const char *section;

  g_object_set (theatre, "category", "theatre", "side", SAM_SIDE_PRODUCER,
                "role-now", 1, "role-wanted", 3, NULL);
  sam_project_load_stakeholder (project, theatre);
  g_assert_true (sam_handout_export (project, path, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { "pdftotext", path, "-", NULL };
    raw = run (argv);
  }
  text = fold_space (raw);
  /* The section itself, after the contents and the ladder's pages. */
  section = g_strrstr (text, "3. Stakeholders");
  g_assert_nonnull (section);
  find (section, "Theatre De Kolk");
  find (section, "Producer");
  find (section, "Mass customiser");
  find (section, "Integrator");
  /* Not the consumer roles of rungs 1 and 3. */
  g_assert_null (strstr (section, "Participant"));
  g_assert_null (strstr (section, "Consumer"));
}

/* Still-parked notes come before discussed and resolved ones, whatever
 * their order in the file. */
static void
test_handout_parked_first (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autofree char *path = tmp_pdf ("parked.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  const char *resolved, *parked, *discussed;
  const char *notes[][2] = {
    { "Resolved: the budget is settled", "resolved" },
    { "Parked: will teachers find the time", "parked" },
    { "Discussed: roles of the library", "discussed" },
  };

  g_object_set (project, "title", "Pilot Zuid", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(SamNote) note = sam_note_new (notes[i][0], SAM_NOTE_KIND_FEAR);
      int status;

      g_assert_true (sam_enum_from_nick (SAM_TYPE_NOTE_STATUS, notes[i][1], &status));
      g_object_set (note, "status", status, NULL);
      sam_project_load_note (project, note);
    }

  g_assert_true (sam_handout_export (project, path, &error));
  {
    const char *argv[] = { "pdftotext", path, "-", NULL };
    raw = run (argv);
  }
  text = fold_space (raw);
  parked = find (text, "Parked: will teachers find the time");
  discussed = find (text, "Discussed: roles of the library");
  resolved = find (text, "Resolved: the budget is settled");
  g_assert_true (parked < discussed);
  g_assert_true (discussed < resolved);
  find (text, "Still parked (1)");
  /* Empty sections say so rather than vanish. */
  find (text, "No stakeholders yet.");
  find (text, "Not answered yet.");
}

/* Long text flows over pages instead of being cut off; a long table cell
 * too.  Every word of it must be in the PDF. */
static void
test_handout_long_text (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(SamStakeholder) s = sam_stakeholder_new ("Onderwijsbegeleidingsdienst");
  g_autoptr(GString) answer = g_string_new (NULL);
  g_autoptr(GString) interest = g_string_new (NULL);
  g_autofree char *path = tmp_pdf ("long.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autoptr(SamHandout) handout = NULL;

  for (guint i = 0; i < 600; i++)
    g_string_append_printf (answer, "word%u ", i);
  for (guint i = 0; i < 900; i++)
    g_string_append_printf (interest, "cell%u ", i);
  g_object_set (project, "title", "Long", "vision-mission", answer->str, NULL);
  g_object_set (s, "interest", interest->str, NULL);
  sam_project_load_stakeholder (project, s);

  handout = sam_handout_new (project, SAM_HANDOUT_A4_WIDTH, SAM_HANDOUT_A4_HEIGHT);
  g_assert_true (sam_handout_export (project, path, &error));
  {
    const char *argv[] = { "pdftotext", path, "-", NULL };
    raw = run (argv);
  }
  text = fold_space (raw);
  find (text, "word0 ");
  find (text, "word599");
  find (text, "cell0 ");
  find (text, "cell899");
  find (text, "Onderwijsbegeleidingsdienst");
}

static void
test_handout_unwritable (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (sam_handout_export (project, "/nonexistent-dir/handout.pdf", &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/handout/example", test_handout_example);
  g_test_add_func ("/samenspel/handout/sides", test_handout_sides);
  g_test_add_func ("/samenspel/handout/parked-first", test_handout_parked_first);
  g_test_add_func ("/samenspel/handout/long-text", test_handout_long_text);
  g_test_add_func ("/samenspel/handout/unwritable", test_handout_unwritable);

  {
    int status = g_test_run ();

    remove_tmp_dirs ();
    return status;
  }
}
