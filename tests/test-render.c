/* test-render.c: the ladder renderer's geometry, colours and pixels
 *
 * Reference images live in tests/data/reference/.  They depend on the
 * font: the renderer asks for "DejaVu Sans" (Debian: fonts-dejavu-core;
 * CI must install the same).  They also depend on the text stack: pango
 * 1.56 (Debian 13) places glyphs at other subpixel positions than pango
 * 1.50 (Debian 12), which changes about 6 % of the pixels of a picture
 * whose geometry is the same to the pixel.  So each pango version but
 * Debian 12's has its own folder, data/reference/pango-1.56/ and so on.
 * After an intended change of the picture, regenerate them on each stack
 * (build-aux/test-debian13 --shell for Debian 13) with
 *     SAM_UPDATE_REFERENCE=1 meson test -C _build render
 * and look at the new files before committing them.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sam-ladder-render.h"
#include "sam-project-io.h"
#include "sam-render-private.h"
#include "sam-stakeholder.h"
#include "ladder-fixtures.h"

#define EPS 0.5

static const struct { int w, h; } sizes[] = {
  /* 4:3 */   { 640, 480 }, { 1024, 768 }, { 1600, 1200 }, { 2880, 2160 },
  /* 16:10 */ { 768, 480 }, { 1280, 800 }, { 1920, 1200 }, { 3456, 2160 },
  /* 16:9 */  { 854, 480 }, { 1280, 720 }, { 1920, 1080 }, { 3840, 2160 },
  /* 21:9 */  { 1120, 480 }, { 2560, 1080 }, { 3440, 1440 }, { 3840, 1646 },
};

static SamLadderGeometry *
render_recording (SamProject             *project,
                  double                  width,
                  double                  height,
                  const SamRenderOptions *options)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  SamLadderGeometry *geo = sam_ladder_render (cr, project, width, height, options);

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return geo;
}

static gboolean
rect_inside (const cairo_rectangle_t *inner,
             const cairo_rectangle_t *outer)
{
  return inner->x >= outer->x - EPS && inner->y >= outer->y - EPS
         && inner->x + inner->width <= outer->x + outer->width + EPS
         && inner->y + inner->height <= outer->y + outer->height + EPS;
}

static gboolean
rects_overlap (const cairo_rectangle_t *a,
               const cairo_rectangle_t *b)
{
  return a->x + a->width > b->x + EPS && b->x + b->width > a->x + EPS
         && a->y + a->height > b->y + EPS && b->y + b->height > a->y + EPS;
}

static void
assert_rect_inside (const cairo_rectangle_t *inner,
                    const cairo_rectangle_t *outer,
                    const char              *what)
{
  if (!rect_inside (inner, outer))
    g_error ("%s: (%.1f,%.1f %.1fx%.1f) is not inside (%.1f,%.1f %.1fx%.1f)", what,
             inner->x, inner->y, inner->width, inner->height,
             outer->x, outer->y, outer->width, outer->height);
}

