/* sam-ladder-render.c: draws the two-sided participation ladder
 *
 * The picture, left to right: the producer's rungs 1..4 rising as steps
 * towards the centre, a keystone where both sides meet (co-creation), and
 * the consumer's rungs 4..1 stepping down again; the supply/demand axis and
 * a legend along the bottom.  Every size is derived from one unit `u`
 * (1.0 at 1280x720), so the same code serves a thumbnail and a 4K
 * projector.  Text is laid out first and only drawn where it fits: when
 * space runs out, descriptions go first, then summaries, titles last.
 */

#define G_LOG_DOMAIN "samenspel-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "sam-ladder-render.h"
#include "sam-ladder.h"

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

/* Size in px at u = 1, minimum size in px, bold */
static const struct { double size, min; gboolean bold; } font_specs[N_FONTS] = {
  [FONT_SIDE_TITLE]  = { 20.0, 10.0, TRUE },
  [FONT_HEADER_NOTE] = { 14.0, 8.0, FALSE },
  [FONT_AXIS]        = { 16.0, 9.0, TRUE },
  [FONT_RUNG_TITLE]  = { 17.0, 9.0, TRUE },
  [FONT_SUMMARY]     = { 13.5, 8.0, FALSE },
  [FONT_DESCRIPTION] = { 12.5, 8.0, FALSE },
  [FONT_MARKER]      = { 12.5, 8.0, TRUE },
  [FONT_CHIP]        = { 12.5, 8.0, FALSE },
  [FONT_LEGEND]      = { 12.5, 8.0, FALSE },
};

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
} Ctx;

/* A stakeholder placed on a consumer rung. */
typedef struct {
  SamStakeholder *stakeholder;
  SamRgb          colour;
  double          width;
} ChipItem;

/* ---- small helpers ---- */

static const char *
tr (Ctx        *c,
    const char *text)
{
  if (c->options->translate_func != NULL && text != NULL)
    return c->options->translate_func (text, c->options->translate_data);
  return text;
}

static void
set_rgb (cairo_t      *cr,
         const SamRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static void
set_rgba (cairo_t      *cr,
          const SamRgb *c,
          double        alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, alpha);
}

static cairo_rectangle_t
rect_make (double x,
           double y,
           double w,
           double h)
{
  cairo_rectangle_t r = { x, y, MAX (w, 0), MAX (h, 0) };
  return r;
}

