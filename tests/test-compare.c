/* test-compare.c: the ladder over time: the compare view and the progress
 * slide, checked from the geometry the renderer returns */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sam-handout.h"
#include "sam-ladder-render.h"
#include "sam-presentation.h"
#include "sam-project.h"

static SamStakeholder *
add (SamProject *project,
     const char *name,
     SamSide     side,
     int         now,
     int         wanted)
{
  g_autoptr(SamStakeholder) s = sam_stakeholder_new (name);

  g_object_set (s, "side", side, "role-now", now, "role-wanted", wanted, NULL);
  sam_project_add_stakeholder (project, s, -1);
  return s;
}

/* The source's story: at the kick-off two schools wanted a custom offer;
 * two months later twice as many, the organisation one rung further, the
 * theatre gone from the list. */
static SamProject *
make_history (SamSession **kickoff)
{
  SamProject *project = sam_project_new ();
  SamStakeholder *a, *b, *c, *d, *library;

  g_object_set (project, "title", "Culture path", NULL);
  sam_project_set_mark (project, SAM_MARK_PRODUCER_NOW, 1);
  sam_project_set_mark (project, SAM_MARK_PRODUCER_WANTED, 4);
  sam_project_set_mark (project, SAM_MARK_CONSUMER_NOW, 1);
  sam_project_set_mark (project, SAM_MARK_CONSUMER_WANTED, 3);
  a = add (project, "De Wilg school", SAM_SIDE_CONSUMER, 3, 4);
  b = add (project, "Het Anker school", SAM_SIDE_CONSUMER, 3, 4);
  c = add (project, "De Regenboog school", SAM_SIDE_CONSUMER, 1, 3);
  d = add (project, "Sint Jozef school", SAM_SIDE_CONSUMER, 1, 3);
  library = add (project, "Library", SAM_SIDE_PRODUCER, 1, 3);
  add (project, "Theatre De Kolk", SAM_SIDE_PRODUCER, 2, 3);
  *kickoff = sam_project_record_session (project, "Kick-off with the pilot schools", "2026-02-03", NULL, NULL);

  sam_project_set_mark (project, SAM_MARK_PRODUCER_NOW, 2);
  sam_project_set_mark (project, SAM_MARK_CONSUMER_NOW, 2);
  sam_project_set_int (project, c, "role-now", 3);
  sam_project_set_int (project, d, "role-now", 3);
  sam_project_set_int (project, library, "role-now", 2);
  sam_project_remove_stakeholder (project, sam_project_find_stakeholder (project,
                                  sam_snapshot_get_entry (sam_session_get_snapshot (*kickoff), 5)->id));
  (void) a; (void) b;
  return project;
}

static SamLadderGeometry *
render (SamProject             *project,
        const SamRenderOptions *options,
        int                     width,
        int                     height,
        const char             *png)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  SamLadderGeometry *geo = sam_ladder_render (cr, project, width, height, options);
  const char *dir = g_getenv ("SAMENSPEL_SCREENSHOT_DIR");

  if (dir != NULL && png != NULL)
    {
      g_autofree char *path = g_build_filename (dir, png, NULL);
      cairo_surface_write_to_png (surface, path);
      g_test_message ("wrote %s", path);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return geo;
}

static const SamMoveBox *
find_move (const SamLadderGeometry *geo,
           SamMoveKind              kind,
           int                      from_rung,
           int                      to_rung)
{
  for (guint i = 0; i < geo->moves->len; i++)
    {
      const SamMoveBox *m = &g_array_index (geo->moves, SamMoveBox, i);

      if (m->kind == kind && m->from_rung == from_rung && m->to_rung == to_rung)
        return m;
    }
  return NULL;
}

static gboolean
inside (const cairo_rectangle_t *r,
        double                   x,
        double                   y)
{
  return x >= r->x - 0.5 && x <= r->x + r->width + 0.5 && y >= r->y - 0.5 && y <= r->y + r->height + 0.5;
}