/* Everything the issue asks of a picture, at one size and style. */
static void
check_geometry (SamProject             *project,
                const SamLadderGeometry *geo,
                const SamRenderOptions *options,
                const char             *label)
{
  cairo_rectangle_t page = { 0, 0, geo->width, geo->height };
  guint titles = 0;
  guint per_rung_drawn[2][SAM_LADDER_N_RUNGS + 1] = { { 0 } };
  guint per_rung_model[2][SAM_LADDER_N_RUNGS + 1] = { { 0 } };
  GListModel *list = sam_project_get_stakeholders (project);

  /* Rungs inside the page, not overlapping, rising towards the centre. */
  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      {
        const cairo_rectangle_t *r = &geo->rungs[side][rung - 1];
        assert_rect_inside (r, &page, label);
        g_assert_cmpfloat (r->width, >, 0);
        if (rung > 1)
          g_assert_cmpfloat (r->y, <, geo->rungs[side][rung - 2].y);
        for (int other = 1; other < rung; other++)
          g_assert_false (rects_overlap (r, &geo->rungs[side][other - 1]));
        g_assert_false (rects_overlap (r, &geo->rungs[!side][rung - 1]));
      }
  g_assert_cmpfloat (geo->rungs[SAM_SIDE_PRODUCER][3].x, <, geo->keystone.x);
  g_assert_cmpfloat (geo->rungs[SAM_SIDE_CONSUMER][3].x, >, geo->keystone.x);
  g_assert_cmpfloat (geo->rungs[SAM_SIDE_PRODUCER][0].x, <, geo->rungs[SAM_SIDE_PRODUCER][3].x);
  g_assert_cmpfloat (geo->rungs[SAM_SIDE_CONSUMER][0].x, >, geo->rungs[SAM_SIDE_CONSUMER][3].x);

  for (guint i = 0; i < geo->texts->len; i++)
    {
      const SamTextBox *t = &g_array_index (geo->texts, SamTextBox, i);
      g_autofree char *what = g_strdup_printf ("%s: text “%s”", label, t->text);

      g_assert_cmpfloat (t->rect.width, >, 0);
      assert_rect_inside (&t->rect, &t->container, what);
      assert_rect_inside (&t->rect, &page, what);
      if (t->side >= 0 && t->rung > 0)
        assert_rect_inside (&t->rect, &geo->rungs[t->side][t->rung - 1], what);
      if (t->kind == SAM_TEXT_RUNG_TITLE)
        titles++;
      /* Lines break between words and at soft hyphens, never inside a
       * word ("Integrat-or"). */
      if (t->broken_word)
        g_error ("%s is broken inside a word", what);

      /* Contrast (WCAG AA) of every text that is not veiled on purpose. */
      if (!t->dimmed && sam_rgb_contrast (&t->fg, &t->bg) < 4.5)
        g_error ("%s: contrast %.2f < 4.5", what, sam_rgb_contrast (&t->fg, &t->bg));

      for (guint j = i + 1; j < geo->texts->len; j++)
        {
          const SamTextBox *u = &g_array_index (geo->texts, SamTextBox, j);
          if (rects_overlap (&t->rect, &u->rect))
            g_error ("%s overlaps “%s”", what, u->text);
        }
    }
  /* Titles go last: at every size tested, all eight are there. */
  g_assert_cmpuint (titles, ==, 2 * SAM_LADDER_N_RUNGS);

  for (int mark = 0; mark < SAM_N_MARKS; mark++)
    {
      int rung = sam_project_get_mark (project, mark);

      g_assert_cmpint (geo->marker_visible[mark], ==, rung != 0);
      if (rung == 0)
        continue;
      assert_rect_inside (&geo->markers[mark], &geo->rungs[sam_mark_get_side (mark)][rung - 1], label);
      for (guint i = 0; i < geo->texts->len; i++)
        {
          const SamTextBox *t = &g_array_index (geo->texts, SamTextBox, i);
          if (t->kind != SAM_TEXT_MARKER_LABEL)
            g_assert_false (rects_overlap (&geo->markers[mark], &t->rect));
        }
    }

  for (guint i = 0; i < geo->chips->len; i++)
    {
      const SamChipBox *chip = &g_array_index (geo->chips, SamChipBox, i);

      g_assert_true (sam_ladder_rung_is_valid (chip->rung));
      g_assert_true (chip->side == SAM_SIDE_PRODUCER || chip->side == SAM_SIDE_CONSUMER);
      /* On the rung of the stakeholder's own side. */
      assert_rect_inside (&chip->rect, &geo->rungs[chip->side][chip->rung - 1], label);
      if (chip->stakeholder_id)
        {
          SamStakeholder *s = sam_project_find_stakeholder (project, chip->stakeholder_id);
          g_assert_nonnull (s);
          g_assert_cmpint (sam_stakeholder_get_role_now (s), ==, chip->rung);
          g_assert_cmpint (sam_stakeholder_get_side (s), ==, chip->side);
          per_rung_drawn[chip->side][chip->rung]++;
        }
      else
        {
          g_assert_cmpint (chip->hidden, >, 0);
          per_rung_drawn[chip->side][chip->rung] += chip->hidden;
        }
      for (guint j = i + 1; j < geo->chips->len; j++)
        g_assert_false (rects_overlap (&chip->rect, &g_array_index (geo->chips, SamChipBox, j).rect));
      for (int mark = 0; mark < SAM_N_MARKS; mark++)
        if (geo->marker_visible[mark])
          g_assert_false (rects_overlap (&chip->rect, &geo->markers[mark]));
    }

  /* Every placed stakeholder is a chip or counted in a "+N". */
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
      per_rung_model[sam_stakeholder_get_side (s)][sam_stakeholder_get_role_now (s)]++;
    }
  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      g_assert_cmpuint (per_rung_drawn[side][rung], ==, per_rung_model[side][rung]);

  (void) options;
}

static void
geometry_sweep (SamProject *project,
                guint       selected)
{
  SamStakeholder *first = g_list_model_get_item (sam_project_get_stakeholders (project), selected);

  for (guint style = 0; style < SAM_RENDER_N_STYLES; style++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        SamRenderOptions options;
        g_autofree char *label = g_strdup_printf ("%s %dx%d", sam_render_style_to_string (style),
                                                  sizes[i].w, sizes[i].h);
        g_autoptr(SamLadderGeometry) geo = NULL;
        g_autoptr(SamLadderGeometry) busy = NULL;

        sam_render_options_init (&options, style);
        geo = render_recording (project, sizes[i].w, sizes[i].h, &options);
        check_geometry (project, geo, &options, label);

        /* The interactive states must not move text out of place either. */
        options.hover_side = SAM_SIDE_CONSUMER;
        options.hover_rung = 2;
        options.keyboard_side = SAM_SIDE_PRODUCER;
        options.keyboard_rung = 3;
        options.selected_stakeholder = sam_stakeholder_get_id (first);
        busy = render_recording (project, sizes[i].w, sizes[i].h, &options);
        check_geometry (project, busy, &options, label);
        g_assert_nonnull (sam_ladder_geometry_find_chip (busy, sam_stakeholder_get_id (first)));

        /* The canvas asks for legible type on a small widget. */
        if (sizes[i].h <= 600)
          {
            g_autoptr(SamLadderGeometry) legible = NULL;
            options.min_scale = 0.8;
            legible = render_recording (project, sizes[i].w, sizes[i].h, &options);
            check_geometry (project, legible, &options, label);
          }
      }
  g_object_unref (first);
}

static void
test_render_geometry_sweep (void)
{
  g_autoptr(SamProject) project = fixture_culture_foundation ();

  geometry_sweep (project, 5);
}

/* The providers on the producer side: their chips on the producer rungs,
 * the selected one (the theatre, 1 → 3) with its arrow on its own side. */