static gboolean
rect_contains (const cairo_rectangle_t *r,
               double                   x,
               double                   y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

static void
rounded_rect (cairo_t *cr,
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

static void
arrow_head (cairo_t *cr,
            double   x,
            double   y,
            double   angle,
            double   size)
{
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x - size * cos (angle - 0.45), y - size * sin (angle - 0.45));
  cairo_line_to (cr, x - size * cos (angle + 0.45), y - size * sin (angle + 0.45));
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* ---- text ---- */

static void
ctx_init_fonts (Ctx *c)
{
  const char *family = c->options->font_family ? c->options->font_family : "DejaVu Sans";
  cairo_font_options_t *fo;

  c->pango = pango_cairo_create_context (c->cr);
  /* No hinting of metrics: the layout is then the same on image, SVG and
   * PDF surfaces and at every scale, which keeps reference images and
   * geometry tests deterministic. */
  fo = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (c->pango, fo);
  cairo_font_options_destroy (fo);
  pango_context_set_round_glyph_positions (c->pango, FALSE);

  for (guint i = 0; i < N_FONTS; i++)
    {
      PangoFontMetrics *metrics;

      c->font_px[i] = MAX (font_specs[i].min, font_specs[i].size * c->u * c->pal->font_scale);
      c->fonts[i] = pango_font_description_new ();
      pango_font_description_set_family (c->fonts[i], family);
      pango_font_description_set_weight (c->fonts[i], font_specs[i].bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_font_description_set_absolute_size (c->fonts[i], c->font_px[i] * PANGO_SCALE);

      metrics = pango_context_get_metrics (c->pango, c->fonts[i], NULL);
      c->line_h[i] = MAX ((double) pango_font_metrics_get_height (metrics) / PANGO_SCALE,
                          (double) (pango_font_metrics_get_ascent (metrics)
                                    + pango_font_metrics_get_descent (metrics)) / PANGO_SCALE);
      pango_font_metrics_unref (metrics);
    }
}

static void
ctx_clear (Ctx *c)
{
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&c->fonts[i], pango_font_description_free);
  g_clear_object (&c->pango);
}

static void
layout_size (PangoLayout *layout,
             double      *w,
             double      *h)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (w)
    *w = (double) logical.width / PANGO_SCALE;
  if (h)
    *h = (double) logical.height / PANGO_SCALE;
}

/* Lays out @text to fit @width x @max_h in at most @max_lines lines.
 * Whole words are tried first (shrinking the font a little when
 * @may_shrink, so long Dutch compounds need not break mid-word); then
 * words may break and the last line is ellipsized.  Returns NULL when not
 * even one line fits. */
static PangoLayout *
fit_text (Ctx        *c,
          const char *text,
          FontRole    font,
          double      width,
          double      max_h,
          int         max_lines,
          gboolean    may_shrink,
          PangoAlignment align)
{
  static const double shrink[] = { 1.0, 0.9, 0.8 };
  PangoLayout *layout;
  PangoFontDescription *desc;
  double w, h;
  guint n_tries = may_shrink ? G_N_ELEMENTS (shrink) : 1;

  if (text == NULL || *text == '\0' || width < 1 || max_h < c->line_h[font] * shrink[n_tries - 1] * 0.999)
    return NULL;

  layout = pango_layout_new (c->pango);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  desc = pango_font_description_copy (c->fonts[font]);

  for (guint i = 0; i < n_tries; i++)
    {
      pango_font_description_set_absolute_size (desc, c->font_px[font] * shrink[i] * PANGO_SCALE);
      pango_layout_set_font_description (layout, desc);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      layout_size (layout, &w, &h);
      if (w <= width + 0.01 && h <= max_h && pango_layout_get_line_count (layout) <= max_lines)
        {
          pango_font_description_free (desc);
          return layout;
        }
    }

  /* Break words and ellipsize, at the smallest size tried. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_font_description_free (desc);

  for (int lines = max_lines; lines >= 1; lines--)
    {
      pango_layout_set_height (layout, -lines);
      layout_size (layout, &w, &h);
      if (h <= max_h && w <= width + 0.01)
        return layout;
    }

  g_object_unref (layout);
  return NULL;
}

/* Draws @layout with its top left at (@x, @y) and records it. */
static void
emit_text (Ctx                     *c,
           PangoLayout             *layout,
           double                   x,
           double                   y,
           SamTextKind              kind,
           const char              *text,
           const cairo_rectangle_t *container,
           int                      side,
           int                      rung,
           const SamRgb            *fg,
           const SamRgb            *bg)
{
  PangoRectangle logical;
  SamTextBox box = { 0 };

  pango_layout_get_extents (layout, NULL, &logical);
  set_rgb (c->cr, fg);
  cairo_move_to (c->cr, x, y);
  pango_cairo_show_layout (c->cr, layout);

  box.kind = kind;
  box.text = g_strdup (text);
  box.rect = rect_make (x + (double) logical.x / PANGO_SCALE, y + (double) logical.y / PANGO_SCALE,
                        (double) logical.width / PANGO_SCALE, (double) logical.height / PANGO_SCALE);
  box.container = *container;
  box.side = side;
  box.rung = rung;
  box.fg = *fg;
  box.bg = *bg;
  box.ellipsized = pango_layout_is_ellipsized (layout);
  /* Added for presentation mode: the size the text really got (fit_text
   * may have shrunk it), so the projector's text-size rule can be checked
   * from the geometry alone. */
  {
    const PangoFontDescription *desc = pango_layout_get_font_description (layout);

    box.font_px = desc != NULL ? (double) pango_font_description_get_size (desc) / PANGO_SCALE : 0;
  }
  g_array_append_val (c->geo->texts, box);
}

/* ---- pieces of the picture ---- */

static double
marker_shape_size (Ctx *c)
{
  return c->font_px[FONT_MARKER] * 0.95;
}

static double
chip_pad_v (Ctx *c)
{
  return MAX (2.0, 3 * c->u);
}

static double
pill_height (Ctx     *c,
             FontRole font)
{
  return ceil (c->line_h[font] + 2 * chip_pad_v (c));
}

/* The filled disc ("now") or the ring ("wanted"), the shape that tells
 * the marks apart without colour. */
static void
draw_marker_shape (Ctx          *c,
                   double        cx,
                   double        cy,
                   double        d,
                   gboolean      wanted,
                   const SamRgb *colour)
{
  cairo_t *cr = c->cr;

  cairo_new_path (cr);
  set_rgb (cr, colour);
  if (wanted)
    {
      double ring = MAX (1.5, d * 0.22);
      cairo_arc (cr, cx, cy, d / 2 - ring / 2, 0, 2 * G_PI);
      cairo_set_line_width (cr, ring);
      cairo_stroke (cr);
    }
  else
    {
      cairo_arc (cr, cx, cy, d / 2, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static const char *
marker_label (Ctx    *c,
              SamMark mark)
{
  return tr (c, sam_mark_is_wanted (mark) ? C_("ladder marker", "Wanted") : C_("ladder marker", "Now"));
}

static double
marker_natural_width (Ctx    *c,
                      SamMark mark)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (c->pango);
  double w;

  pango_layout_set_font_description (layout, c->fonts[FONT_MARKER]);
  pango_layout_set_text (layout, marker_label (c, mark), -1);
  layout_size (layout, &w, NULL);
  return 2 * c->pad * 0.75 + marker_shape_size (c) + c->gap * 0.6 + w;
}

/* Draws a marker pill in @rect (already fitted to the rung) and records it. */
static void
draw_marker (Ctx                     *c,
             SamMark                  mark,
             cairo_rectangle_t        rect,
             const cairo_rectangle_t *rung_box,
             int                      rung)
{
  cairo_t *cr = c->cr;
  SamSide side = sam_mark_get_side (mark);
  const SamRgb *accent = &c->pal->side[side];
  double d = marker_shape_size (c);
  double px = c->pad * 0.75;
  double text_x = rect.x + px + d + c->gap * 0.6;
  double text_w = rect.x + rect.width - px - text_x;
  PangoLayout *layout;

  rounded_rect (cr, rect.x, rect.y, rect.width, rect.height, rect.height / 2);
  set_rgb (cr, &c->pal->chip_bg);
  cairo_fill_preserve (cr);
  set_rgb (cr, accent);
  cairo_set_line_width (cr, c->lw * 1.5);
  cairo_stroke (cr);

  draw_marker_shape (c, rect.x + px + d / 2, rect.y + rect.height / 2, d,
                     sam_mark_is_wanted (mark), accent);

  layout = fit_text (c, marker_label (c, mark), FONT_MARKER, text_w, rect.height, 1, TRUE, PANGO_ALIGN_LEFT);
  if (layout)
    {
      double h;
      layout_size (layout, NULL, &h);
      emit_text (c, layout, text_x, rect.y + (rect.height - h) / 2, SAM_TEXT_MARKER_LABEL,
                 marker_label (c, mark), &rect, side, rung, &c->pal->chip_text, &c->pal->chip_bg);
      g_object_unref (layout);
    }

  c->geo->marker_visible[mark] = TRUE;
  c->geo->markers[mark] = rect;
  (void) rung_box;
}

/* Places the markers that sit on this rung in rows at the top of the
 * inner box; returns the height used (at least one row, so titles line
 * up across rungs whether marked or not). */
static double
layout_markers (Ctx                     *c,
                SamSide                  side,
                int                      rung,
                const cairo_rectangle_t *box,
                const cairo_rectangle_t *inner,
                gboolean                 draw)
{
  SamMark now_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_NOW : SAM_MARK_CONSUMER_NOW;
  SamMark wanted_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_WANTED : SAM_MARK_CONSUMER_WANTED;
  int now = sam_project_get_mark (c->project, now_mark);
  int wanted = sam_project_get_mark (c->project, wanted_mark);
  double row_h = pill_height (c, FONT_MARKER);
  double y = inner->y;
  SamMark here[2];
  guint n = 0;
  cairo_rectangle_t row;

  /* The rung number in a ring at the start of the row. */
  if (draw)
  {
    char number[8];
    cairo_rectangle_t badge = rect_make (inner->x, y, row_h, row_h);
    PangoLayout *layout;

    cairo_new_path (c->cr);
    cairo_arc (c->cr, badge.x + row_h / 2, badge.y + row_h / 2, row_h / 2 - c->lw, 0, 2 * G_PI);
    set_rgb (c->cr, &c->pal->side[side]);
    cairo_set_line_width (c->cr, c->lw * 2);
    cairo_stroke (c->cr);
    g_snprintf (number, sizeof number, "%d", rung);
    layout = fit_text (c, number, FONT_MARKER, row_h, row_h, 1, FALSE, PANGO_ALIGN_CENTER);
    if (layout)
      {
        double h;
        layout_size (layout, NULL, &h);
        emit_text (c, layout, badge.x, badge.y + (row_h - h) / 2, SAM_TEXT_RUNG_NUMBER, number, &badge,
                   side, rung, &c->pal->box_text,
                   c->options->hover_side == (int) side && c->options->hover_rung == rung
                   ? &c->pal->box_hover[side] : &c->pal->box[side]);
        g_object_unref (layout);
      }
  }
  row = rect_make (inner->x + row_h + c->gap * 0.5, y, inner->width - row_h - c->gap * 0.5, row_h);

  if (now == rung)
    here[n++] = now_mark;
  if (wanted == rung)
    here[n++] = wanted_mark;

  if (n == 1 && marker_natural_width (c, here[0]) <= row.width)
    {
      SamMark other = here[0] == now_mark ? wanted_mark : now_mark;
      int other_rung = sam_project_get_mark (c->project, other);
      double w = marker_natural_width (c, here[0]);
      gboolean align_right = FALSE;

      /* Face the other marker, so the arrow between them stays short. */
      if (other_rung != 0)
        {
          gboolean other_is_inner = other_rung > rung;
          align_right = (side == SAM_SIDE_PRODUCER) == other_is_inner;
        }
      if (draw)
        draw_marker (c, here[0], rect_make (align_right ? row.x + row.width - w : row.x, y, w, row_h),
                     box, rung);
      return row_h;
    }
  else if (n == 2 && marker_natural_width (c, here[0]) + marker_natural_width (c, here[1]) + c->gap <= row.width)
    {
      double w1 = marker_natural_width (c, here[1]);
      if (draw)
        {
          draw_marker (c, here[0], rect_make (row.x, y, marker_natural_width (c, here[0]), row_h), box, rung);
          draw_marker (c, here[1], rect_make (row.x + row.width - w1, y, w1, row_h), box, rung);
        }
      return row_h;
    }

  /* Not beside the number: flow the markers into rows of the full width
   * below it, ellipsizing a label only when even that is too narrow. */
  {
    double x = row.x, right = row.x + row.width;

    for (guint i = 0; i < n; i++)
      {
        double w = MIN (marker_natural_width (c, here[i]), inner->width);

        if (x + w > right)
          {
            y += row_h + c->gap * 0.5;
            x = inner->x;
            right = inner->x + inner->width;
          }
        if (draw)
          draw_marker (c, here[i], rect_make (x, y, w, row_h), box, rung);
        x += w + c->gap;
      }
  }
  return y + row_h - inner->y;
}

/* Natural width of a stakeholder chip. */
static double
chip_natural_width (Ctx            *c,
                    SamStakeholder *s)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (c->pango);
  double w, extra = 0;
  int now = sam_stakeholder_get_role_now (s);
  int wanted = sam_stakeholder_get_role_wanted (s);

  pango_layout_set_font_description (layout, c->fonts[FONT_CHIP]);
  pango_layout_set_text (layout, sam_stakeholder_get_name (s), -1);
  layout_size (layout, &w, NULL);
  if (wanted != 0 && wanted != now)
    extra = c->font_px[FONT_CHIP] * 1.6 + c->gap * 0.2;
  return ceil (2 * c->pad * 0.75 + c->font_px[FONT_CHIP] * 0.7 + c->gap * 0.5 + w + extra + 1);
}

static void
draw_chip (Ctx                     *c,
           const ChipItem          *item,
           cairo_rectangle_t        rect,
           int                      rung)
{
  cairo_t *cr = c->cr;
  SamStakeholder *s = item->stakeholder;
  const char *id = sam_stakeholder_get_id (s);
  const char *name = sam_stakeholder_get_name (s);
  gboolean selected = g_strcmp0 (c->options->selected_stakeholder, id) == 0;
  int now = sam_stakeholder_get_role_now (s);
  int wanted = sam_stakeholder_get_role_wanted (s);
  double px = c->pad * 0.75;
  double dot = c->font_px[FONT_CHIP] * 0.7;
  double x = rect.x + px + dot + c->gap * 0.5;
  double right = rect.x + rect.width - px;
  PangoLayout *layout;
  SamChipBox chip = { 0 };

  rounded_rect (cr, rect.x, rect.y, rect.width, rect.height, rect.height * 0.3);
  set_rgb (cr, &c->pal->chip_bg);
  cairo_fill_preserve (cr);
  if (selected)
    {
      set_rgb (cr, &c->pal->focus);
      cairo_set_line_width (cr, c->lw * 3);
    }
  else
    {
      set_rgb (cr, &item->colour);
      cairo_set_line_width (cr, c->lw * 1.5);
    }
  cairo_stroke (cr);

  set_rgb (cr, &item->colour);
  cairo_arc (cr, rect.x + px + dot / 2, rect.y + rect.height / 2, dot / 2, 0, 2 * G_PI);
  cairo_fill (cr);

  if (wanted != 0 && wanted != now)
    {
      /* A triangle pointing at the wanted rung (rung 4 lies towards the
       * centre, i.e. to the left on the consumer side), then its number. */
      char number[8];
      double tw = c->font_px[FONT_CHIP] * 0.55;
      double tx = right - c->font_px[FONT_CHIP] * 1.6 + c->gap * 0.2;
      double cy = rect.y + rect.height / 2;
      gboolean left = wanted > now;

      if (tx > x + c->font_px[FONT_CHIP])
        {
          set_rgb (cr, &c->pal->chip_text);
          if (left)
            {
              cairo_move_to (cr, tx + tw, cy - tw / 2);
              cairo_line_to (cr, tx + tw, cy + tw / 2);
              cairo_line_to (cr, tx, cy);
            }
          else
            {
              cairo_move_to (cr, tx, cy - tw / 2);
              cairo_line_to (cr, tx, cy + tw / 2);
              cairo_line_to (cr, tx + tw, cy);
            }
          cairo_close_path (cr);
          cairo_fill (cr);

          g_snprintf (number, sizeof number, "%d", wanted);
          layout = fit_text (c, number, FONT_CHIP, right - (tx + tw * 1.2), rect.height, 1, FALSE, PANGO_ALIGN_LEFT);
          if (layout)
            {
              double h;
              layout_size (layout, NULL, &h);
              emit_text (c, layout, tx + tw * 1.2, rect.y + (rect.height - h) / 2, SAM_TEXT_CHIP_WANTED,
                         number, &rect, SAM_SIDE_CONSUMER, rung, &c->pal->chip_text, &c->pal->chip_bg);
              g_object_unref (layout);
            }
          right = tx - c->gap * 0.3;
        }
    }

  layout = fit_text (c, name, FONT_CHIP, right - x, rect.height - 2 * chip_pad_v (c) + 0.5, 2, FALSE,
                     PANGO_ALIGN_LEFT);
  if (layout)
    {
      double h;
      layout_size (layout, NULL, &h);
      emit_text (c, layout, x, rect.y + (rect.height - h) / 2, SAM_TEXT_CHIP_NAME, name,
                 &rect, SAM_SIDE_CONSUMER, rung, &c->pal->chip_text, &c->pal->chip_bg);
      g_object_unref (layout);
    }

  chip.stakeholder_id = g_strdup (id);
  chip.rung = rung;
  chip.rect = rect;
  g_array_append_val (c->geo->chips, chip);
}

static double
summary_width (Ctx        *c,
               const char *text)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (c->pango);
  double w;

  pango_layout_set_font_description (layout, c->fonts[FONT_CHIP]);
  pango_layout_set_text (layout, text, -1);
  layout_size (layout, &w, NULL);
  return w + 2 * c->pad * 0.75;
}

static void
draw_summary (Ctx              *c,
              const char       *text,
              int               hidden,
              cairo_rectangle_t rect,
              int               rung)
{
  cairo_t *cr = c->cr;
  PangoLayout *layout;
  SamChipBox chip = { 0 };

  rounded_rect (cr, rect.x, rect.y, rect.width, rect.height, rect.height * 0.3);
  set_rgb (cr, &c->pal->chip_bg);
  cairo_fill_preserve (cr);
  set_rgb (cr, &c->pal->chip_text);
  cairo_set_line_width (cr, c->lw);
  cairo_set_dash (cr, (double[]) { 3 * c->lw, 2 * c->lw }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  layout = fit_text (c, text, FONT_CHIP, rect.width - c->pad, rect.height, 1, FALSE, PANGO_ALIGN_CENTER);
  if (layout)
    {
      double h;
      layout_size (layout, NULL, &h);
      emit_text (c, layout, rect.x + c->pad / 2, rect.y + (rect.height - h) / 2, SAM_TEXT_CHIP_SUMMARY,
                 text, &rect, SAM_SIDE_CONSUMER, rung, &c->pal->chip_text, &c->pal->chip_bg);
      g_object_unref (layout);
    }

  chip.rung = rung;
  chip.hidden = hidden;
  chip.rect = rect;
  g_array_append_val (c->geo->chips, chip);
}

/* Flows chips [0, @shown) and, when @hidden > 0, a "+N" pill into rows
 * of @width from (0, 0); a name too long for one line gets a chip of the
 * full width and two lines.  Returns the height used. */
static double
place_chips (Ctx               *c,
             GArray            *items,
             guint              shown,
             int                hidden,
             double             width,
             cairo_rectangle_t *rects)
{
  double x = 0, y = 0, row_h = 0, sp = c->gap * 0.5;
  double h1 = pill_height (c, FONT_CHIP), h2 = ceil (2 * c->line_h[FONT_CHIP] + 2 * chip_pad_v (c));
  guint n = shown + (hidden > 0 ? 1 : 0);

  for (guint i = 0; i < n; i++)
    {
      double w, h = h1;

      if (i < shown)
        {
          w = g_array_index (items, ChipItem, i).width;
          if (w > width)
            {
              w = width;
              h = h2;
            }
        }
      else
        {
          g_autofree char *label = g_strdup_printf (C_("more stakeholders", "+%d"), hidden);
          w = MIN (summary_width (c, label), width);
        }

      if (x > 0 && x + w > width)
        {
          y += row_h + sp;
          x = 0;
          row_h = 0;
        }
      rects[i] = rect_make (x, y, w, h);
      x += w + sp;
      row_h = MAX (row_h, h);
    }

  return n > 0 ? y + row_h : 0;
}

static double
chips_height_needed (Ctx    *c,
                     GArray *items,
                     double  width)
{
  g_autofree cairo_rectangle_t *rects = g_new0 (cairo_rectangle_t, items->len + 1);
  return place_chips (c, items, items->len, 0, width, rects);
}

/* Draws as many chips as fit into @avail_h above @bottom; the rest are
 * summarised as "+N" at the end. */
static void
draw_chips (Ctx    *c,
            GArray *items,
            double  x0,
            double  bottom,
            double  width,
            double  avail_h,
            int     rung)
{
  g_autofree cairo_rectangle_t *rects = g_new0 (cairo_rectangle_t, items->len + 1);
  guint shown = items->len;
  double h;

  for (;;)
    {
      h = place_chips (c, items, shown, items->len - shown, width, rects);
      if (h <= avail_h + 0.01)
        break;
      if (shown == 0)
        return;
      shown--;
    }

  for (guint i = 0; i < shown; i++)
    {
      cairo_rectangle_t r = rects[i];
      r.x += x0;
      r.y += bottom - h;
      draw_chip (c, &g_array_index (items, ChipItem, i), r, rung);
    }
  if (shown < items->len)
    {
      int hidden = items->len - shown;
      g_autofree char *label = g_strdup_printf (C_("more stakeholders", "+%d"), hidden);
      cairo_rectangle_t r = rects[shown];
      r.x += x0;
      r.y += bottom - h;
      draw_summary (c, label, hidden, r, rung);
    }
}

static GArray *
collect_chips (Ctx *c,
               int  rung)
{
  GListModel *list = sam_project_get_stakeholders (c->project);
  GArray *items = g_array_new (FALSE, FALSE, sizeof (ChipItem));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
      ChipItem item = { 0 };

      if (sam_stakeholder_get_role_now (s) != rung)
        continue;
      item.stakeholder = s;   /* the list keeps it alive */
      if (!sam_rgb_parse (sam_stakeholder_get_colour (s), &item.colour))
        sam_render_chip_colour (i, &item.colour);
      item.width = chip_natural_width (c, s);

      /* The selected stakeholder goes first, so it is never hidden in "+N". */
      if (g_strcmp0 (c->options->selected_stakeholder, sam_stakeholder_get_id (s)) == 0)
        g_array_prepend_val (items, item);
      else
        g_array_append_val (items, item);
    }

  return items;
}

typedef struct {
  cairo_rectangle_t  inner;
  double             marker_h;
  PangoLayout       *title, *summary, *description;
  double             title_h, summary_h, description_h;
  GArray            *chips;
  double             chips_h;    /* height of the chip area at the bottom */
} RungPlan;

static void
rung_plan_clear (RungPlan *plan)
{
  g_clear_object (&plan->title);
  g_clear_object (&plan->summary);
  g_clear_object (&plan->description);
  g_clear_pointer (&plan->chips, g_array_unref);
}

/* Decides what goes into a rung box.  Title first, then summary, chips,
 * description: the order in which they are dropped when space runs out
 * is the reverse.  A description is only planned when it fits whole. */
static void
plan_rung (Ctx      *c,
           SamSide   side,
           int       rung,
           gboolean  with_description,
           RungPlan *plan)
{
  const cairo_rectangle_t *box = &c->geo->rungs[side][rung - 1];
  const SamLadderRole *role = sam_ladder_get_role (side, rung);
  double sp = c->gap * 0.6;
  double y, bottom, left, chips_min = 0, chips_full = 0;

  memset (plan, 0, sizeof *plan);
  plan->inner = rect_make (box->x + c->pad, box->y + c->pad, box->width - 2 * c->pad, box->height - 2 * c->pad);
  if (plan->inner.width < 8 || plan->inner.height < 8)
    return;
  bottom = plan->inner.y + plan->inner.height;

  plan->marker_h = layout_markers (c, side, rung, box, &plan->inner, FALSE);
  y = plan->inner.y + plan->marker_h + sp;

  if (side == SAM_SIDE_CONSUMER)
    {
      plan->chips = collect_chips (c, rung);
      if (plan->chips->len > 0)
        {
          chips_full = chips_height_needed (c, plan->chips, plan->inner.width);
          chips_min = pill_height (c, FONT_CHIP) + sp;
        }
    }

  plan->title = fit_text (c, tr (c, role->title), FONT_RUNG_TITLE, plan->inner.width,
                          bottom - y - chips_min, 2, FALSE, PANGO_ALIGN_LEFT);
  if (plan->title == NULL)
    {
      plan->chips_h = MIN (chips_full, bottom - y);
      return;
    }
  layout_size (plan->title, NULL, &plan->title_h);
  y += plan->title_h + sp;

  plan->summary = fit_text (c, tr (c, role->summary), FONT_SUMMARY, plan->inner.width,
                            bottom - y - chips_min, 6, FALSE, PANGO_ALIGN_LEFT);
  if (plan->summary)
    {
      layout_size (plan->summary, NULL, &plan->summary_h);
      y += plan->summary_h + sp;
    }

  left = MAX (bottom - y, 0);
  plan->chips_h = MIN (chips_full, left);

  if (with_description && plan->summary)
    {
      double desc_h = left - (plan->chips_h > 0 ? plan->chips_h + sp : 0);

      plan->description = fit_text (c, tr (c, role->description), FONT_DESCRIPTION, plan->inner.width, desc_h,
                                    100, FALSE, PANGO_ALIGN_LEFT);
      if (plan->description && pango_layout_is_ellipsized (plan->description))
        g_clear_object (&plan->description);
      if (plan->description)
        layout_size (plan->description, NULL, &plan->description_h);
    }
}

static void
draw_rung (Ctx      *c,
           SamSide   side,
           int       rung,
           RungPlan *plan)
{
  cairo_t *cr = c->cr;
  const cairo_rectangle_t *box = &c->geo->rungs[side][rung - 1];
  const SamLadderRole *role = sam_ladder_get_role (side, rung);
  const SamRenderOptions *o = c->options;
  gboolean hover = o->hover_side == (int) side && o->hover_rung == rung;
  gboolean keyboard = o->keyboard_side == (int) side && o->keyboard_rung == rung;
  const SamRgb *fill = hover ? &c->pal->box_hover[side] : &c->pal->box[side];
  double radius = 10 * c->u;
  const cairo_rectangle_t *inner = &plan->inner;
  double sp = c->gap * 0.6, y;
  double riser_bottom = c->geo->ladder_area.y + c->geo->ladder_area.height;

  /* The step below the rung. */
  if (box->y + box->height < riser_bottom - 1)
    {
      cairo_rectangle (cr, box->x, box->y + box->height / 2, box->width, riser_bottom - box->y - box->height / 2);
      set_rgb (cr, &c->pal->riser[side]);
      cairo_fill (cr);
    }

  rounded_rect (cr, box->x, box->y, box->width, box->height, radius);
  set_rgb (cr, fill);
  cairo_fill_preserve (cr);
  set_rgb (cr, &c->pal->side[side]);
  cairo_set_line_width (cr, c->lw * (hover ? 3 : 2));
  cairo_stroke (cr);

  if (keyboard)
    {
      double inset = c->lw * 3;
      rounded_rect (cr, box->x + inset, box->y + inset, box->width - 2 * inset, box->height - 2 * inset,
                    MAX (radius - inset, 1));
      set_rgb (cr, &c->pal->focus);
      cairo_set_line_width (cr, c->lw * 2);
      cairo_set_dash (cr, (double[]) { 4 * c->lw, 3 * c->lw }, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  if (inner->width < 8 || inner->height < 8)
    return;

  y = inner->y + layout_markers (c, side, rung, box, inner, TRUE) + sp;

  if (plan->title)
    {
      emit_text (c, plan->title, inner->x, y, SAM_TEXT_RUNG_TITLE, tr (c, role->title), box, side, rung,
                 &c->pal->box_text, fill);
      y += plan->title_h + sp;
    }
  if (plan->summary)
    {
      emit_text (c, plan->summary, inner->x, y, SAM_TEXT_RUNG_SUMMARY, tr (c, role->summary), box, side, rung,
                 &c->pal->box_text_muted, fill);
      y += plan->summary_h + sp;
    }
  if (plan->description)
    emit_text (c, plan->description, inner->x, y, SAM_TEXT_RUNG_DESCRIPTION, tr (c, role->description), box,
               side, rung, &c->pal->box_text_muted, fill);

  if (plan->chips_h > 0)
    draw_chips (c, plan->chips, inner->x, inner->y + inner->height, inner->width, plan->chips_h, rung);
}

/* One title size for all rungs: the largest (down to 70%) at which every
 * title fits two lines without breaking a word, so a long name (Dutch
 * compounds) shrinks all titles alike instead of standing out. */
static void
fit_title_size (Ctx *c)
{
  static const double factors[] = { 1.0, 0.92, 0.85, 0.78, 0.7 };
  double base = c->font_px[FONT_RUNG_TITLE];
  double f = factors[G_N_ELEMENTS (factors) - 1];
  g_autoptr(PangoLayout) layout = pango_layout_new (c->pango);
  PangoFontMetrics *metrics;

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    {
      gboolean all_fit = TRUE;

      pango_font_description_set_absolute_size (c->fonts[FONT_RUNG_TITLE], base * factors[i] * PANGO_SCALE);
      pango_layout_set_font_description (layout, c->fonts[FONT_RUNG_TITLE]);
      for (int side = 0; side < 2 && all_fit; side++)
        for (int rung = 1; rung <= SAM_LADDER_N_RUNGS && all_fit; rung++)
          {
            double width = c->geo->rungs[side][rung - 1].width - 2 * c->pad, w;
            pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
            pango_layout_set_text (layout, tr (c, sam_ladder_get_role (side, rung)->title), -1);
            layout_size (layout, &w, NULL);
            all_fit = w <= width + 0.01 && pango_layout_get_line_count (layout) <= 2;
          }
      if (all_fit)
        {
          f = factors[i];
          break;
        }
    }

  c->font_px[FONT_RUNG_TITLE] = base * f;
  pango_font_description_set_absolute_size (c->fonts[FONT_RUNG_TITLE], base * f * PANGO_SCALE);
  metrics = pango_context_get_metrics (c->pango, c->fonts[FONT_RUNG_TITLE], NULL);
  c->line_h[FONT_RUNG_TITLE] = (double) pango_font_metrics_get_height (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
}

/* Descriptions are shown where they fit whole: a cut-off description
 * reads as a mistake, and the canvas shows each in full on hover. */
static void
draw_rungs (Ctx *c)
{
  RungPlan plan;

  fit_title_size (c);

  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      {
        plan_rung (c, side, rung, TRUE, &plan);
        draw_rung (c, side, rung, &plan);
        rung_plan_clear (&plan);
      }
}

/* The arrow from a side's "now" marker to its "wanted" marker climbs
 * (or descends) the steps just above the rungs' top edges, vertical in
 * the gaps between rungs, so it never crosses a rung's text. */
static void
draw_mark_arrow (Ctx    *c,
                 SamSide side)
{
  cairo_t *cr = c->cr;
  SamMark now_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_NOW : SAM_MARK_CONSUMER_NOW;
  SamMark wanted_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_WANTED : SAM_MARK_CONSUMER_WANTED;
  int now = sam_project_get_mark (c->project, now_mark);
  int wanted = sam_project_get_mark (c->project, wanted_mark);
  const cairo_rectangle_t *a, *b;
  int step;
  double y, lift = c->gap * 0.8, head = 6 * c->u * c->pal->line_scale + 4;

  if (now == 0 || wanted == 0 || now == wanted
      || !c->geo->marker_visible[now_mark] || !c->geo->marker_visible[wanted_mark])
    return;

  a = &c->geo->markers[now_mark];
  b = &c->geo->markers[wanted_mark];
  step = wanted > now ? 1 : -1;

  cairo_new_path (cr);
  cairo_move_to (cr, a->x + a->width / 2, a->y);
  y = c->geo->rungs[side][now - 1].y - lift;
  cairo_line_to (cr, a->x + a->width / 2, y);
  for (int r = now; r != wanted; r += step)
    {
      const cairo_rectangle_t *from = &c->geo->rungs[side][r - 1];
      const cairo_rectangle_t *to = &c->geo->rungs[side][r + step - 1];
      double gap_x = to->x > from->x ? (from->x + from->width + to->x) / 2
                                     : (to->x + to->width + from->x) / 2;

      cairo_line_to (cr, gap_x, y);
      y = to->y - lift;
      cairo_line_to (cr, gap_x, y);
    }
  cairo_line_to (cr, b->x + b->width / 2, y);
  cairo_line_to (cr, b->x + b->width / 2, b->y - head * 0.8);

  set_rgb (cr, &c->pal->side[side]);
  cairo_set_line_width (cr, c->lw * 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
  arrow_head (cr, b->x + b->width / 2, b->y, G_PI / 2, head);
}

/* The selected stakeholder's way from its chip to its wanted rung:
 * sideways out of its rung, up the gap, and over the rungs' top edges
 * like the marker arrows (lower, so the two never coincide). */
static void
draw_selected_arrow (Ctx *c)
{
  cairo_t *cr = c->cr;
  const SamChipBox *chip;
  SamStakeholder *s;
  const cairo_rectangle_t *from, *to;
  int wanted, step;
  double x, y, lift = c->gap * 0.4, head = 6 * c->u * c->pal->line_scale + 4;
  gboolean leftwards;

  if (c->options->selected_stakeholder == NULL)
    return;
  chip = sam_ladder_geometry_find_chip (c->geo, c->options->selected_stakeholder);
  s = sam_project_find_stakeholder (c->project, c->options->selected_stakeholder);
  if (chip == NULL || s == NULL)
    return;
  wanted = sam_stakeholder_get_role_wanted (s);
  if (!sam_ladder_rung_is_valid (wanted) || wanted == chip->rung)
    return;

  from = &c->geo->rungs[SAM_SIDE_CONSUMER][chip->rung - 1];
  to = &c->geo->rungs[SAM_SIDE_CONSUMER][wanted - 1];
  leftwards = to->x < from->x;
  step = wanted > chip->rung ? 1 : -1;

  cairo_new_path (cr);
  y = chip->rect.y + chip->rect.height / 2;
  cairo_move_to (cr, leftwards ? chip->rect.x : chip->rect.x + chip->rect.width, y);
  for (int r = chip->rung; r != wanted; r += step)
    {
      const cairo_rectangle_t *a = &c->geo->rungs[SAM_SIDE_CONSUMER][r - 1];
      const cairo_rectangle_t *b = &c->geo->rungs[SAM_SIDE_CONSUMER][r + step - 1];
      double gap_x = b->x < a->x ? (b->x + b->width + a->x) / 2 : (a->x + a->width + b->x) / 2;

      cairo_line_to (cr, gap_x, y);
      y = MIN (a->y, b->y) - lift;
      cairo_line_to (cr, gap_x, y);
      y = b->y - lift;
    }
  x = to->x + to->width / 2;
  cairo_line_to (cr, x, y);
  cairo_line_to (cr, x, to->y - head * 0.8);

  set_rgb (cr, &c->pal->focus);
  cairo_set_line_width (cr, c->lw * 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, (double[]) { 6 * c->lw, 4 * c->lw }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  arrow_head (cr, x, to->y, G_PI / 2, head);
}

static void
draw_keystone (Ctx *c)
{
  cairo_t *cr = c->cr;
  const cairo_rectangle_t *k = &c->geo->keystone;
  double mid = k->x + k->width / 2;
  double tip = k->width * 0.6;

  /* A pointed pillar, half in each side's colour: where the two sides meet. */
  for (int side = 0; side < 2; side++)
    {
      double edge = side == 0 ? k->x : k->x + k->width;
      cairo_move_to (cr, mid, k->y);
      cairo_line_to (cr, edge, k->y + tip);
      cairo_line_to (cr, edge, k->y + k->height);
      cairo_line_to (cr, mid, k->y + k->height);
      cairo_close_path (cr);
      set_rgb (cr, &c->pal->side[side]);
      cairo_fill (cr);
    }
}

static void
draw_header (Ctx                     *c,
             const cairo_rectangle_t *area)
{
  double third = area->width / 3;
  const char *note = tr (c, C_("ladder", "Both roles grow towards each other"));

  for (int side = 0; side < 2; side++)
    {
      const char *text = tr (c, sam_ladder_side_title (side));
      cairo_rectangle_t slot = rect_make (side == 0 ? area->x : area->x + 2 * third, area->y, third, area->height);
      PangoLayout *layout = fit_text (c, text, FONT_SIDE_TITLE, slot.width, slot.height, 1, TRUE,
                                      side == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      if (layout)
        {
          double h;
          layout_size (layout, NULL, &h);
          emit_text (c, layout, slot.x, slot.y + (slot.height - h) / 2, SAM_TEXT_SIDE_TITLE, text,
                     &slot, side, 0, &c->pal->text, &c->pal->page);
          g_object_unref (layout);
        }
    }

  {
    cairo_rectangle_t slot = rect_make (area->x + third, area->y, third, area->height);
    PangoLayout *layout = fit_text (c, note, FONT_HEADER_NOTE, slot.width, slot.height, 1, FALSE,
                                    PANGO_ALIGN_CENTER);
    if (layout)
      {
        double h;
        layout_size (layout, NULL, &h);
        emit_text (c, layout, slot.x, slot.y + (slot.height - h) / 2, SAM_TEXT_SIDE_TITLE, note,
                   &slot, -1, 0, &c->pal->text_muted, &c->pal->page);
        g_object_unref (layout);
      }
  }
}

static void
draw_axis (Ctx                     *c,
           const cairo_rectangle_t *area,
           double                   centre_x)
{
  cairo_t *cr = c->cr;
  double y = area->y + 6 * c->u * c->pal->line_scale;
  double head = 9 * c->u * c->pal->line_scale + 4;
  double label_y = y + head * 0.6 + c->gap * 0.5;
  double third = area->width / 3;

  set_rgb (cr, &c->pal->text);
  cairo_set_line_width (cr, c->lw * 2);
  cairo_move_to (cr, area->x + head * 0.8, y);
  cairo_line_to (cr, area->x + area->width - head * 0.8, y);
  cairo_stroke (cr);
  arrow_head (cr, area->x, y, G_PI, head);
  arrow_head (cr, area->x + area->width, y, 0, head);
  cairo_arc (cr, centre_x, y, head * 0.45, 0, 2 * G_PI);
  cairo_fill (cr);

  for (int i = 0; i < 3; i++)
    {
      const char *text = tr (c, sam_ladder_axis_label (i));
      /* The centre label is centred under the keystone, which may not be
       * the middle of the page by a pixel or so. */
      double x = i == 1 ? centre_x - third / 2 : area->x + i * third;
      cairo_rectangle_t slot = rect_make (x, label_y, third, area->y + area->height - label_y);
      PangoLayout *layout = fit_text (c, text, FONT_AXIS, slot.width, slot.height, 1, TRUE,
                                      i == 0 ? PANGO_ALIGN_LEFT : i == 1 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT);
      if (layout)
        {
          emit_text (c, layout, slot.x, slot.y, SAM_TEXT_AXIS_LABEL, text, &slot, -1, 0,
                     &c->pal->text, &c->pal->page);
          g_object_unref (layout);
        }
    }
}

static void
draw_legend (Ctx                     *c,
             const cairo_rectangle_t *area)
{
  cairo_t *cr = c->cr;
  const char *texts[] = {
    tr (c, C_("legend", "Now: where we stand")),
    tr (c, C_("legend", "Wanted: where we want to be")),
    tr (c, C_("legend", "The way from now to wanted")),
    tr (c, C_("legend", "Stakeholder and the rung it wants to reach")),
  };
  double slot_w = area->width / G_N_ELEMENTS (texts);
  double sym_w = c->font_px[FONT_LEGEND] * 2.6;
  const SamRgb *accent = &c->pal->text;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      double x = area->x + i * slot_w;
      double cy = area->y + area->height / 2;
      double d = c->font_px[FONT_LEGEND];
      cairo_rectangle_t text_slot = rect_make (x + sym_w, area->y, slot_w - sym_w - c->gap, area->height);
      PangoLayout *layout;

      switch (i)
        {
        case 0:
        case 1:
          draw_marker_shape (c, x + d, cy, d, i == 1, accent);
          break;
        case 2:
          set_rgb (cr, accent);
          cairo_set_line_width (cr, c->lw * 2.5);
          cairo_move_to (cr, x, cy);
          cairo_line_to (cr, x + sym_w - c->gap - d * 0.6, cy);
          cairo_stroke (cr);
          arrow_head (cr, x + sym_w - c->gap, cy, 0, d * 0.7);
          break;
        case 3:
          {
            SamRgb dot;
            double w = sym_w - c->gap, h = d * 1.4;
            sam_render_chip_colour (0, &dot);
            rounded_rect (cr, x, cy - h / 2, w, h, h * 0.3);
            set_rgb (cr, &c->pal->chip_bg);
            cairo_fill_preserve (cr);
            set_rgb (cr, &dot);
            cairo_set_line_width (cr, c->lw * 1.5);
            cairo_stroke (cr);
            cairo_arc (cr, x + h / 2, cy, d * 0.3, 0, 2 * G_PI);
            cairo_fill (cr);
            set_rgb (cr, &c->pal->chip_text);
            cairo_move_to (cr, x + w - d * 0.3, cy - d * 0.3);
            cairo_line_to (cr, x + w - d * 0.3, cy + d * 0.3);
            cairo_line_to (cr, x + w - d * 0.8, cy);
            cairo_close_path (cr);
            cairo_fill (cr);
          }
          break;
        default:
          g_assert_not_reached ();
        }

      layout = fit_text (c, texts[i], FONT_LEGEND, text_slot.width, text_slot.height, 2, FALSE, PANGO_ALIGN_LEFT);
      if (layout)
        {
          double h;
          layout_size (layout, NULL, &h);
          emit_text (c, layout, text_slot.x, cy - h / 2, SAM_TEXT_LEGEND, texts[i], &text_slot, -1, 0,
                     &c->pal->text, &c->pal->page);
          g_object_unref (layout);
        }
    }
}

/* A veil of the page colour over what a presentation step leaves out. */
static void
draw_focus_veil (Ctx *c)
{
  const SamRenderOptions *o = c->options;
  double bottom = c->geo->ladder_area.y + c->geo->ladder_area.height;

  if (o->focus == SAM_RENDER_FOCUS_NONE)
    return;

  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      {
        gboolean keep;
        const cairo_rectangle_t *r = &c->geo->rungs[side][rung - 1];

        switch (o->focus)
          {
          case SAM_RENDER_FOCUS_RUNG_PAIR: keep = rung == o->focus_rung; break;
          case SAM_RENDER_FOCUS_ORGANISATION: keep = side == SAM_SIDE_PRODUCER; break;
          case SAM_RENDER_FOCUS_CLIENTS:
          case SAM_RENDER_FOCUS_STAKEHOLDERS: keep = side == SAM_SIDE_CONSUMER; break;
          case SAM_RENDER_FOCUS_NONE:
          default: keep = TRUE; break;
          }
        if (keep)
          continue;

        cairo_rectangle (c->cr, r->x - c->lw * 3, r->y - c->lw * 3, r->width + c->lw * 6, bottom - r->y + c->lw * 3);
        set_rgba (c->cr, &c->pal->page, 0.7);
        cairo_fill (c->cr);

        for (guint i = 0; i < c->geo->texts->len; i++)
          {
            SamTextBox *t = &g_array_index (c->geo->texts, SamTextBox, i);
            if (t->side == side && t->rung == rung)
              t->dimmed = TRUE;
          }
      }
}

static void
text_box_clear (gpointer data)
{
  g_free (((SamTextBox *) data)->text);
}

static void
chip_box_clear (gpointer data)
{
  g_free (((SamChipBox *) data)->stakeholder_id);
}

/**
 * sam_ladder_render:
 * @cr: where to draw, in user units (pixels for images, points for PDF/SVG)
 * @width: @height: the size of the picture from (0, 0)
 *
 * Returns: (transfer full): what was drawn where.
 */
SamLadderGeometry *
sam_ladder_render (cairo_t                *cr,
                   SamProject             *project,
                   double                  width,
                   double                  height,
                   const SamRenderOptions *options)
{
  SamRenderOptions defaults;
  SamLadderGeometry *geo;
  Ctx c = { 0 };
  double m, header_h, axis_h, legend_h, keystone_w, side_w, col_w, step, box_h;
  cairo_rectangle_t header, ladder;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);

  if (options == NULL)
    {
      sam_render_options_init (&defaults, SAM_RENDER_STYLE_LIGHT);
      options = &defaults;
    }
  width = MAX (width, 1);
  height = MAX (height, 1);

  geo = g_new0 (SamLadderGeometry, 1);
  geo->width = width;
  geo->height = height;
  geo->texts = g_array_new (FALSE, TRUE, sizeof (SamTextBox));
  g_array_set_clear_func (geo->texts, text_box_clear);
  geo->chips = g_array_new (FALSE, TRUE, sizeof (SamChipBox));
  g_array_set_clear_func (geo->chips, chip_box_clear);

  c.cr = cr;
  c.project = project;
  c.options = options;
  c.pal = sam_render_palette_get (options->style);
  c.geo = geo;
  c.u = MIN (width / 1280.0, height / 720.0);
  c.lw = MAX (0.75, c.u) * c.pal->line_scale;
  c.pad = MAX (4.0, 9 * c.u);
  c.gap = MAX (4.0, 10 * c.u);

  cairo_save (cr);
  ctx_init_fonts (&c);

  if (options->draw_background)
    {
      set_rgb (cr, &c.pal->page);
      cairo_paint (cr);
    }

  /* The frame: header, ladder, axis, legend from top to bottom. */
  m = MAX (8.0, 22 * c.u);
  header_h = ceil (c.line_h[FONT_SIDE_TITLE] * 1.5);
  axis_h = 6 * c.u * c.pal->line_scale + (9 * c.u * c.pal->line_scale + 4) * 0.6 + c.gap * 0.5
           + c.line_h[FONT_AXIS] + 2;
  legend_h = ceil (c.line_h[FONT_LEGEND] * 2.2);
  header = rect_make (m, m * 0.6, width - 2 * m, header_h);
  geo->legend = rect_make (m, height - m * 0.6 - legend_h, width - 2 * m, legend_h);
  geo->axis = rect_make (m, geo->legend.y - c.gap - axis_h, width - 2 * m, axis_h);
  /* Room above the ladder for the now-to-wanted arrows, which run just
   * above the rungs' top edges. */
  ladder = rect_make (m, header.y + header.height + c.gap * 1.3, width - 2 * m,
                      geo->axis.y - c.gap * 1.5 - (header.y + header.height + c.gap * 1.3));
  geo->ladder_area = ladder;

  /* Four columns a side, a narrow keystone in the middle. */
  keystone_w = MAX (14.0, MIN (ladder.width * 0.035, 44 * c.u));
  side_w = (ladder.width - keystone_w - 2 * c.gap) / 2;
  col_w = (side_w - 3 * c.gap) / 4;
  step = ladder.height * 0.1;
  box_h = ladder.height - 3 * step;
  for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
    {
      double y = ladder.y + (SAM_LADDER_N_RUNGS - rung) * step;
      geo->rungs[SAM_SIDE_PRODUCER][rung - 1] = rect_make (ladder.x + (rung - 1) * (col_w + c.gap), y, col_w, box_h);
      geo->rungs[SAM_SIDE_CONSUMER][rung - 1] =
        rect_make (ladder.x + ladder.width - rung * col_w - (rung - 1) * c.gap, y, col_w, box_h);
    }
  geo->keystone = rect_make (ladder.x + side_w + c.gap, ladder.y, keystone_w, ladder.height);

  draw_header (&c, &header);
  draw_keystone (&c);
  draw_rungs (&c);
  draw_mark_arrow (&c, SAM_SIDE_PRODUCER);
  draw_mark_arrow (&c, SAM_SIDE_CONSUMER);
  draw_selected_arrow (&c);
  draw_axis (&c, &geo->axis, geo->keystone.x + geo->keystone.width / 2);
  draw_legend (&c, &geo->legend);
  draw_focus_veil (&c);

  ctx_clear (&c);
  cairo_restore (cr);

  return geo;
}

void
sam_ladder_geometry_free (SamLadderGeometry *geometry)
{
  if (geometry == NULL)
    return;
  g_array_unref (geometry->texts);
  g_array_unref (geometry->chips);
  g_free (geometry);
}

const SamChipBox *
sam_ladder_geometry_find_chip (const SamLadderGeometry *geometry,
                               const char              *stakeholder_id)
{
  g_return_val_if_fail (geometry != NULL, NULL);

  if (stakeholder_id == NULL)
    return NULL;
  for (guint i = 0; i < geometry->chips->len; i++)
    {
      const SamChipBox *chip = &g_array_index (geometry->chips, SamChipBox, i);
      if (g_strcmp0 (chip->stakeholder_id, stakeholder_id) == 0)
        return chip;
    }
  return NULL;
}

gboolean
sam_ladder_geometry_hit (const SamLadderGeometry *geometry,
                         double                   x,
                         double                   y,
                         SamLadderHit            *hit)
{
  g_return_val_if_fail (geometry != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  memset (hit, 0, sizeof *hit);
  hit->kind = SAM_LADDER_HIT_NONE;

  for (guint i = 0; i < geometry->chips->len; i++)
    {
      const SamChipBox *chip = &g_array_index (geometry->chips, SamChipBox, i);
      if (rect_contains (&chip->rect, x, y))
        {
          hit->kind = chip->stakeholder_id ? SAM_LADDER_HIT_CHIP : SAM_LADDER_HIT_SUMMARY;
          hit->side = SAM_SIDE_CONSUMER;
          hit->rung = chip->rung;
          hit->stakeholder_id = chip->stakeholder_id;
          return TRUE;
        }
    }

  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      if (rect_contains (&geometry->rungs[side][rung - 1], x, y))
        {
          hit->kind = SAM_LADDER_HIT_RUNG;
          hit->side = side;
          hit->rung = rung;
          for (int mark = 0; mark < SAM_N_MARKS; mark++)
            if (geometry->marker_visible[mark] && sam_mark_get_side (mark) == (SamSide) side
                && rect_contains (&geometry->markers[mark], x, y))
              {
                hit->kind = SAM_LADDER_HIT_MARKER;
                hit->mark = mark;
              }
          return TRUE;
        }

  return FALSE;
}
