/* sam-render-private.h: what the parts of the ladder renderer share
 *
 * sam-ladder-render.c lays out and draws the picture; sam-render-text.c
 * fits and caches text; sam-render-chips.c flows the stakeholder chips;
 * sam-render-geometry.c answers questions about what was drawn.
 */
#pragma once

#include <pango/pangocairo.h>

#include "sam-ladder-render.h"

G_BEGIN_DECLS

typedef enum {
  FONT_SIDE_TITLE,
  FONT_HEADER_NOTE,
  FONT_AXIS,
  FONT_RUNG_TITLE,
  FONT_SUMMARY,
  FONT_DESCRIPTION,
  FONT_MARKER,
  FONT_CHIP,
  FONT_LEGEND,
  N_FONTS
} FontRole;

/* max_lines for sam_render_fit_text(): all lines or nothing, never ellipsized */
#define FIT_WHOLE 1000

typedef enum {
  FIT_PLAIN         = 0,
  FIT_SHRINK        = 1 << 0,  /* down to 80% before breaking words */
  FIT_SHRINK_LITTLE = 1 << 1,  /* down to 90% */
  FIT_KEEP_WORDS    = 1 << 2,  /* ellipsize a long word rather than split it */
  FIT_STRICT        = 1 << 3,  /* set for every fit on a slide (Ctx.strict) */
} FitFlags;

typedef struct {
  cairo_t                *cr;
  SamProject             *project;
  const SamRenderOptions *options;
  const SamRenderPalette *pal;
  SamLadderGeometry      *geo;
  PangoContext           *pango;
  PangoFontDescription   *fonts[N_FONTS];
  double                  font_px[N_FONTS];
  double                  line_h[N_FONTS];  /* height of one line of each font */
  double                  u;                /* scale unit */
  double                  lw;               /* base line width */
  double                  pad;              /* inner padding of boxes */
  double                  gap;
  int                     title_lines;      /* lines a rung title may take (fit_title_size) */
  double                  marker_w[2];      /* natural pill widths: now, wanted; 0 = unknown */
  GHashTable             *layouts;          /* the thread's sam_render_fit_text() cache */
  GHashTable             *widths;           /* the thread's sam_render_text_width() cache */
  char                   *cache_prefix;     /* what the cache keys share in this frame */
  GArray                 *chips[2][SAM_LADDER_N_RUNGS + 1];  /* ChipItems by [side][rung],
                                                              * collected on first use
                                                              * (sam_render_collect_chips) */
  /* Presentation slides (options->presentation): */
  gboolean                strict;           /* never shrink below the font, never ellipsize or
                                             * break a word: whole text or none */
  double                  pu;               /* 1.0 at 1024x768: the 24 px rule's unit */
} Ctx;

/* A stakeholder placed on a rung of its side. */
typedef struct {
  SamStakeholder *stakeholder;
  SamRgb          colour;
  double          width;    /* natural chip width; < 0 until measured (only chips that
                             * may be drawn are, the rest only count towards "+N") */
} ChipItem;

/* ---- small helpers ---- */

static inline const char *
sam_render_tr (Ctx        *c,
               const char *text)
{
  if (c->options->translate_func != NULL && text != NULL)
    return c->options->translate_func (text, c->options->translate_data);
  return text;
}

static inline void
sam_render_set_rgb (cairo_t      *cr,
                    const SamRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static inline void
sam_render_set_rgba (cairo_t      *cr,
                     const SamRgb *c,
                     double        alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, alpha);
}

static inline cairo_rectangle_t
sam_render_rect (double x,
                 double y,
                 double w,
                 double h)
{
  cairo_rectangle_t r = { x, y, MAX (w, 0), MAX (h, 0) };
  return r;
}

