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
#include <string.h>

#include "sam-ladder.h"
#include "sam-render-private.h"

/* ---- small helpers ---- */

static double
rung_radius (Ctx *c)
{
  return ceil (10 * c->u);
}

/* Fills a rounded box as two rounded caps and a rectangle between them:
 * on an image surface with whole-pixel edges the rectangle, nearly all of
 * the area, is a plain solid fill instead of going through the
 * anti-aliasing rasteriser, which was most of a 4K frame's time. */
void
sam_render_fill_box (cairo_t                 *cr,
               const cairo_rectangle_t *box,
               double                   radius)
{
  double r = ceil (MIN (radius, MIN (box->width, box->height) / 2));
  double x = box->x, y = box->y, w = box->width, h = box->height;

  if (h <= 2 * r)
    {
      sam_render_rounded_rect (cr, x, y, w, h, radius);
      sam_render_fill (cr);
      return;
    }

  /* The caps one at a time: each is then a small shape that
   * sam_render_fill() can take from its cache. */
  cairo_new_path (cr);
  cairo_move_to (cr, x, y + r);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_arc (cr, x + w - r, y + r, r, 3 * G_PI / 2, 2 * G_PI);
  cairo_close_path (cr);
  sam_render_fill (cr);
  cairo_move_to (cr, x + w, y + h - r);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_close_path (cr);
  sam_render_fill (cr);

  cairo_rectangle (cr, x, y + r, w, h - 2 * r);
  cairo_fill (cr);
}

/* The outline inside the box edge: four whole-pixel edge rectangles and
 * four corner arcs, cheaper at 4K than stroking the whole rounded box. */
void
sam_render_box_outline (Ctx                     *c,
                   const cairo_rectangle_t *box,
                   double                   radius,
                   double                   width,
                   const SamRgb            *colour)
{
  cairo_t *cr = c->cr;
  double r = ceil (MIN (radius, MIN (box->width, box->height) / 2));
  double x = box->x, y = box->y, w = box->width, h = box->height;

  sam_render_set_rgb (cr, colour);
  cairo_new_path (cr);
  cairo_rectangle (cr, x + r, y, w - 2 * r, width);
  cairo_rectangle (cr, x + r, y + h - width, w - 2 * r, width);
  cairo_rectangle (cr, x, y + r, width, h - 2 * r);
  cairo_rectangle (cr, x + w - width, y + r, width, h - 2 * r);
  cairo_fill (cr);

  /* Corner by corner, small shapes for sam_render_stroke()'s cache. */
  cairo_set_line_width (cr, width);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + r, y + r, r - width / 2, G_PI, 3 * G_PI / 2);
  sam_render_stroke (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r - width / 2, 3 * G_PI / 2, 2 * G_PI);
  sam_render_stroke (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + h - r, r - width / 2, 0, G_PI / 2);
  sam_render_stroke (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + r, y + h - r, r - width / 2, G_PI / 2, G_PI);
  sam_render_stroke (cr);
}

void
sam_render_arrow_head (cairo_t *cr,
            double   x,
            double   y,
            double   angle,
            double   size)
{
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x - size * cos (angle - 0.45), y - size * sin (angle - 0.45));
  cairo_line_to (cr, x - size * cos (angle + 0.45), y - size * sin (angle + 0.45));
  cairo_close_path (cr);
  sam_render_fill (cr);
}

/* ---- pieces of the picture ---- */

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
  sam_render_set_rgb (cr, colour);
  if (wanted)
    {
      double ring = MAX (1.5, d * 0.22);
      cairo_arc (cr, cx, cy, d / 2 - ring / 2, 0, 2 * G_PI);
      cairo_set_line_width (cr, ring);
      sam_render_stroke (cr);
    }
  else
    {
      cairo_arc (cr, cx, cy, d / 2, 0, 2 * G_PI);
      sam_render_fill (cr);
    }
}

static const char *
marker_label (Ctx    *c,
              SamMark mark)
{
  return sam_render_tr (c, sam_mark_is_wanted (mark) ? C_("ladder marker", "Wanted") : C_("ladder marker", "Now"));
}