static void
test_render_geometry_sweep_two_sides (void)
{
  g_autoptr(SamProject) project = fixture_two_sided ();
  g_autoptr(SamStakeholder) theatre = g_list_model_get_item (sam_project_get_stakeholders (project), 1);
  g_autoptr(SamLadderGeometry) geo = NULL;
  SamRenderOptions options;
  guint producer_chips = 0, consumer_chips = 0;
  const SamChipBox *chip;
  SamLadderHit hit;

  geometry_sweep (project, 1);

  sam_render_options_init (&options, SAM_RENDER_STYLE_LIGHT);
  geo = render_recording (project, 1280, 720, &options);
  for (guint i = 0; i < geo->chips->len; i++)
    {
      const SamChipBox *c = &g_array_index (geo->chips, SamChipBox, i);
      if (c->side == SAM_SIDE_PRODUCER)
        producer_chips++;
      else
        consumer_chips++;
    }
  g_assert_cmpuint (producer_chips, ==, 4);
  g_assert_cmpuint (consumer_chips, ==, 7);

  chip = sam_ladder_geometry_find_chip (geo, sam_stakeholder_get_id (theatre));
  g_assert_nonnull (chip);
  g_assert_cmpint (chip->side, ==, SAM_SIDE_PRODUCER);
  g_assert_cmpint (chip->rung, ==, 1);
  g_assert_true (sam_ladder_geometry_hit (geo, chip->rect.x + chip->rect.width / 2,
                                          chip->rect.y + chip->rect.height / 2, &hit));
  g_assert_cmpint (hit.kind, ==, SAM_LADDER_HIT_CHIP);
  g_assert_cmpint (hit.side, ==, SAM_SIDE_PRODUCER);
  g_assert_cmpstr (hit.stakeholder_id, ==, sam_stakeholder_get_id (theatre));
}

/* Descriptions go before summaries, summaries before titles: a rung
 * never shows a description without its summary and title.  A small
 * projector picture (large type) has to drop some. */
static void
test_render_descriptions_go_first (void)
{
  g_autoptr(SamProject) project = fixture_culture_foundation ();

  for (guint style = 0; style < SAM_RENDER_N_STYLES; style++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        SamRenderOptions options;
        g_autoptr(SamLadderGeometry) geo = NULL;
        guint kinds[2][SAM_LADDER_N_RUNGS][SAM_TEXT_LEGEND + 1] = { { { 0 } } };
        guint described = 0;

        sam_render_options_init (&options, style);
        geo = render_recording (project, sizes[i].w, sizes[i].h, &options);
        for (guint t = 0; t < geo->texts->len; t++)
          {
            const SamTextBox *text = &g_array_index (geo->texts, SamTextBox, t);
            if (text->side >= 0 && text->rung > 0)
              kinds[text->side][text->rung - 1][text->kind]++;
            if (text->kind == SAM_TEXT_RUNG_DESCRIPTION)
              {
                described++;
                g_assert_false (text->ellipsized);  /* whole or not at all */
              }
          }
        for (int side = 0; side < 2; side++)
          for (int rung = 0; rung < SAM_LADDER_N_RUNGS; rung++)
            {
              guint *k = kinds[side][rung];
              g_assert_cmpuint (k[SAM_TEXT_RUNG_TITLE], ==, 1);
              g_assert_cmpuint (k[SAM_TEXT_RUNG_DESCRIPTION], <=, k[SAM_TEXT_RUNG_SUMMARY]);
            }
        g_test_message ("%s %dx%d: %u descriptions", sam_render_style_to_string (style),
                        sizes[i].w, sizes[i].h, described);
        if (style == SAM_RENDER_STYLE_PROJECTOR && sizes[i].h == 480)
          g_assert_cmpuint (described, <, 8);
        if (style == SAM_RENDER_STYLE_LIGHT && sizes[i].w == 1920 && sizes[i].h == 1080)
          g_assert_cmpuint (described, >=, 6);
      }
}

/* A project of thousands: chips are measured only as far as they can be
 * drawn and their widths are kept between frames, so a frame must come
 * out the same whether the caches are cold (a new thread has its own),
 * warm, or were last filled at another size; the selected stakeholder is
 * still the first chip. */
typedef struct {
  SamProject             *project;
  int                     w, h;
  const SamRenderOptions *options;
} ColdRender;

static gpointer
render_cold_thread (gpointer data)
{
  ColdRender *r = data;

  return render_recording (r->project, r->w, r->h, r->options);
}

static void
assert_same_chips (const SamLadderGeometry *a,
                   const SamLadderGeometry *b,
                   const char              *label)
{
  g_assert_cmpuint (a->chips->len, ==, b->chips->len);
  for (guint i = 0; i < a->chips->len; i++)
    {
      const SamChipBox *x = &g_array_index (a->chips, SamChipBox, i);
      const SamChipBox *y = &g_array_index (b->chips, SamChipBox, i);

      g_assert_cmpstr (x->stakeholder_id, ==, y->stakeholder_id);
      g_assert_cmpint (x->hidden, ==, y->hidden);
      g_assert_cmpint (x->rung, ==, y->rung);
      if (memcmp (&x->rect, &y->rect, sizeof x->rect) != 0)
        g_error ("%s: chip %u moved between frames", label, i);
    }
}

static void
test_render_many_stakeholders (void)
{
  g_autoptr(SamProject) project = fixture_crowded (3000, 3);
  GListModel *list = sam_project_get_stakeholders (project);
  g_autoptr(SamStakeholder) last = g_list_model_get_item (list, g_list_model_get_n_items (list) - 1);

  for (guint style = 0; style < SAM_RENDER_N_STYLES; style++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i += 5)
      {
        SamRenderOptions options;
        g_autofree char *label = g_strdup_printf ("3000 %s %dx%d", sam_render_style_to_string (style),
                                                  sizes[i].w, sizes[i].h);
        g_autoptr(SamLadderGeometry) first = NULL;
        g_autoptr(SamLadderGeometry) again = NULL;
        g_autoptr(SamLadderGeometry) other = NULL;
        g_autoptr(SamLadderGeometry) back = NULL;
        guint shown = 0;
        int hidden = 0;

        ColdRender cold = { project, sizes[i].w, sizes[i].h, &options };

        sam_render_options_init (&options, style);
        options.selected_stakeholder = sam_stakeholder_get_id (last);
        first = g_thread_join (g_thread_new ("cold", render_cold_thread, &cold));
        check_geometry (project, first, &options, label);
        other = render_recording (project, sizes[(i + 7) % G_N_ELEMENTS (sizes)].w,
                                  sizes[(i + 7) % G_N_ELEMENTS (sizes)].h, &options);
        back = render_recording (project, sizes[i].w, sizes[i].h, &options);
        assert_same_chips (first, back, label);
        again = render_recording (project, sizes[i].w, sizes[i].h, &options);
        assert_same_chips (first, again, label);

        for (guint c = 0; c < first->chips->len; c++)
          {
            const SamChipBox *chip = &g_array_index (first->chips, SamChipBox, c);

            if (chip->stakeholder_id != NULL && shown++ == 0)
              g_assert_cmpstr (chip->stakeholder_id, ==, sam_stakeholder_get_id (last));
            hidden += chip->hidden;
          }
        g_assert_cmpuint (shown, >, 0);
        g_assert_cmpint (hidden, >, 0);
        g_assert_cmpuint (shown + hidden, ==, 3000);
      }
}

