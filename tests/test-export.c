/* test-export.c: PNG, SVG and PDF exports of the ladder, real files on disk */

#include "config.h"

#include <glib/gstdio.h>

#include "sam-export.h"
#include "sam-ladder.h"
#include "ladder-fixtures.h"

typedef struct {
  char       *dir;
  SamProject *project;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  GError *error = NULL;

  f->dir = g_dir_make_tmp ("samenspel-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->project = fixture_culture_foundation ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_assert_finalize_object (f->project);
}

static void
test_export_png (Fixture       *f,
                 gconstpointer  data)
{
  static const struct { int w, h; SamRenderStyle style; } cases[] = {
    { 1024, 768, SAM_RENDER_STYLE_LIGHT },
    { 1920, 1080, SAM_RENDER_STYLE_DARK },
    { 333, 999, SAM_RENDER_STYLE_PROJECTOR },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/ladder-%u.PNG", f->dir, i);
      GError *error = NULL;
      cairo_surface_t *png;
      guint32 corner;

      g_assert_true (sam_export_ladder (f->project, path, cases[i].w, cases[i].h, cases[i].style, &error));
      g_assert_no_error (error);

      png = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (png), ==, cases[i].w);
      g_assert_cmpint (cairo_image_surface_get_height (png), ==, cases[i].h);
      /* An opaque page in the style's colour, not an empty transparent image. */
      corner = *(guint32 *) cairo_image_surface_get_data (png);
      g_assert_cmphex (corner >> 24, ==, 0xff);
      g_assert_cmphex (corner & 0xff, ==,
                       (guint) (sam_render_palette_get (cases[i].style)->page.b * 255 + 0.5));
      cairo_surface_destroy (png);
    }
}

typedef struct {
  guint elements;
  guint texts;
  gboolean root_is_svg;
  char *width, *height;
} SvgCount;

static void
svg_start_cb (GMarkupParseContext *context,
              const char          *element,
              const char         **names,
              const char         **values,
              gpointer             user_data,
              GError             **error)
{
  SvgCount *count = user_data;

  if (count->elements++ == 0)
    {
      count->root_is_svg = g_str_equal (element, "svg");
      for (guint i = 0; names[i]; i++)
        if (g_str_equal (names[i], "width"))
          count->width = g_strdup (values[i]);
        else if (g_str_equal (names[i], "height"))
          count->height = g_strdup (values[i]);
    }
  /* cairo draws text as glyph symbols referenced by <use> */
  if (g_str_equal (element, "use"))
    count->texts++;
}

static void
test_export_svg (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "ladder.svg", NULL);
  g_autofree char *contents = NULL;
  GMarkupParser parser = { svg_start_cb, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  SvgCount count = { 0 };
  GError *error = NULL;
  gsize length;

  g_assert_true (sam_export_ladder (f->project, path, 1280, 720, SAM_RENDER_STYLE_LIGHT, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);

  context = g_markup_parse_context_new (&parser, 0, &count, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_true (count.root_is_svg);
  g_assert_cmpstr (count.width, ==, "1280px");
  g_assert_cmpstr (count.height, ==, "720px");
  g_assert_cmpuint (count.texts, >, 200);
  g_free (count.width);
  g_free (count.height);
}

static char *
run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GError *error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error))
    {
      g_test_skip_printf ("%s is not available (install poppler-utils): %s", argv[0], error->message);
      g_clear_error (&error);
      return NULL;
    }
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&out);
}

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "ladder.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_auto(GStrv) words = NULL;
  GError *error = NULL;

  g_assert_true (sam_export_ladder (f->project, path, 842, 595, SAM_RENDER_STYLE_PROJECTOR, &error));
  g_assert_no_error (error);

  info = run_tool ((const char * const[]) { "pdfinfo", path, NULL });
  if (info == NULL)
    return;
  g_assert_true (g_regex_match_simple ("^Pages:\\s+1$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Page size:\\s+842 x 595 pts", info, G_REGEX_MULTILINE, 0));

  text = run_tool ((const char * const[]) { "pdftotext", "-raw", path, "-", NULL });
  g_assert_nonnull (text);
  /* Lines wrap inside the rungs; compare with all white space as one. */
  words = g_regex_split_simple ("\\s+", text, 0, 0);
  flat = g_strjoinv (" ", words);
  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      {
        const char *title = sam_ladder_get_role (side, rung)->title;
        if (strstr (flat, title) == NULL)
          g_error ("role “%s” is not in the PDF text:\n%s", title, flat);
      }
  for (int i = 0; i < 3; i++)
    g_assert_nonnull (strstr (flat, sam_ladder_axis_label (i)));
  g_assert_nonnull (strstr (flat, "Library"));
}

static void
test_export_errors (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *bad_ext = g_build_filename (f->dir, "ladder.jpeg", NULL);
  g_autofree char *no_dir = g_build_filename (f->dir, "missing", "ladder.png", NULL);
  g_autofree char *keep = g_build_filename (f->dir, "keep.png", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GError *error = NULL;
  SamRenderStyle style;
  int w, h;

  g_assert_false (sam_export_ladder (f->project, bad_ext, 800, 600, SAM_RENDER_STYLE_LIGHT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, ".png"));
  g_clear_error (&error);
  g_assert_false (g_file_test (bad_ext, G_FILE_TEST_EXISTS));

  g_assert_false (sam_export_ladder (f->project, no_dir, 800, 600, SAM_RENDER_STYLE_LIGHT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A refused size leaves an existing file alone. */
  g_assert_true (g_file_set_contents (keep, "old", -1, NULL));
  g_assert_false (sam_export_ladder (f->project, keep, 20, 600, SAM_RENDER_STYLE_LIGHT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (sam_export_ladder (f->project, keep, 800, 100000, SAM_RENDER_STYLE_LIGHT, &error));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (keep, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "old");

  g_assert_true (sam_export_parse_size ("1920x1080", &w, &h, NULL));
  g_assert_cmpint (w, ==, 1920);
  g_assert_cmpint (h, ==, 1080);
  g_assert_true (sam_export_parse_size ("800X600", &w, &h, NULL));
  for (guint i = 0; i < 6; i++)
    {
      const char *bad[] = { "1920", "x1080", "1920x", "-5x100", "1920x1080x2", "99999x100" };
      g_assert_false (sam_export_parse_size (bad[i], &w, &h, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }
  g_assert_true (sam_export_parse_style ("dark", &style, NULL));
  g_assert_cmpint (style, ==, SAM_RENDER_STYLE_DARK);
  g_assert_false (sam_export_parse_style ("sepia", &style, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  (void) before;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/samenspel/export/png", Fixture, NULL, fixture_setup, test_export_png, fixture_teardown);
  g_test_add ("/samenspel/export/svg", Fixture, NULL, fixture_setup, test_export_svg, fixture_teardown);
  g_test_add ("/samenspel/export/pdf", Fixture, NULL, fixture_setup, test_export_pdf, fixture_teardown);
  g_test_add ("/samenspel/export/errors", Fixture, NULL, fixture_setup, test_export_errors, fixture_teardown);

  return g_test_run ();
}