static inline gboolean
sam_render_rect_contains (const cairo_rectangle_t *r,
                          double                   x,
                          double                   y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

static inline void
sam_render_rounded_rect (cairo_t *cr,
                         double   x,
                         double   y,
                         double   w,
                         double   h,
                         double   radius)
{
  radius = MIN (radius, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static inline double
sam_render_marker_shape_size (Ctx *c)
{
  return c->font_px[FONT_MARKER] * 0.95;
}

static inline double
sam_render_chip_pad_v (Ctx *c)
{
  return MAX (2.0, 3 * c->u);
}

static inline double
sam_render_pill_height (Ctx     *c,
                        FontRole font)
{
  return ceil (c->line_h[font] + 2 * sam_render_chip_pad_v (c));
}

/* ---- sam-render-text.c ---- */

void         sam_render_text_init     (Ctx                     *c);
void         sam_render_text_clear    (Ctx                     *c);
void         sam_render_set_font_px   (Ctx                     *c,
                                       FontRole                 font,
                                       double                   px);
void         sam_render_layout_size   (PangoLayout             *layout,
                                       double                  *w,
                                       double                  *h);
double       sam_render_text_width    (Ctx                     *c,
                                       FontRole                 font,
                                       const char              *text);
PangoLayout *sam_render_fit_text      (Ctx                     *c,
                                       const char              *text,
                                       FontRole                 font,
                                       double                   width,
                                       double                   max_h,
                                       int                      max_lines,
                                       FitFlags                 flags,
                                       PangoAlignment           align);
void         sam_render_update_line_height (Ctx                *c,
                                            FontRole            font);
gboolean     sam_render_memo_lookup   (Ctx                     *c,
                                       const char              *key,
                                       int                     *value);
void         sam_render_memo_store    (Ctx                     *c,
                                       const char              *key,
                                       int                      value);
void         sam_render_emit_text     (Ctx                     *c,
                                       PangoLayout             *layout,
                                       double                   x,
                                       double                   y,
                                       SamTextKind              kind,
                                       const char              *text,
                                       const cairo_rectangle_t *container,
                                       int                      side,
                                       int                      rung,
                                       const SamRgb            *fg,
                                       const SamRgb            *bg);

/* ---- sam-ladder-render.c, shared with the slides ---- */

void         sam_render_arrow_head    (cairo_t                 *cr,
                                       double                   x,
                                       double                   y,
                                       double                   angle,
                                       double                   size);
void         sam_render_fill_box      (cairo_t                 *cr,
                                       const cairo_rectangle_t *box,
                                       double                   radius);
void         sam_render_box_outline   (Ctx                     *c,
                                       const cairo_rectangle_t *box,
                                       double                   radius,
                                       double                   width,
                                       const SamRgb            *colour);
double       sam_render_marker_width  (Ctx                     *c,
                                       SamMark                  mark);
void         sam_render_draw_marker   (Ctx                     *c,
                                       SamMark                  mark,
                                       cairo_rectangle_t        rect,
                                       int                      rung);
void         sam_render_draw_keystone (Ctx                     *c);

/* ---- sam-render-shapes.c: cairo_fill() and cairo_stroke() for the small
 * shapes drawn on every frame, from a cache of their coverage on image
 * surfaces (the same pixels) ---- */

void         sam_render_fill          (cairo_t                 *cr);
void         sam_render_fill_preserve (cairo_t                 *cr);
void         sam_render_stroke        (cairo_t                 *cr);
/* How many shapes this thread took from the cache so far (tests). */
guint        sam_render_shape_cache_hits (void);

/* ---- sam-render-present.c ---- */

void         sam_render_presentation  (Ctx                     *c);

/* ---- sam-render-compare.c: the compare view and the progress slide ---- */

double       sam_render_compare_strip_height (Ctx              *c);
void         sam_render_compare       (Ctx                     *c);
void         sam_render_slide_progress (Ctx                    *c);

/* ---- sam-render-chips.c ---- */

GArray      *sam_render_collect_chips (Ctx                     *c,
                                       SamSide                  side,
                                       int                      rung);
gboolean     sam_render_side_has_chips (Ctx                    *c,
                                        SamSide                 side);
void         sam_render_chips_clear   (Ctx                     *c);
double       sam_render_chips_height  (Ctx                     *c,
                                       GArray                  *items,
                                       double                   width,
                                       double                   limit);
void         sam_render_draw_chips    (Ctx                     *c,
                                       GArray                  *items,
                                       double                   x0,
                                       double                   bottom,
                                       double                   width,
                                       double                   avail_h,
                                       SamSide                  side,
                                       int                      rung);

G_END_DECLS