static void
check_texts (const SamLadderGeometry *geo)
{
  for (guint i = 0; i < geo->texts->len; i++)
    {
      const SamTextBox *t = &g_array_index (geo->texts, SamTextBox, i);

      if (!t->dimmed && sam_rgb_contrast (&t->fg, &t->bg) < 4.5)
        g_error ("text “%s”: contrast %.2f < 4.5", t->text, sam_rgb_contrast (&t->fg, &t->bg));
      if (t->kind != SAM_TEXT_COMPARE)
        continue;
      g_assert_true (inside (&t->container, t->rect.x, t->rect.y));
      g_assert_true (inside (&t->container, t->rect.x + t->rect.width, t->rect.y + t->rect.height));
      for (guint j = 0; j < geo->texts->len; j++)
        {
          const SamTextBox *u = &g_array_index (geo->texts, SamTextBox, j);

          if (j != i && t->rect.x < u->rect.x + u->rect.width && u->rect.x < t->rect.x + t->rect.width
              && t->rect.y < u->rect.y + u->rect.height && u->rect.y < t->rect.y + t->rect.height)
            g_error ("“%s” overlaps “%s”", t->text, u->text);
        }
    }
}

static void
test_compare_view (void)
{
  SamSession *kickoff = NULL;
  g_autoptr(SamProject) project = make_history (&kickoff);
  g_autofree char *caption = sam_session_compare_caption (kickoff, NULL);
  SamRenderOptions options;

  for (int style = 0; style < SAM_RENDER_N_STYLES; style++)
    {
      g_autofree char *png = g_strdup_printf ("compare-%s.png", sam_render_style_to_string (style));
      g_autoptr(SamLadderGeometry) geo = NULL;
      const SamMoveBox *m, *schools, *gone;

      sam_render_options_init (&options, style);
      options.compare_from = sam_session_get_snapshot (kickoff);
      options.compare_caption = caption;
      geo = render (project, &options, 1280, 720, png);

      g_assert_nonnull (geo->moves);
      /* The organisation moved from rung 1 to 2: a faint mark in rung 1,
       * the arrow's tip at the marker in rung 2. */
      m = find_move (geo, SAM_MOVE_MARK, 1, 2);
      g_assert_nonnull (m);
      g_assert_true (m->drawn);
      g_assert_true (inside (&geo->rungs[sam_mark_get_side (m->mark)][0], m->ghost.x, m->ghost.y));
      g_assert_true (inside (&geo->markers[m->mark], m->x1, m->y1));

      /* Two schools from Consumer to Participant share one faint pill. */
      schools = NULL;
      for (guint i = 0; i < geo->moves->len; i++)
        {
          const SamMoveBox *x = &g_array_index (geo->moves, SamMoveBox, i);

          if (x->kind == SAM_MOVE_STAKEHOLDERS && x->from_side == SAM_SIDE_CONSUMER && x->from_rung == 1)
            schools = x;
        }
      g_assert_nonnull (schools);
      g_assert_cmpuint (schools->count, ==, 2);
      g_assert_cmpstr (schools->label, ==, "2 moved");
      g_assert_true (schools->drawn);
      g_assert_true (inside (&geo->compare_strip, schools->ghost.x, schools->ghost.y));
      /* Under the rung it came from, the tip at the rung it went to. */
      g_assert_cmpfloat (schools->ghost.x, >=, geo->rungs[SAM_SIDE_CONSUMER][0].x - 0.5);
      g_assert_true (inside (&geo->rungs[SAM_SIDE_CONSUMER][2], schools->x1, schools->y1));

      /* The deleted theatre, from the snapshot's own name, without an arrow. */
      gone = find_move (geo, SAM_MOVE_GONE, 2, 0);
      g_assert_nonnull (gone);
      g_assert_cmpstr (gone->label, ==, "Theatre De Kolk");
      g_assert_true (gone->drawn);

      check_texts (geo);
      {
        gboolean has_caption = FALSE;

        for (guint i = 0; i < geo->texts->len; i++)
          has_caption |= g_str_equal (g_array_index (geo->texts, SamTextBox, i).text, "Since 3 February 2026");
        g_assert_true (has_caption);
      }
    }

  /* Session to session: the later one drawn from its snapshot. */
  {
    SamSession *later = sam_project_record_session (project, "Two months later", "2026-04-07", NULL, NULL);
    g_autoptr(SamProject) then = sam_snapshot_to_project (sam_session_get_snapshot (later), project);
    g_autoptr(SamLadderGeometry) geo = NULL;
    g_autofree char *caption2 = sam_session_compare_caption (kickoff, later);

    g_assert_cmpstr (caption2, ==, "From 3 February 2026 to 7 April 2026");
    sam_render_options_init (&options, SAM_RENDER_STYLE_LIGHT);
    options.compare_from = sam_session_get_snapshot (kickoff);
    options.compare_caption = caption2;
    geo = render (then, &options, 1280, 720, NULL);
    g_assert_nonnull (find_move (geo, SAM_MOVE_MARK, 1, 2));
  }
}