static void
test_render_crowded_summary (void)
{
  for (guint n = 8; n <= 40; n += 16)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i += 3)
      {
        g_autoptr(SamProject) project = fixture_crowded (n, 2);
        SamRenderOptions options;
        g_autoptr(SamLadderGeometry) geo = NULL;
        g_autofree char *label = g_strdup_printf ("crowded %u %dx%d", n, sizes[i].w, sizes[i].h);
        int hidden = 0;
        guint shown = 0;

        sam_render_options_init (&options, SAM_RENDER_STYLE_PROJECTOR);
        geo = render_recording (project, sizes[i].w, sizes[i].h, &options);
        check_geometry (project, geo, &options, label);
        for (guint c = 0; c < geo->chips->len; c++)
          {
            const SamChipBox *chip = &g_array_index (geo->chips, SamChipBox, c);
            hidden += chip->hidden;
            shown += chip->stakeholder_id != NULL;
          }
        g_assert_cmpuint (shown + hidden, ==, n);
        if (n == 40)
          g_assert_cmpint (hidden, >, 0);
        for (guint t = 0; t < geo->texts->len && hidden > 0; t++)
          {
            const SamTextBox *text = &g_array_index (geo->texts, SamTextBox, t);
            if (text->kind == SAM_TEXT_CHIP_SUMMARY)
              {
                g_autofree char *expected = g_strdup_printf ("+%d", hidden);
                g_assert_cmpstr (text->text, ==, expected);
                hidden = 0;
              }
          }
        g_assert_cmpint (hidden, ==, 0);
      }
}

/* Dutch role names are longer ("Ideeënverzamelaar"); these stand-ins are
 * longer still.  Every text must still fit its box. */