double
sam_render_marker_width (Ctx    *c,
                      SamMark mark)
{
  guint which = sam_mark_is_wanted (mark) ? 1 : 0;

  /* Asked for several times per rung: measure each label once. */
  if (c->marker_w[which] == 0)
    c->marker_w[which] = 2 * c->pad * 0.75 + sam_render_marker_shape_size (c) + c->gap * 0.6
                         + sam_render_text_width (c, FONT_MARKER, marker_label (c, mark));
  return c->marker_w[which];
}

/* Draws a marker pill in @rect (already fitted to the rung) and records it. */
void
sam_render_draw_marker (Ctx                     *c,
                        SamMark                  mark,
                        cairo_rectangle_t        rect,
                        int                      rung)
{
  cairo_t *cr = c->cr;
  SamSide side = sam_mark_get_side (mark);
  const SamRgb *accent = &c->pal->side[side];
  double d = sam_render_marker_shape_size (c);
  double px = c->pad * 0.75;
  double text_x = rect.x + px + d + c->gap * 0.6;
  double text_w = rect.x + rect.width - px - text_x;
  PangoLayout *layout;

  sam_render_rounded_rect (cr, rect.x, rect.y, rect.width, rect.height, rect.height / 2);
  sam_render_set_rgb (cr, &c->pal->chip_bg);
  sam_render_fill_preserve (cr);
  sam_render_set_rgb (cr, accent);
  cairo_set_line_width (cr, c->lw * 1.5);
  sam_render_stroke (cr);

  draw_marker_shape (c, rect.x + px + d / 2, rect.y + rect.height / 2, d,
                     sam_mark_is_wanted (mark), accent);

  layout = sam_render_fit_text (c, marker_label (c, mark), FONT_MARKER, text_w, rect.height, 1, FIT_SHRINK, PANGO_ALIGN_LEFT);
  if (layout)
    {
      double h;
      sam_render_layout_size (layout, NULL, &h);
      sam_render_emit_text (c, layout, text_x, rect.y + (rect.height - h) / 2, SAM_TEXT_MARKER_LABEL,
                 marker_label (c, mark), &rect, side, rung, &c->pal->chip_text, &c->pal->chip_bg);
      g_object_unref (layout);
    }

  c->geo->marker_visible[mark] = TRUE;
  c->geo->markers[mark] = rect;
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
  double row_h = sam_render_pill_height (c, FONT_MARKER);
  double y = inner->y;
  SamMark here[2];
  guint n = 0;
  cairo_rectangle_t row;

  /* The rung number in a ring at the start of the row. */
  if (draw)
  {
    char number[8];
    cairo_rectangle_t badge = sam_render_rect (inner->x, y, row_h, row_h);
    PangoLayout *layout;

    cairo_new_path (c->cr);
    cairo_arc (c->cr, badge.x + row_h / 2, badge.y + row_h / 2, row_h / 2 - c->lw, 0, 2 * G_PI);
    sam_render_set_rgb (c->cr, &c->pal->side[side]);
    cairo_set_line_width (c->cr, c->lw * 2);
    sam_render_stroke (c->cr);
    g_snprintf (number, sizeof number, "%d", rung);
    layout = sam_render_fit_text (c, number, FONT_MARKER, row_h, row_h, 1, FIT_PLAIN, PANGO_ALIGN_CENTER);
    if (layout)
      {
        double h;
        sam_render_layout_size (layout, NULL, &h);
        sam_render_emit_text (c, layout, badge.x, badge.y + (row_h - h) / 2, SAM_TEXT_RUNG_NUMBER, number, &badge,
                   side, rung, &c->pal->box_text,
                   c->options->hover_side == (int) side && c->options->hover_rung == rung
                   ? &c->pal->box_hover[side] : &c->pal->box[side]);
        g_object_unref (layout);
      }
  }
  row = sam_render_rect (inner->x + row_h + c->gap * 0.5, y, inner->width - row_h - c->gap * 0.5, row_h);

  if (now == rung)
    here[n++] = now_mark;
  if (wanted == rung)
    here[n++] = wanted_mark;

  if (n == 1 && sam_render_marker_width (c, here[0]) <= row.width)
    {
      SamMark other = here[0] == now_mark ? wanted_mark : now_mark;
      int other_rung = sam_project_get_mark (c->project, other);
      double w = sam_render_marker_width (c, here[0]);
      gboolean align_right = FALSE;

      /* Face the other marker, so the arrow between them stays short. */
      if (other_rung != 0)
        {
          gboolean other_is_inner = other_rung > rung;
          align_right = (side == SAM_SIDE_PRODUCER) == other_is_inner;
        }
      if (draw)
        sam_render_draw_marker (c, here[0], sam_render_rect (align_right ? row.x + row.width - w : row.x, y, w, row_h), rung);
      return row_h;
    }
  else if (n == 2 && sam_render_marker_width (c, here[0]) + sam_render_marker_width (c, here[1]) + c->gap <= row.width)
    {
      double w1 = sam_render_marker_width (c, here[1]);
      if (draw)
        {
          sam_render_draw_marker (c, here[0], sam_render_rect (row.x, y, sam_render_marker_width (c, here[0]), row_h), rung);
          sam_render_draw_marker (c, here[1], sam_render_rect (row.x + row.width - w1, y, w1, row_h), rung);
        }
      return row_h;
    }

  /* Not beside the number: flow the markers into rows of the full width
   * below it, ellipsizing a label only when even that is too narrow. */
  {
    double x = row.x, right = row.x + row.width;

    for (guint i = 0; i < n; i++)
      {
        double w = MIN (sam_render_marker_width (c, here[i]), inner->width);

        if (x + w > right)
          {
            y += row_h + c->gap * 0.5;
            x = inner->x;
            right = inner->x + inner->width;
          }
        if (draw)
          sam_render_draw_marker (c, here[i], sam_render_rect (x, y, w, row_h), rung);
        x += w + c->gap;
      }
  }
  return y + row_h - inner->y;
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
  plan->inner = sam_render_rect (box->x + c->pad, box->y + c->pad, box->width - 2 * c->pad, box->height - 2 * c->pad);
  if (plan->inner.width < 8 || plan->inner.height < 8)
    return;
  bottom = plan->inner.y + plan->inner.height;

  plan->marker_h = layout_markers (c, side, rung, box, &plan->inner, FALSE);
  y = plan->inner.y + plan->marker_h + sp;

  plan->chips = sam_render_collect_chips (c, side, rung);
  if (plan->chips->len > 0)
    {
      /* Only compared with, and cut to, the room below the markers. */
      chips_full = sam_render_chips_height (c, plan->chips, plan->inner.width, bottom - y);
      chips_min = sam_render_pill_height (c, FONT_CHIP) + sp;
    }

  plan->title = sam_render_fit_text (c, sam_render_tr (c, role->title), FONT_RUNG_TITLE, plan->inner.width,
                          bottom - y - chips_min, c->title_lines, FIT_KEEP_WORDS, PANGO_ALIGN_LEFT);
  /* One word too long for its rung even at the common size ("Ideeën-
   * verzamelaar" on the projector): this title alone may go a little
   * smaller, down to the descriptions' size, before it is ellipsized. */
  if (plan->title != NULL && pango_layout_is_ellipsized (plan->title))
    {
      double base = c->font_px[FONT_RUNG_TITLE], base_line_h = c->line_h[FONT_RUNG_TITLE];

      for (double f = 0.93; f > 0.8 && base * (f + 0.07) > c->font_px[FONT_DESCRIPTION]; f -= 0.07)
        {
          PangoLayout *smaller;

          sam_render_set_font_px (c, FONT_RUNG_TITLE, MAX (base * f, c->font_px[FONT_DESCRIPTION]));
          smaller = sam_render_fit_text (c, sam_render_tr (c, role->title), FONT_RUNG_TITLE, plan->inner.width,
                                         MIN (bottom - y - chips_min,
                                              c->title_lines * c->line_h[FONT_RUNG_TITLE] + 0.5),
                                         FIT_WHOLE, FIT_PLAIN, PANGO_ALIGN_LEFT);
          if (smaller != NULL)
            {
              g_object_unref (plan->title);
              plan->title = smaller;
              break;
            }
        }
      /* Exactly as it was, for the other rungs. */
      c->font_px[FONT_RUNG_TITLE] = base;
      c->line_h[FONT_RUNG_TITLE] = base_line_h;
      pango_font_description_set_absolute_size (c->fonts[FONT_RUNG_TITLE], base * PANGO_SCALE);
    }
  if (plan->title == NULL)
    {
      plan->chips_h = MIN (chips_full, bottom - y);
      return;
    }
  sam_render_layout_size (plan->title, NULL, &plan->title_h);
  y += plan->title_h + sp;

  plan->summary = sam_render_fit_text (c, sam_render_tr (c, role->summary), FONT_SUMMARY, plan->inner.width,
                            bottom - y - chips_min, 6, FIT_PLAIN, PANGO_ALIGN_LEFT);
  if (plan->summary)
    {
      sam_render_layout_size (plan->summary, NULL, &plan->summary_h);
      y += plan->summary_h + sp;
    }

  left = MAX (bottom - y, 0);

  /* The team's stakeholders matter more than our one-line summary of the
   * role (which the legend, tooltip and handout repeat): when the chips
   * would not all fit, the summary makes room for them. */
  if (plan->summary != NULL && chips_full > left)
    {
      left += plan->summary_h + sp;
      g_clear_object (&plan->summary);
      plan->summary_h = 0;
    }
  plan->chips_h = MIN (chips_full, left);

  if (with_description && plan->summary)
    {
      double desc_h = left - (plan->chips_h > 0 ? plan->chips_h + sp : 0);

      plan->description = sam_render_fit_text (c, sam_render_tr (c, role->description), FONT_DESCRIPTION, plan->inner.width, desc_h,
                                    FIT_WHOLE, FIT_PLAIN, PANGO_ALIGN_LEFT);
      if (plan->description && pango_layout_is_ellipsized (plan->description))
        g_clear_object (&plan->description);
      if (plan->description)
        sam_render_layout_size (plan->description, NULL, &plan->description_h);
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
  double radius = rung_radius (c);
  const cairo_rectangle_t *inner = &plan->inner;
  double sp = c->gap * 0.6, y;
  double riser_bottom = c->geo->ladder_area.y + c->geo->ladder_area.height;

  /* The step below the rung, from under its rounded corners down. */
  if (box->y + box->height < riser_bottom - 1)
    {
      double top = box->y + box->height - radius;
      cairo_rectangle (cr, box->x, top, box->width, round (riser_bottom) - top);
      sam_render_set_rgb (cr, &c->pal->riser[side]);
      cairo_fill (cr);
    }

  sam_render_set_rgb (cr, fill);
  sam_render_fill_box (cr, box, radius);
  sam_render_box_outline (c, box, radius, MAX (1, round (c->lw * (hover ? 3 : 2))), &c->pal->side[side]);

  if (keyboard)
    {
      double inset = c->lw * 3;
      sam_render_rounded_rect (cr, box->x + inset, box->y + inset, box->width - 2 * inset, box->height - 2 * inset,
                    MAX (radius - inset, 1));
      sam_render_set_rgb (cr, &c->pal->focus);
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
      sam_render_emit_text (c, plan->title, inner->x, y, SAM_TEXT_RUNG_TITLE, sam_render_tr (c, role->title), box, side, rung,
                 &c->pal->box_text, fill);
      y += plan->title_h + sp;
    }
  if (plan->summary)
    {
      sam_render_emit_text (c, plan->summary, inner->x, y, SAM_TEXT_RUNG_SUMMARY, sam_render_tr (c, role->summary), box, side, rung,
                 &c->pal->box_text_muted, fill);
      y += plan->summary_h + sp;
    }
  if (plan->description)
    sam_render_emit_text (c, plan->description, inner->x, y, SAM_TEXT_RUNG_DESCRIPTION, sam_render_tr (c, role->description), box,
               side, rung, &c->pal->box_text_muted, fill);

  if (plan->chips_h > 0)
    sam_render_draw_chips (c, plan->chips, inner->x, inner->y + inner->height, inner->width, plan->chips_h, side, rung);
}

/* One title size for all rungs: the largest (down to 70%) at which every
 * title fits two lines without breaking a word, so a long name (Dutch
 * compounds) shrinks all titles alike instead of standing out; failing
 * that, three lines.  Titles wrap only between words and at soft hyphens
 * (translators mark compounds with U+00AD); a word that fits nowhere is
 * ellipsized in plan_rung(), never split ("Integrat-or"). */
static void
fit_title_size (Ctx *c)
{
  static const double factors[] = { 1.0, 0.92, 0.85, 0.78, 0.7 };
  double base = c->font_px[FONT_RUNG_TITLE];
  /* Never below the summary's size: a title smaller than the text under
   * it reads as the wrong way round.  Past that, three lines at that
   * size, and then a word too long for its rung is ellipsized. */
  double floor_f = MIN (1.0, c->font_px[FONT_SUMMARY] / base);
  double f = MAX (factors[G_N_ELEMENTS (factors) - 1], floor_f);
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GString) key = g_string_new ("title-size");
  /* What was found: lines * 100 + the index of the factor, or + 99 when
   * no factor fitted and the floor size is used. */
  int found;

  /* The answer depends on the sizes, the rung widths and the titles
   * (translations); it is the same on every redraw of a canvas, and
   * finding it lays out every title once or more. */
  g_string_append_printf (key, "|%a|%a|%a", base, floor_f, c->pad);
  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      g_string_append_printf (key, "|%a|%s", c->geo->rungs[side][rung - 1].width,
                              sam_render_tr (c, sam_ladder_get_role (side, rung)->title));
  if (sam_render_memo_lookup (c, key->str, &found))
    {
      c->title_lines = found / 100;
      f = found % 100 == 99 ? f : factors[found % 100];
      c->font_px[FONT_RUNG_TITLE] = base * f;
      pango_font_description_set_absolute_size (c->fonts[FONT_RUNG_TITLE], base * f * PANGO_SCALE);
      sam_render_update_line_height (c, FONT_RUNG_TITLE);
      return;
    }

  layout = pango_layout_new (c->pango);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  c->title_lines = 3;
  found = 3 * 100 + 99;
  for (guint k = 0; k < 2 * G_N_ELEMENTS (factors); k++)
    {
      guint i = k % G_N_ELEMENTS (factors);
      int lines = k < G_N_ELEMENTS (factors) ? 2 : 3;
      gboolean all_fit = TRUE;

      if (factors[i] < floor_f)
        continue;

      pango_font_description_set_absolute_size (c->fonts[FONT_RUNG_TITLE], base * factors[i] * PANGO_SCALE);
      pango_layout_set_font_description (layout, c->fonts[FONT_RUNG_TITLE]);
      for (int side = 0; side < 2 && all_fit; side++)
        for (int rung = 1; rung <= SAM_LADDER_N_RUNGS && all_fit; rung++)
          {
            double width = c->geo->rungs[side][rung - 1].width - 2 * c->pad, w;
            pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
            pango_layout_set_text (layout, sam_render_tr (c, sam_ladder_get_role (side, rung)->title), -1);
            sam_render_layout_size (layout, &w, NULL);
            all_fit = w <= width + 0.01 && pango_layout_get_line_count (layout) <= lines;
          }
      if (all_fit)
        {
          f = factors[i];
          c->title_lines = lines;
          found = lines * 100 + i;
          break;
        }
    }
  sam_render_memo_store (c, key->str, found);

  c->font_px[FONT_RUNG_TITLE] = base * f;
  pango_font_description_set_absolute_size (c->fonts[FONT_RUNG_TITLE], base * f * PANGO_SCALE);
  sam_render_update_line_height (c, FONT_RUNG_TITLE);
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

  sam_render_set_rgb (cr, &c->pal->side[side]);
  cairo_set_line_width (cr, c->lw * 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  sam_render_stroke (cr);
  sam_render_arrow_head (cr, b->x + b->width / 2, b->y, G_PI / 2, head);
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

  from = &c->geo->rungs[chip->side][chip->rung - 1];
  to = &c->geo->rungs[chip->side][wanted - 1];
  leftwards = to->x < from->x;
  step = wanted > chip->rung ? 1 : -1;

  cairo_new_path (cr);
  y = chip->rect.y + chip->rect.height / 2;
  cairo_move_to (cr, leftwards ? chip->rect.x : chip->rect.x + chip->rect.width, y);
  for (int r = chip->rung; r != wanted; r += step)
    {
      const cairo_rectangle_t *a = &c->geo->rungs[chip->side][r - 1];
      const cairo_rectangle_t *b = &c->geo->rungs[chip->side][r + step - 1];
      double gap_x = b->x < a->x ? (b->x + b->width + a->x) / 2 : (a->x + a->width + b->x) / 2;

      cairo_line_to (cr, gap_x, y);
      y = MIN (a->y, b->y) - lift;
      cairo_line_to (cr, gap_x, y);
      y = b->y - lift;
    }
  x = to->x + to->width / 2;
  cairo_line_to (cr, x, y);
  cairo_line_to (cr, x, to->y - head * 0.8);

  sam_render_set_rgb (cr, &c->pal->focus);
  cairo_set_line_width (cr, c->lw * 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, (double[]) { 6 * c->lw, 4 * c->lw }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  sam_render_arrow_head (cr, x, to->y, G_PI / 2, head);
}

/* The page colour everywhere the rungs and their steps will not cover
 * anyway: at 4K, painting under them again cost as much as the rest. */
static void
draw_page (Ctx *c)
{
  cairo_t *cr = c->cr;
  double r = rung_radius (c);
  double bottom = round (c->geo->ladder_area.y + c->geo->ladder_area.height);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0, 0, c->geo->width, c->geo->height);
  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      {
        const cairo_rectangle_t *b = &c->geo->rungs[side][rung - 1];
        gboolean riser = b->y + b->height < bottom - 1;
        double end = riser ? bottom : b->y + b->height - r;

        if (end > b->y + r)
          cairo_rectangle (cr, b->x, b->y + r, b->width, end - (b->y + r));
      }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  sam_render_set_rgb (cr, &c->pal->page);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
sam_render_draw_keystone (Ctx *c)
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
      sam_render_set_rgb (cr, &c->pal->side[side]);
      sam_render_fill (cr);
    }
}