static void
test_compare_crowded (void)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(SamLadderGeometry) geo = NULL;
  SamSession *session;
  SamRenderOptions options;
  GListModel *list;
  guint total = 0;

  /* Marks that move onto each other's rungs: a faint pill with no room
   * beside the markers there still gets its arrow, on the page. */
  sam_project_set_mark (project, SAM_MARK_CONSUMER_NOW, 1);
  sam_project_set_mark (project, SAM_MARK_CONSUMER_WANTED, 1);
  sam_project_set_mark (project, SAM_MARK_PRODUCER_NOW, 1);
  sam_project_set_mark (project, SAM_MARK_PRODUCER_WANTED, 1);
  for (int i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("Stakeholder with a long name %d", i);
      add (project, name, i % 2, 1 + i % 4, 4);
    }
  session = sam_project_record_session (project, NULL, "2026-01-01", NULL, NULL);
  sam_project_set_mark (project, SAM_MARK_CONSUMER_WANTED, 3);
  sam_project_set_mark (project, SAM_MARK_CONSUMER_NOW, 2);
  sam_project_set_mark (project, SAM_MARK_PRODUCER_WANTED, 4);
  list = sam_project_get_stakeholders (project);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
      sam_project_set_int (project, s, "role-now", 1 + (i * 7 + i / 4) % 4);
      if (i % 5 == 0)
        sam_project_set_enum (project, s, "side", !sam_stakeholder_get_side (s));
    }

  sam_render_options_init (&options, SAM_RENDER_STYLE_LIGHT);
  options.compare_from = sam_session_get_snapshot (session);
  options.compare_caption = "Since 1 January 2026";
  for (guint s = 0; s < 3; s++)
    {
      static const int sizes[][2] = { { 1280, 720 }, { 1920, 1080 }, { 800, 600 } };

      g_clear_pointer (&geo, sam_ladder_geometry_free);
      geo = render (project, &options, sizes[s][0], sizes[s][1], s == 0 ? "compare-crowded.png" : NULL);
      check_texts (geo);
    }
  for (guint i = 0; i < geo->moves->len; i++)
    {
      const SamMoveBox *m = &g_array_index (geo->moves, SamMoveBox, i);
      if (m->kind == SAM_MOVE_STAKEHOLDERS)
        total += m->count;
      /* Every arrow on the page. */
      g_assert_true (m->x0 >= 0 && m->x0 <= geo->width && m->x1 >= 0 && m->x1 <= geo->width);
      g_assert_true (m->y0 >= 0 && m->y0 <= geo->height && m->y1 >= 0 && m->y1 <= geo->height);
      /* Every faint mark inside the strip, none over the axis. */
      if (m->drawn && m->kind != SAM_MOVE_MARK)
        {
          g_assert_true (inside (&geo->compare_strip, m->ghost.x, m->ghost.y));
          g_assert_true (inside (&geo->compare_strip, m->ghost.x + m->ghost.width, m->ghost.y + m->ghost.height));
        }
    }
  g_assert_cmpuint (total, >, 0);
  /* The "+N" pills too. */
  for (guint i = 0; i < geo->texts->len; i++)
    {
      const SamTextBox *t = &g_array_index (geo->texts, SamTextBox, i);

      if (t->kind == SAM_TEXT_COMPARE)
        g_assert_true (inside (&geo->compare_strip, t->rect.x, t->rect.y + t->rect.height));
    }
}