static const char *
long_words_cb (const char *text,
               gpointer    data)
{
  static const char * const map[][2] = {
    /* Translators may mark compound breaks with soft hyphens (U+00AD). */
    { "Mass customiser", "Massa\u00ADmaat\u00ADwerker" },
    { "Idea collector", "Ideeënverzamelaar" },
    { "Integrator", "Ontwikkelingsintegrator" },
    { "Facilitator", "Platformfacilitator" },
    { "Consumer", "Eindgebruikersconsument" },
    { "Inspirer", "Ideeënaandrager" },
    { "Participant", "Meedenkdeelnemer" },
    { "Co-creator", "Mede-eigenaar en cocreatiepartner" },
    { "Supply-driven", "Aanbodgestuurd werken" },
    { "Co-creation", "Cocreatiesamenwerking" },
    { "Demand-driven", "Vraaggestuurd werken" },
    { "Now", "Huidige situatie" },
    { "Wanted", "Gewenste situatie" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (text, map[i][0]))
      return map[i][1];
  /* Everything else: about 40% longer, as Dutch tends to be. */
  return g_intern_string (g_strdup_printf ("%s %.*s", text, (int) (strlen (text) * 2 / 5), text));
}

static void
test_render_long_words (void)
{
  g_autoptr(SamProject) project = fixture_culture_foundation ();

  for (guint style = 0; style < SAM_RENDER_N_STYLES; style++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        SamRenderOptions options;
        g_autoptr(SamLadderGeometry) geo = NULL;
        g_autofree char *label = g_strdup_printf ("long words, %s %dx%d", sam_render_style_to_string (style),
                                                  sizes[i].w, sizes[i].h);
        gboolean found = FALSE;

        sam_render_options_init (&options, style);
        options.translate_func = long_words_cb;
        geo = render_recording (project, sizes[i].w, sizes[i].h, &options);
        check_geometry (project, geo, &options, label);
        for (guint t = 0; t < geo->texts->len; t++)
          found |= g_str_equal (g_array_index (geo->texts, SamTextBox, t).text, "Ideeënverzamelaar");
        g_assert_true (found);
      }
}

/* The Dutch role titles, with the soft hyphens of the translation
 * ("Massa-maat-werker", "Ideeën-verzamelaar"): in every style and at
 * every size each title is whole and wraps only between words or at a
 * soft hyphen; from 1024x768 up none is ellipsized. */
static void
test_render_dutch_titles (void)
{
  g_autoptr(SamProject) project = fixture_culture_foundation ();

  for (guint style = 0; style < SAM_RENDER_N_STYLES; style++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        SamRenderOptions options;
        g_autoptr(SamLadderGeometry) geo = NULL;
        g_autofree char *label = g_strdup_printf ("Dutch, %s %dx%d", sam_render_style_to_string (style),
                                                  sizes[i].w, sizes[i].h);
        guint wrapped_at_hyphen = 0;

        sam_render_options_init (&options, style);
        options.translate_func = fixture_translate_nl;
        geo = render_recording (project, sizes[i].w, sizes[i].h, &options);
        check_geometry (project, geo, &options, label);
        for (guint t = 0; t < geo->texts->len; t++)
          {
            const SamTextBox *box = &g_array_index (geo->texts, SamTextBox, t);

            if (box->kind != SAM_TEXT_RUNG_TITLE)
              continue;
            if (box->ellipsized && sizes[i].w >= 1024 && sizes[i].h >= 768)
              g_error ("%s: title “%s” ellipsized", label, box->text);
            /* Two lines of a soft-hyphenated compound. */
            if (strstr (box->text, "\302\255") != NULL && !box->ellipsized
                && box->rect.height > 1.5 * box->font_px * 1.1)
              wrapped_at_hyphen++;
          }
        g_test_message ("%s: %u titles wrapped at a soft hyphen", label, wrapped_at_hyphen);
      }
}

static void
test_render_palette_contrast (void)
{
  for (guint style = 0; style < SAM_RENDER_N_STYLES; style++)
    {
      const SamRenderPalette *p = sam_render_palette_get (style);
      const struct { const char *what; const SamRgb *fg, *bg; } pairs[] = {
        { "text/page", &p->text, &p->page },
        { "muted/page", &p->text_muted, &p->page },
        { "chip", &p->chip_text, &p->chip_bg },
        { "box text/producer", &p->box_text, &p->box[0] },
        { "box text/consumer", &p->box_text, &p->box[1] },
        { "box text/producer hover", &p->box_text, &p->box_hover[0] },
        { "box text/consumer hover", &p->box_text, &p->box_hover[1] },
        { "box muted/producer", &p->box_text_muted, &p->box[0] },
        { "box muted/consumer", &p->box_text_muted, &p->box[1] },
        { "box muted/producer hover", &p->box_text_muted, &p->box_hover[0] },
        { "box muted/consumer hover", &p->box_text_muted, &p->box_hover[1] },
      };

      for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
        {
          double ratio = sam_rgb_contrast (pairs[i].fg, pairs[i].bg);
          g_test_message ("%s %s: %.2f", sam_render_style_to_string (style), pairs[i].what, ratio);
          if (ratio < 4.5)
            g_error ("%s %s: contrast %.2f < 4.5", sam_render_style_to_string (style), pairs[i].what, ratio);
        }
      /* Lines and shapes in the side colours against their fills: at
       * least 3:1 (WCAG non-text contrast) so the outlines read. */
      for (int side = 0; side < 2; side++)
        {
          g_assert_cmpfloat (sam_rgb_contrast (&p->side[side], &p->page), >=, 3.0);
          g_assert_cmpfloat (sam_rgb_contrast (&p->side[side], &p->box[side]), >=, 3.0);
        }
    }

  /* The contrast function itself, against known WCAG values. */
  {
    SamRgb black = { 0, 0, 0 }, white = { 1, 1, 1 }, grey;
    g_assert_true (sam_rgb_parse ("#777777", &grey));
    g_assert_cmpfloat_with_epsilon (sam_rgb_contrast (&black, &white), 21.0, 0.01);
    g_assert_cmpfloat_with_epsilon (sam_rgb_contrast (&grey, &white), 4.48, 0.01);
    g_assert_false (sam_rgb_parse ("#12345", &grey));
    g_assert_false (sam_rgb_parse ("red", &grey));
  }
}

static void
test_render_hit (void)
{
  g_autoptr(SamProject) project = fixture_culture_foundation ();
  SamRenderOptions options;
  g_autoptr(SamLadderGeometry) geo = NULL;
  SamLadderHit hit;

  sam_render_options_init (&options, SAM_RENDER_STYLE_LIGHT);
  geo = render_recording (project, 1280, 720, &options);

  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      {
        const cairo_rectangle_t *r = &geo->rungs[side][rung - 1];
        /* The lower middle of a rung box holds no chip on the producer side. */
        g_assert_true (sam_ladder_geometry_hit (geo, r->x + 2, r->y + r->height / 2, &hit));
        g_assert_cmpint (hit.side, ==, side);
        g_assert_cmpint (hit.rung, ==, rung);
      }

  for (guint i = 0; i < geo->chips->len; i++)
    {
      const SamChipBox *chip = &g_array_index (geo->chips, SamChipBox, i);
      g_assert_true (sam_ladder_geometry_hit (geo, chip->rect.x + chip->rect.width / 2,
                                              chip->rect.y + chip->rect.height / 2, &hit));
      g_assert_cmpint (hit.kind, ==, chip->stakeholder_id ? SAM_LADDER_HIT_CHIP : SAM_LADDER_HIT_SUMMARY);
      g_assert_cmpstr (hit.stakeholder_id, ==, chip->stakeholder_id);
      g_assert_cmpint (hit.rung, ==, chip->rung);
      g_assert_cmpint (hit.side, ==, chip->side);
    }

  g_assert_true (geo->marker_visible[SAM_MARK_PRODUCER_WANTED]);
  g_assert_true (sam_ladder_geometry_hit (geo, geo->markers[SAM_MARK_PRODUCER_WANTED].x + 1,
                                          geo->markers[SAM_MARK_PRODUCER_WANTED].y + 1, &hit));
  g_assert_cmpint (hit.kind, ==, SAM_LADDER_HIT_MARKER);
  g_assert_cmpint (hit.mark, ==, SAM_MARK_PRODUCER_WANTED);

  g_assert_false (sam_ladder_geometry_hit (geo, 1, 1, &hit));
  g_assert_cmpint (hit.kind, ==, SAM_LADDER_HIT_NONE);
}

static void
test_render_styles (void)
{
  SamRenderStyle style;

  g_assert_true (sam_render_style_from_string ("Projector", &style));
  g_assert_cmpint (style, ==, SAM_RENDER_STYLE_PROJECTOR);
  g_assert_true (sam_render_style_from_string ("dark", &style));
  g_assert_cmpint (style, ==, SAM_RENDER_STYLE_DARK);
  g_assert_false (sam_render_style_from_string ("neon", &style));
  g_assert_false (sam_render_style_from_string (NULL, &style));
  g_assert_cmpstr (sam_render_style_to_string (SAM_RENDER_STYLE_LIGHT), ==, "light");
}

/* ---- reference images ---- */

typedef struct {
  const char     *name;
  int             width, height;
  SamRenderStyle  style;
  gboolean        busy;     /* hover, keyboard focus and a selection */
  gboolean        crowded;
} Canonical;

static const Canonical canonical[] = {
  { "light-800x450", 800, 450, SAM_RENDER_STYLE_LIGHT, FALSE, FALSE },
  { "dark-800x450-interactive", 800, 450, SAM_RENDER_STYLE_DARK, TRUE, FALSE },
  { "projector-640x480-crowded", 640, 480, SAM_RENDER_STYLE_PROJECTOR, FALSE, TRUE },
  { "light-1024x768-empty", 1024, 768, SAM_RENDER_STYLE_LIGHT, FALSE, FALSE },
};

static cairo_surface_t *
render_canonical (const Canonical *c,
                  guint            index)
{
  g_autoptr(SamProject) project = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, c->width, c->height);
  cairo_t *cr = cairo_create (surface);
  SamRenderOptions options;
  g_autofree char *selected = NULL;

  if (c->crowded)
    project = fixture_crowded (25, 1);
  else if (g_str_has_suffix (c->name, "empty"))
    project = sam_project_new ();
  else
    project = fixture_culture_foundation ();

  sam_render_options_init (&options, c->style);
  if (c->busy)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (sam_project_get_stakeholders (project), 1);
      selected = g_strdup (sam_stakeholder_get_id (s));
      options.hover_side = SAM_SIDE_PRODUCER;
      options.hover_rung = 2;
      options.keyboard_side = SAM_SIDE_CONSUMER;
      options.keyboard_rung = 4;
      options.selected_stakeholder = selected;
    }
  sam_ladder_geometry_free (sam_ladder_render (cr, project, c->width, c->height, &options));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  (void) index;
  return surface;
}