static void
draw_header (Ctx                     *c,
             const cairo_rectangle_t *area)
{
  double third = area->width / 3;
  const char *note = c->options->compare_from != NULL && c->options->compare_caption != NULL
                     ? sam_render_tr (c, c->options->compare_caption)
                     : sam_render_tr (c, C_("ladder", "Both roles grow towards each other"));

  for (int side = 0; side < 2; side++)
    {
      const char *text = sam_render_tr (c, sam_ladder_side_title (side));
      cairo_rectangle_t slot = sam_render_rect (side == 0 ? area->x : area->x + 2 * third, area->y, third, area->height);
      PangoLayout *layout = sam_render_fit_text (c, text, FONT_SIDE_TITLE, slot.width, slot.height, 1, FIT_SHRINK,
                                      side == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      if (layout)
        {
          double h;
          sam_render_layout_size (layout, NULL, &h);
          sam_render_emit_text (c, layout, slot.x, slot.y + (slot.height - h) / 2, SAM_TEXT_SIDE_TITLE, text,
                     &slot, side, 0, &c->pal->text, &c->pal->page);
          g_object_unref (layout);
        }
    }

  {
    cairo_rectangle_t slot = sam_render_rect (area->x + third, area->y, third, area->height);
    PangoLayout *layout = sam_render_fit_text (c, note, FONT_HEADER_NOTE, slot.width, slot.height, 1, FIT_PLAIN,
                                    PANGO_ALIGN_CENTER);
    if (layout)
      {
        double h;
        sam_render_layout_size (layout, NULL, &h);
        sam_render_emit_text (c, layout, slot.x, slot.y + (slot.height - h) / 2, SAM_TEXT_SIDE_TITLE, note,
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

  sam_render_set_rgb (cr, &c->pal->text);
  cairo_set_line_width (cr, c->lw * 2);
  cairo_move_to (cr, area->x + head * 0.8, y);
  cairo_line_to (cr, area->x + area->width - head * 0.8, y);
  cairo_stroke (cr);
  sam_render_arrow_head (cr, area->x, y, G_PI, head);
  sam_render_arrow_head (cr, area->x + area->width, y, 0, head);
  cairo_arc (cr, centre_x, y, head * 0.45, 0, 2 * G_PI);
  sam_render_fill (cr);

  for (int i = 0; i < 3; i++)
    {
      const char *text = sam_render_tr (c, sam_ladder_axis_label (i));
      /* The centre label is centred under the keystone, which may not be
       * the middle of the page by a pixel or so. */
      double x = i == 1 ? centre_x - third / 2 : area->x + i * third;
      cairo_rectangle_t slot = sam_render_rect (x, label_y, third, area->y + area->height - label_y);
      PangoLayout *layout = sam_render_fit_text (c, text, FONT_AXIS, slot.width, slot.height, 1, FIT_SHRINK,
                                      i == 0 ? PANGO_ALIGN_LEFT : i == 1 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT);
      if (layout)
        {
          sam_render_emit_text (c, layout, slot.x, slot.y, SAM_TEXT_AXIS_LABEL, text, &slot, -1, 0,
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
    sam_render_tr (c, C_("legend", "Now: where we stand")),
    sam_render_tr (c, C_("legend", "Wanted: where we want to be")),
    sam_render_tr (c, C_("legend", "The way from now to wanted")),
    sam_render_tr (c, C_("legend", "Stakeholder and the rung it wants to reach")),
  };
  double slot_w = area->width / G_N_ELEMENTS (texts);
  double sym_w = c->font_px[FONT_LEGEND] * 2.6;
  const SamRgb *accent = &c->pal->text;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      double x = area->x + i * slot_w;
      double cy = area->y + area->height / 2;
      double d = c->font_px[FONT_LEGEND];
      cairo_rectangle_t text_slot = sam_render_rect (x + sym_w, area->y, slot_w - sym_w - c->gap, area->height);
      PangoLayout *layout;

      switch (i)
        {
        case 0:
        case 1:
          draw_marker_shape (c, x + d, cy, d, i == 1, accent);
          break;
        case 2:
          sam_render_set_rgb (cr, accent);
          cairo_set_line_width (cr, c->lw * 2.5);
          cairo_move_to (cr, x, cy);
          cairo_line_to (cr, x + sym_w - c->gap - d * 0.6, cy);
          sam_render_stroke (cr);
          sam_render_arrow_head (cr, x + sym_w - c->gap, cy, 0, d * 0.7);
          break;
        case 3:
          {
            SamRgb dot;
            double w = sym_w - c->gap, h = d * 1.4;
            sam_render_chip_colour (0, &dot);
            sam_render_rounded_rect (cr, x, cy - h / 2, w, h, h * 0.3);
            sam_render_set_rgb (cr, &c->pal->chip_bg);
            sam_render_fill_preserve (cr);
            sam_render_set_rgb (cr, &dot);
            cairo_set_line_width (cr, c->lw * 1.5);
            sam_render_stroke (cr);
            cairo_arc (cr, x + h / 2, cy, d * 0.3, 0, 2 * G_PI);
            sam_render_fill (cr);
            sam_render_set_rgb (cr, &c->pal->chip_text);
            cairo_move_to (cr, x + w - d * 0.3, cy - d * 0.3);
            cairo_line_to (cr, x + w - d * 0.3, cy + d * 0.3);
            cairo_line_to (cr, x + w - d * 0.8, cy);
            cairo_close_path (cr);
            sam_render_fill (cr);
          }
          break;
        default:
          g_assert_not_reached ();
        }

      layout = sam_render_fit_text (c, texts[i], FONT_LEGEND, text_slot.width, text_slot.height, 2, FIT_PLAIN, PANGO_ALIGN_LEFT);
      if (layout)
        {
          double h;
          sam_render_layout_size (layout, NULL, &h);
          sam_render_emit_text (c, layout, text_slot.x, cy - h / 2, SAM_TEXT_LEGEND, texts[i], &text_slot, -1, 0,
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
          case SAM_RENDER_FOCUS_CLIENTS: keep = side == SAM_SIDE_CONSUMER; break;
          /* The stakeholders stand on both sides; a side with none of
           * them (all of an older file's are consumers) is veiled. */
          case SAM_RENDER_FOCUS_STAKEHOLDERS:
            keep = side == SAM_SIDE_CONSUMER || sam_render_side_has_chips (c, side);
            break;
          case SAM_RENDER_FOCUS_NONE:
          default: keep = TRUE; break;
          }
        if (keep)
          continue;

        cairo_rectangle (c->cr, r->x - c->lw * 3, r->y - c->lw * 3, r->width + c->lw * 6, bottom - r->y + c->lw * 3);
        sam_render_set_rgba (c->cr, &c->pal->page, 0.7);
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
  g_free (((SamTextBox *) data)->shown);
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
  double m, header_h, axis_h, legend_h, keystone_w, side_w, col_w, step;
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
  c.u = MAX (MIN (width / 1280.0, height / 720.0), options->min_scale);
  c.lw = MAX (0.75, c.u) * c.pal->line_scale;
  c.pad = MAX (4.0, 9 * c.u);
  c.gap = MAX (4.0, 10 * c.u);

  cairo_save (cr);
  sam_render_text_init (&c);

  if (options->presentation)
    {
      c.strict = TRUE;
      c.pu = MIN (width / 1024.0, height / 768.0);
      sam_render_presentation (&c);
      sam_render_chips_clear (&c);
      sam_render_text_clear (&c);
      cairo_restore (cr);
      return geo;
    }

  /* The frame: header, ladder, axis, legend from top to bottom. */
  m = MAX (8.0, 22 * c.u);
  header_h = ceil (c.line_h[FONT_SIDE_TITLE] * 1.5);
  axis_h = 6 * c.u * c.pal->line_scale + (9 * c.u * c.pal->line_scale + 4) * 0.6 + c.gap * 0.5
           + c.line_h[FONT_AXIS] + 2;
  legend_h = ceil (c.line_h[FONT_LEGEND] * 2.2);
  header = sam_render_rect (m, m * 0.6, width - 2 * m, header_h);
  geo->legend = sam_render_rect (m, height - m * 0.6 - legend_h, width - 2 * m, legend_h);
  geo->axis = sam_render_rect (m, geo->legend.y - c.gap - axis_h, width - 2 * m, axis_h);
  /* Room above the ladder for the now-to-wanted arrows, which run just
   * above the rungs' top edges. */
  ladder = sam_render_rect (m, header.y + header.height + c.gap * 1.3, width - 2 * m,
                      geo->axis.y - c.gap * 1.5 - (header.y + header.height + c.gap * 1.3));
  /* The compare view keeps a strip below the ladder for the faint marks
   * of the stakeholders (sam-render-compare.c). */
  if (options->compare_from != NULL)
    {
      double strip_h = sam_render_compare_strip_height (&c);

      ladder.height -= strip_h;
      geo->compare_strip = sam_render_rect (m, ladder.y + ladder.height + c.gap * 1.5,
                                            width - 2 * m, strip_h - c.gap * 1.5);
    }
  geo->ladder_area = ladder;

  /* Four columns a side, a narrow keystone in the middle. */
  keystone_w = MAX (14.0, MIN (ladder.width * 0.035, 44 * c.u));
  side_w = (ladder.width - keystone_w - 2 * c.gap) / 2;
  col_w = (side_w - 3 * c.gap) / 4;
  step = ladder.height * 0.1;
  /* Whole units: on image surfaces the big fills then take cairo's fast
   * path for pixel-aligned rectangles (see fill_rung_box). */
  for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
    {
      double y = round (ladder.y + (SAM_LADDER_N_RUNGS - rung) * step);
      double x0 = round (ladder.x + (rung - 1) * (col_w + c.gap));
      double x1 = round (ladder.x + ladder.width - rung * col_w - (rung - 1) * c.gap);
      double w = floor (col_w), h = round (ladder.y + ladder.height - 3 * step) - round (ladder.y);

      geo->rungs[SAM_SIDE_PRODUCER][rung - 1] = sam_render_rect (x0, y, w, h);
      geo->rungs[SAM_SIDE_CONSUMER][rung - 1] = sam_render_rect (x1, y, w, h);
    }
  geo->keystone = sam_render_rect (ladder.x + side_w + c.gap, ladder.y, keystone_w, ladder.height);

  if (options->draw_background)
    draw_page (&c);
  draw_header (&c, &header);
  sam_render_draw_keystone (&c);
  draw_rungs (&c);
  draw_mark_arrow (&c, SAM_SIDE_PRODUCER);
  draw_mark_arrow (&c, SAM_SIDE_CONSUMER);
  draw_selected_arrow (&c);
  if (options->compare_from != NULL)
    sam_render_compare (&c);
  draw_axis (&c, &geo->axis, geo->keystone.x + geo->keystone.width / 2);
  draw_legend (&c, &geo->legend);
  draw_focus_veil (&c);

  sam_render_chips_clear (&c);
  sam_render_text_clear (&c);
  cairo_restore (cr);

  return geo;
}