static void
test_progress_slide (void)
{
  SamSession *kickoff = NULL;
  g_autoptr(SamProject) project = make_history (&kickoff);
  g_autofree char *caption = sam_session_compare_caption (kickoff, NULL);
  static const int sizes[][2] = { { 1024, 768 }, { 1280, 720 }, { 1920, 1080 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      SamRenderOptions options;
      g_autoptr(SamLadderGeometry) geo = NULL;
      g_autoptr(GString) problems = g_string_new (NULL);
      g_autofree char *png = g_strdup_printf ("progress-%dx%d.png", sizes[i][0], sizes[i][1]);
      double pu = MIN (sizes[i][0] / 1024.0, sizes[i][1] / 768.0);
      gboolean title = FALSE, org = FALSE, closer = FALSE;

      sam_render_options_init (&options, SAM_RENDER_STYLE_PROJECTOR);
      options.presentation = TRUE;
      options.focus = SAM_RENDER_FOCUS_PROGRESS;
      options.compare_from = sam_session_get_snapshot (kickoff);
      options.compare_caption = caption;
      geo = render (project, &options, sizes[i][0], sizes[i][1], png);
      if (sam_presentation_check_readability (geo, 24 * pu, problems) != 0)
        g_error ("%dx%d: %s", sizes[i][0], sizes[i][1], problems->str);
      for (guint j = 0; j < geo->texts->len; j++)
        {
          const char *t = g_array_index (geo->texts, SamTextBox, j).text;

          title |= g_str_equal (t, "How far we have come");
          org |= g_str_equal (t, "Mass customiser → Idea collector");
          closer |= g_str_equal (t, "2 stakeholders moved closer to co-creation");
        }
      g_assert_true (title);
      g_assert_true (org);
      g_assert_true (closer);
    }
}

/* samenspel --export OUT --compare SESSION[..SESSION] */
static void
test_cli_compare (void)
{
  const char *samenspel = g_getenv ("SAMENSPEL");
  g_autofree char *fixture = g_build_filename (TEST_DATA_DIR, "sessions.samenspel", NULL);
  g_autofree char *dir = g_dir_make_tmp ("samenspel-compare-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "compare.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "compare.pdf", NULL);
  g_autofree char *err = NULL;
  int status = -1;

  if (samenspel == NULL)
    {
      g_test_skip ("SAMENSPEL is not set");
      return;
    }
  {
    const char *argv[] = { samenspel, "--export", png, "--compare", "first", fixture, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  }
  {
    const char *argv[] = { samenspel, "--export", pdf, "--compare", "1..2026-04-07", fixture, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }
  {
    const char *argv[] = { samenspel, "--export", png, "--compare", "7", fixture, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, NULL, &err, &status, NULL));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "no session “7”"));
    g_assert_nonnull (strstr (err, "Kick-off with the pilot schools"));
  }
  g_remove (png);
  g_remove (pdf);
  g_rmdir (dir);
}