/* data/reference/ for Debian 12's pango 1.50, data/reference/pango-X.Y/
 * for any other (see the top of this file). */
static char *
reference_path (const char *file)
{
  int version = pango_version ();
  int major = version / 10000, minor = version / 100 % 100;
  g_autofree char *stack = g_strdup_printf ("pango-%d.%d", major, minor);
  g_autofree char *dir = NULL;

  if (major == 1 && minor == 50)
    return g_test_build_filename (G_TEST_DIST, "data", "reference", file, NULL);
  dir = g_test_build_filename (G_TEST_DIST, "data", "reference", stack, NULL);
  if (g_getenv ("SAM_UPDATE_REFERENCE"))
    g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return g_build_filename (dir, file, NULL);
}

static void
test_render_reference (gconstpointer data)
{
  const Canonical *c = data;
  g_autofree char *file = g_strconcat (c->name, ".png", NULL);
  g_autofree char *path = reference_path (file);
  cairo_surface_t *actual = render_canonical (c, 0);
  cairo_surface_t *expected;
  int differing = 0, stride_a, stride_e;
  const guint8 *pa, *pe;
  double fraction;

  if (g_getenv ("SAM_UPDATE_REFERENCE"))
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", path);
    }

  expected = cairo_image_surface_create_from_png (path);
  if (cairo_surface_status (expected) != CAIRO_STATUS_SUCCESS)
    g_error ("cannot read %s (regenerate with SAM_UPDATE_REFERENCE=1)", path);
  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, c->width);
  g_assert_cmpint (cairo_image_surface_get_height (expected), ==, c->height);

  pa = cairo_image_surface_get_data (actual);
  pe = cairo_image_surface_get_data (expected);
  stride_a = cairo_image_surface_get_stride (actual);
  stride_e = cairo_image_surface_get_stride (expected);
  for (int y = 0; y < c->height; y++)
    for (int x = 0; x < c->width; x++)
      for (int ch = 0; ch < 4; ch++)
        if (ABS ((int) pa[y * stride_a + 4 * x + ch] - (int) pe[y * stride_e + 4 * x + ch]) > 24)
          {
            differing++;
            break;
          }

  fraction = (double) differing / (c->width * c->height);
  if (fraction > 0.002)
    {
      g_autofree char *out = g_build_filename (g_get_tmp_dir (), file, NULL);
      cairo_surface_write_to_png (actual, out);
      g_error ("%s: %.3f%% of pixels differ (more than 0.2%%); the actual image is %s",
               c->name, 100 * fraction, out);
    }
  g_test_message ("%s: %.4f%% of pixels differ", c->name, 100 * fraction);

  cairo_surface_destroy (actual);
  cairo_surface_destroy (expected);
}

/* Draws a frame straight onto an image surface (where small shapes come
 * from sam-render-shapes.c's cache), or onto a recording surface replayed
 * onto one (where cairo rasterises every shape itself). */
static cairo_surface_t *
render_pixels (SamProject             *project,
               int                     width,
               int                     height,
               double                  scale,
               const SamRenderOptions *options,
               gboolean                replayed)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_t *target = replayed ? cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL) : image;
  cairo_t *cr = cairo_create (target);

  cairo_scale (cr, scale, scale);
  sam_ladder_geometry_free (sam_ladder_render (cr, project, width, height, options));
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  if (replayed)
    {
      cr = cairo_create (image);
      cairo_set_source_surface (cr, target, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (target);
    }
  cairo_surface_flush (image);
  return image;
}

/* Shapes taken from the cache give cairo's own pixels: the coverage is
 * exactly cairo's, only the blending rounds differently (pixman vs
 * cairo's span renderer), by at most one level in a few edge pixels.  A
 * shape in the wrong place or with the wrong coverage would differ by
 * much more, over whole edges. */
static void
test_render_shape_cache (void)
{
  g_autoptr(SamProject) culture = fixture_culture_foundation ();
  g_autoptr(SamProject) crowded = fixture_crowded (30, 2);
  SamStakeholder *selected = g_list_model_get_item (sam_project_get_stakeholders (culture), 3);
  static const struct { int w, h; double scale; } cases[] = {
    { 1280, 720, 1 }, { 3840, 2160, 1 }, { 1024, 768, 2 }, { 640, 480, 1 },
  };
  guint hits_before = sam_render_shape_cache_hits ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (int style = 0; style < SAM_RENDER_N_STYLES; style++)
      for (guint p = 0; p < 2; p++)
        {
          SamProject *project = p == 0 ? culture : crowded;
          SamRenderOptions options;
          cairo_surface_t *cached, *plain;
          const guint8 *a, *b;
          int stride, max_diff = 0, height;
          long differing = 0, channels;

          sam_render_options_init (&options, style);
          options.hover_side = SAM_SIDE_CONSUMER;
          options.hover_rung = 2;
          options.keyboard_side = SAM_SIDE_PRODUCER;
          options.keyboard_rung = 3;
          options.selected_stakeholder = sam_stakeholder_get_id (selected);

          /* The first frame fills the cache, the second draws from it. */
          cairo_surface_destroy (render_pixels (project, cases[i].w, cases[i].h, cases[i].scale, &options, FALSE));
          cached = render_pixels (project, cases[i].w, cases[i].h, cases[i].scale, &options, FALSE);
          plain = render_pixels (project, cases[i].w, cases[i].h, cases[i].scale, &options, TRUE);

          a = cairo_image_surface_get_data (cached);
          b = cairo_image_surface_get_data (plain);
          stride = cairo_image_surface_get_stride (cached);
          height = cairo_image_surface_get_height (cached);
          channels = (long) cairo_image_surface_get_width (cached) * height * 4;
          for (long k = 0; k < (long) stride * height; k++)
            {
              int d = ABS ((int) a[k] - (int) b[k]);

              max_diff = MAX (max_diff, d);
              differing += d != 0;
            }
          if (max_diff > 1 || differing > channels / 10000)
            g_error ("%dx%d@%g %s, %s: %ld channels differ from cairo's own drawing, by up to %d",
                     cases[i].w, cases[i].h, cases[i].scale, sam_render_style_to_string (style),
                     p == 0 ? "example" : "crowded", differing, max_diff);
          cairo_surface_destroy (cached);
          cairo_surface_destroy (plain);
        }

  /* Otherwise this test would compare cairo with itself. */
  g_assert_cmpuint (sam_render_shape_cache_hits () - hits_before, >, 1000);
  g_object_unref (selected);
}

/* In a narrow pane the canvas shows the overview slide; pointer and
 * keyboard marks must not move anything, only be drawn over it. */
static void
test_render_overview_pointer_and_focus (void)
{
  g_autoptr(SamProject) project = fixture_culture_foundation ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 480, 680);
  cairo_t *cr = cairo_create (surface);
  SamRenderOptions plain, marked;
  SamLadderGeometry *a, *b;

  sam_render_options_init (&plain, SAM_RENDER_STYLE_LIGHT);
  plain.presentation = TRUE;
  marked = plain;
  marked.hover_side = SAM_SIDE_PRODUCER;
  marked.hover_rung = 2;
  marked.keyboard_side = SAM_SIDE_CONSUMER;
  marked.keyboard_rung = 3;

  a = sam_ladder_render (cr, project, 480, 680, &plain);
  b = sam_ladder_render (cr, project, 480, 680, &marked);

  for (int side = 0; side < 2; side++)
    for (int rung = 0; rung < SAM_LADDER_N_RUNGS; rung++)
      {
        g_assert_cmpfloat (a->rungs[side][rung].width, >, 0);
        g_assert_true (memcmp (&a->rungs[side][rung], &b->rungs[side][rung], sizeof (cairo_rectangle_t)) == 0);
      }
  g_assert_cmpuint (a->texts->len, ==, b->texts->len);
  g_assert_cmpuint (a->texts->len, >=, 8);

  sam_ladder_geometry_free (a);
  sam_ladder_geometry_free (b);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}


/* Every chip's visible name tells it from the others (issue 14): at the
 * canvas's size on a 1366x768 and a 1024x768 laptop with the editors open
 * (the canvas's own options: type no smaller than 0.75, and the overview
 * below 620 px), in English and in Dutch, no chip name is ellipsized and
 * no two chips read the same.  Before, "Culture coordinator" and "Cultural
 * centre" were both "Cul…". */