/* The talk gets "How far we have come" when the project has sessions. */
static void
test_presentation_step (void)
{
  SamSession *kickoff = NULL;
  g_autoptr(SamProject) project = make_history (&kickoff);
  g_autoptr(SamProject) bare = sam_project_new ();
  g_autoptr(SamPresentation) p = sam_presentation_new (project);
  g_autoptr(SamPresentation) q = sam_presentation_new (bare);
  SamRenderOptions options;
  g_autofree char *caption = NULL;
  g_autofree const char **points = sam_presentation_step_talking_points (SAM_PRESENTATION_STEP_PROGRESS);

  g_assert_cmpint (sam_presentation_get_n_steps (p), ==, SAM_PRESENTATION_N_ALL_STEPS);
  g_assert_cmpint (sam_presentation_get_n_steps (q), ==, SAM_PRESENTATION_N_STEPS);
  g_assert_cmpstr (sam_presentation_step_id (SAM_PRESENTATION_STEP_PROGRESS), ==, "progress");
  g_assert_cmpstr (sam_presentation_step_title (SAM_PRESENTATION_STEP_PROGRESS), ==, "How far we have come");
  g_assert_cmpuint (g_strv_length ((char **) points), >=, 3);

  g_assert_true (sam_presentation_last (p));
  g_assert_cmpint (sam_presentation_get_step (p), ==, SAM_PRESENTATION_STEP_PROGRESS);
  g_assert_true (sam_presentation_last (q));
  g_assert_cmpint (sam_presentation_get_step (q), ==, SAM_PRESENTATION_STEP_STAKEHOLDERS);

  sam_presentation_step_render_options (SAM_PRESENTATION_STEP_PROGRESS, SAM_RENDER_STYLE_PROJECTOR, &options);
  caption = sam_presentation_project_options (SAM_PRESENTATION_STEP_PROGRESS, project, &options);
  g_assert_cmpint (options.focus, ==, SAM_RENDER_FOCUS_PROGRESS);
  g_assert_true (options.compare_from == sam_session_get_snapshot (kickoff));
  g_assert_cmpstr (caption, ==, "Since 3 February 2026");

  /* Without sessions the step goes away, and the talk with it. */
  sam_project_remove_session (project, kickoff);
  g_assert_cmpint (sam_presentation_get_step (p), ==, SAM_PRESENTATION_STEP_STAKEHOLDERS);
}

/* The handout's page of the sessions, in order, with what moved. */
static void
test_handout_page (void)
{
  SamSession *kickoff = NULL;
  g_autoptr(SamProject) project = make_history (&kickoff);
  g_autoptr(SamProject) bare = sam_project_new ();
  g_autoptr(SamHandout) with = NULL;
  g_autoptr(SamHandout) without = sam_handout_new (bare, SAM_HANDOUT_A4_WIDTH, SAM_HANDOUT_A4_HEIGHT);
  const char *dir = g_getenv ("SAMENSPEL_SCREENSHOT_DIR");

  sam_project_record_session (project, "Two months later", "2026-04-07", NULL, "Twice as many schools want a custom offer.");
  with = sam_handout_new (project, SAM_HANDOUT_A4_WIDTH, SAM_HANDOUT_A4_HEIGHT);
  g_assert_cmpuint (sam_handout_get_n_pages (with), >, sam_handout_get_n_pages (without));

  if (dir != NULL)
    {
      guint last = sam_handout_get_n_pages (with) - 1;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1190, 1684);
      cairo_t *cr = cairo_create (surface);
      g_autofree char *path = g_build_filename (dir, "handout-sessions.png", NULL);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, 2, 2);
      sam_handout_draw_page (with, cr, last);
      cairo_surface_write_to_png (surface, path);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/compare/view", test_compare_view);
  g_test_add_func ("/samenspel/compare/crowded", test_compare_crowded);
  g_test_add_func ("/samenspel/compare/progress-slide", test_progress_slide);
  g_test_add_func ("/samenspel/compare/cli", test_cli_compare);
  g_test_add_func ("/samenspel/compare/presentation-step", test_presentation_step);
  g_test_add_func ("/samenspel/compare/handout-page", test_handout_page);

  return g_test_run ();
}