static void
check_chips_readable (SamProject         *project,
                      int                 width,
                      int                 height,
                      const char         *label,
                      const char * const *whole)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(SamLadderGeometry) geo = NULL;
  SamRenderOptions options;
  GListModel *stakeholders = sam_project_get_stakeholders (project);
  guint n = 0, n_chips = 0, n_summaries = 0, n_placed = 0;

  /* As the canvas draws itself (sam-ladder-view.c): the overview layout
   * with names below 620 px. */
  sam_render_options_init (&options, SAM_RENDER_STYLE_LIGHT);
  options.min_scale = 0.75;
  options.presentation = width < 620;
  options.overview_names = options.presentation;
  geo = render_recording (project, width, height, &options);
  for (guint i = 0; i < geo->texts->len; i++)
    {
      const SamTextBox *t = &g_array_index (geo->texts, SamTextBox, i);
      const char *shown = t->shown != NULL ? t->shown : t->text;
      g_autofree char *key = g_utf8_casefold (shown, -1);

      if (t->kind != SAM_TEXT_CHIP_NAME)
        continue;
      n++;
      g_test_message ("%s: chip \"%s\" reads \"%s\" (%.0f px wide)", label, t->text, shown, t->rect.width);
      if (t->ellipsized)
        g_error ("%s: chip \"%s\" is cut to an ellipsis", label, t->text);
      if (t->shown != NULL)
        g_assert_cmpuint (g_utf8_strlen (t->shown, -1), <, g_utf8_strlen (t->text, -1));
      if (g_hash_table_contains (seen, key))
        g_error ("%s: two chips read \"%s\"", label, shown);
      if (t->shown != NULL && whole != NULL && g_strv_contains (whole, t->text))
        g_error ("%s: chip \"%s\" reads \"%s\", not whole", label, t->text, t->shown);
      g_hash_table_add (seen, g_steal_pointer (&key));
    }
  g_test_message ("%s: %u chip names", label, n);

  /* Everyone standing on a rung has a chip of their own with a name on
   * it: nobody is only counted ("3 stakeholders", "+2"), at every size a
   * laptop gives the canvas. */
  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (stakeholders, i);
      int now = sam_stakeholder_get_role_now (s);

      if (now >= 1 && now <= SAM_LADDER_N_RUNGS)
        n_placed++;
    }
  for (guint i = 0; i < geo->chips->len; i++)
    {
      const SamChipBox *chip = &g_array_index (geo->chips, SamChipBox, i);

      if (chip->stakeholder_id != NULL)
        n_chips++;
      else
        n_summaries++;
    }
  g_assert_cmpuint (n_summaries, ==, 0);
  g_assert_cmpuint (n_chips, ==, n_placed);
  g_assert_cmpuint (n, ==, n_chips);
}

static void
test_render_chips_readable (void)
{
  g_autoptr(SamProject) english = fixture_culture_foundation ();
  g_autoptr(GFile) file = g_file_new_for_path (TEST_DATA_DIR "/../../data/examples/culture-foundation.nl.samenspel");
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) dutch = sam_project_load_from_file (file, NULL, NULL, &error);
  /* The canvas at 1366x768 and 1024x768 with the editors open (the
   * editor side 560 px), and a little narrower and wider. */
  /* One-word names that one line of their chip holds, at the chip's
   * full width, must read whole: the wanted rung then goes to the
   * chip's second line.  Before, a chip with a wanted rung had the name
   * beside it, and at 1366x768 "Basisscholen" read "Basissc." and
   * "Leerkrachten" "Leerkr."; at 720 px "Theatre" read "Thea.". */
  static const char * const whole_nl_806[] = { "Bibliotheek", "Poppodium", "Basisscholen", "Leerlingen",
                                               "Leerkrachten", "Theater", "Gemeente", NULL };
  static const char * const whole_nl_720[] = { "Bibliotheek", "Poppodium", "Leerlingen", "Theater", NULL };
  static const char * const whole_en[] = { "Theatre", "Teacher", "Library", "Pupil", NULL };
  static const struct {
    int w, h;
    const char * const *whole_en, * const *whole_nl;
  } canvas[] = { { 806, 718, whole_en, whole_nl_806 }, { 720, 718, whole_en, whole_nl_720 },
                 { 640, 718, whole_en, NULL }, { 600, 718, NULL, NULL },
                 { 520, 718, NULL, NULL }, { 464, 718, NULL, NULL }, { 464, 550, NULL, NULL } };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (canvas); i++)
    {
      g_autofree char *en = g_strdup_printf ("en %dx%d", canvas[i].w, canvas[i].h);
      g_autofree char *nl = g_strdup_printf ("nl %dx%d", canvas[i].w, canvas[i].h);

      check_chips_readable (english, canvas[i].w, canvas[i].h, en, canvas[i].whole_en);
      check_chips_readable (dutch, canvas[i].w, canvas[i].h, nl, canvas[i].whole_nl);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/render/geometry-sweep", test_render_geometry_sweep);
  g_test_add_func ("/samenspel/render/geometry-sweep-two-sides", test_render_geometry_sweep_two_sides);
  g_test_add_func ("/samenspel/render/overview-pointer-and-focus", test_render_overview_pointer_and_focus);
  g_test_add_func ("/samenspel/render/descriptions-go-first", test_render_descriptions_go_first);
  g_test_add_func ("/samenspel/render/crowded-summary", test_render_crowded_summary);
  g_test_add_func ("/samenspel/render/many-stakeholders", test_render_many_stakeholders);
  g_test_add_func ("/samenspel/render/long-words", test_render_long_words);
  g_test_add_func ("/samenspel/render/chips-readable", test_render_chips_readable);
  g_test_add_func ("/samenspel/render/dutch-titles", test_render_dutch_titles);
  g_test_add_func ("/samenspel/render/palette-contrast", test_render_palette_contrast);
  g_test_add_func ("/samenspel/render/hit", test_render_hit);
  g_test_add_func ("/samenspel/render/styles", test_render_styles);
  g_test_add_func ("/samenspel/render/shape-cache", test_render_shape_cache);
  for (guint i = 0; i < G_N_ELEMENTS (canonical); i++)
    {
      g_autofree char *path = g_strdup_printf ("/samenspel/render/reference/%s", canonical[i].name);
      g_test_add_data_func (path, &canonical[i], test_render_reference);
    }

  return g_test_run ();
}
