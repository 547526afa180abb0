/* sam-render-present.c: the ladder as projector slides
 *
 * With SamRenderOptions.presentation the renderer draws one slide per
 * presentation step instead of the canvas picture.  Every size derives
 * from `pu` (1.0 at 1024x768) and no text is smaller than 24 * pu: the
 * size that stays readable from the back of a room on a 1024x768
 * projector.  Texts are laid out whole, from a large size down to that
 * floor, or left out; they are never ellipsized nor broken inside a word
 * (only at spaces and soft hyphens).  What a step is not about is not
 * drawn at all, rather than veiled.
 *
 *  - overview: the two-sided staircase as a stepped pyramid, rung 4 on
 *    top in the middle where both sides meet at co-creation; each tier
 *    wide enough for its role title, its markers and the number of
 *    stakeholders there;
 *  - rung pair n: the two roles of rung n side by side, with title,
 *    summary and description;
 *  - organisation / clients: that side's now and wanted roles with their
 *    markers and the arrow between them;
 *  - stakeholders: a band per rung with the stakeholders' chips, each
 *    with the rung it wants to reach; "+N" when they do not fit.  One
 *    side across the slide when all stand on one side (a file from before
 *    sides: the consumer side), else each side in its half.
 */

#define G_LOG_DOMAIN "samenspel-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sam-render-private.h"

#define PX(v) ((v) * c->pu)
#define MIN_PX(c) (24 * (c)->pu)

/* Lays @text out whole in @width x @max_h and at most @max_lines lines,
 * at the largest size from @hi down to @lo that fits; NULL when none does. */
static PangoLayout *
fit_sized (Ctx            *c,
           const char     *text,
           FontRole        font,
           double          hi,
           double          lo,
           double          width,
           double          max_h,
           int             max_lines,
           PangoAlignment  align)
{
  double px = MAX (hi, lo);

  for (;;)
    {
      PangoLayout *layout;

      sam_render_set_font_px (c, font, px);
      layout = sam_render_fit_text (c, text, font, width, MIN (max_h, max_lines * c->line_h[font] + 0.5),
                                    FIT_WHOLE, FIT_PLAIN, align);
      if (layout != NULL || px <= lo)
        return layout;
      px = MAX (lo, px * 0.92);
    }
}

/* Draws @layout (and drops it); returns its height. */
static double
emit (Ctx                     *c,
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
  double h;

  sam_render_layout_size (layout, NULL, &h);
  sam_render_emit_text (c, layout, x, y, kind, text, container, side, rung, fg, bg);
  g_object_unref (layout);
  return h;
}

static double
box_radius (Ctx *c)
{
  return ceil (PX (12));
}

static void
draw_box (Ctx                     *c,
          const cairo_rectangle_t *box,
          SamSide                  side)
{
  sam_render_set_rgb (c->cr, &c->pal->box[side]);
  sam_render_fill_box (c->cr, box, box_radius (c));
  sam_render_box_outline (c, box, box_radius (c), MAX (1, round (PX (3))), &c->pal->side[side]);
}

/* The canvas shows the overview in a narrow pane, where the pointer and
 * the keyboard need to see which rung they are on, as on the full picture:
 * a lighter fill and a thicker outline for the pointer, a dashed ring for
 * the keyboard focus.  Slides never set either. */
static void
mark_pointer_and_focus (Ctx                     *c,
                        const cairo_rectangle_t *box,
                        SamSide                  side,
                        int                      rung)
{
  const SamRenderOptions *o = c->options;
  double radius = box_radius (c);

  if (o->hover_side == (int) side && o->hover_rung == rung)
    {
      sam_render_set_rgb (c->cr, &c->pal->box_hover[side]);
      sam_render_fill_box (c->cr, box, radius);
      sam_render_box_outline (c, box, radius, MAX (2, round (PX (5))), &c->pal->side[side]);
    }

  if (o->keyboard_side == (int) side && o->keyboard_rung == rung)
    {
      double inset = MAX (3, PX (6));

      sam_render_rounded_rect (c->cr, box->x + inset, box->y + inset,
                               box->width - 2 * inset, box->height - 2 * inset,
                               MAX (radius - inset, 1));
      sam_render_set_rgb (c->cr, &c->pal->focus);
      cairo_set_line_width (c->cr, MAX (1.5, PX (3)));
      cairo_set_dash (c->cr, (double[]) { MAX (3, PX (8)), MAX (2, PX (5)) }, 2, 0);
      cairo_stroke (c->cr);
      cairo_set_dash (c->cr, NULL, 0, 0);
    }
}

/* A heading on the page, one line, vertically centred in @slot. */
static void
draw_heading (Ctx                     *c,
              const char              *text,
              const cairo_rectangle_t *slot,
              double                   hi,
              int                      side,
              PangoAlignment           align)
{
  PangoLayout *layout = fit_sized (c, text, FONT_SIDE_TITLE, hi, MIN_PX (c), slot->width, slot->height, 1, align);
  double h;

  if (layout == NULL)
    return;
  sam_render_layout_size (layout, NULL, &h);
  emit (c, layout, slot->x, slot->y + (slot->height - h) / 2, SAM_TEXT_SIDE_TITLE, text, slot, side, 0,
        &c->pal->text, &c->pal->page);
}

/* The rung number in a ring, @d across. */
static void
draw_badge (Ctx          *c,
            double        x,
            double        y,
            double        d,
            SamSide       side,
            int           rung,
            const SamRgb *bg)
{
  char number[8];
  cairo_rectangle_t badge = sam_render_rect (x, y, d, d);
  PangoLayout *layout;

  cairo_new_path (c->cr);
  cairo_arc (c->cr, x + d / 2, y + d / 2, d / 2 - PX (2), 0, 2 * G_PI);
  sam_render_set_rgb (c->cr, &c->pal->side[side]);
  cairo_set_line_width (c->cr, PX (3));
  cairo_stroke (c->cr);

  g_snprintf (number, sizeof number, "%d", rung);
  layout = sam_render_fit_text (c, number, FONT_MARKER, d, d, 1, FIT_PLAIN, PANGO_ALIGN_CENTER);
  if (layout != NULL)
    {
      double w, h;
      sam_render_layout_size (layout, &w, &h);
      /* At thumbnail sizes pango's smallest font can be larger than the ring. */
      if (w <= d && h <= d)
        emit (c, layout, x, y + (d - h) / 2, SAM_TEXT_RUNG_NUMBER, number, &badge, side, rung, &c->pal->box_text, bg);
      else
        g_object_unref (layout);
    }
}

/* The marks of @side that sit on @rung: now first. */
static guint
marks_on_rung (Ctx     *c,
               SamSide  side,
               int      rung,
               SamMark  here[2])
{
  SamMark now_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_NOW : SAM_MARK_CONSUMER_NOW;
  SamMark wanted_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_WANTED : SAM_MARK_CONSUMER_WANTED;
  guint n = 0;

  if (sam_project_get_mark (c->project, now_mark) == rung)
    here[n++] = now_mark;
  if (sam_project_get_mark (c->project, wanted_mark) == rung)
    here[n++] = wanted_mark;
  return n;
}

static void
fill_page (Ctx *c)
{
  if (!c->options->draw_background)
    return;
  cairo_rectangle (c->cr, 0, 0, c->geo->width, c->geo->height);
  sam_render_set_rgb (c->cr, &c->pal->page);
  cairo_fill (c->cr);
}

static void
draw_arrow_line (Ctx          *c,
                 const SamRgb *colour)
{
  sam_render_set_rgb (c->cr, colour);
  cairo_set_line_width (c->cr, PX (5));
  cairo_set_line_join (c->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (c->cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (c->cr);
}

/* ---- overview ---- */

/* A pill with the number of stakeholders on a rung of @side, from @x
 * (its right edge on the producer side, whose inner end is on the
 * right): "3 stakeholders" where @room allows, else the chip dot and "3". */
static double
text_width (Ctx        *c,
            FontRole    font,
            const char *text)
{
  return sam_render_text_width (c, font, text);
}

/* A macro, so the compiler checks the format of the translations. */
#define count_text(n) g_dngettext (GETTEXT_PACKAGE, "%d stakeholder", "%d stakeholders", (n))

/* The width of the count pill in its long or short form. */
static double
count_pill_width (Ctx      *c,
                  int       n,
                  gboolean  full)
{
  g_autofree char *text = full ? g_strdup_printf (count_text (n), n) : g_strdup_printf ("%d", n);

  return ceil (2 * c->pad * 0.75 + c->font_px[FONT_CHIP] * 0.6 + c->gap * 0.5 + text_width (c, FONT_CHIP, text) + 1);
}

static double
count_pill (Ctx                     *c,
            SamSide                  side,
            int                      rung,
            int                      n,
            double                   x,
            double                   y,
            double                   room)
{
  g_autofree char *full = g_strdup_printf (count_text (n), n);
  g_autofree char *number = g_strdup_printf ("%d", n);
  double h = sam_render_pill_height (c, FONT_CHIP);
  double dot = c->font_px[FONT_CHIP] * 0.6, px = c->pad * 0.75;
  const char *texts[2] = { full, number };
  SamRgb colour;

  sam_render_chip_colour (0, &colour);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      PangoLayout *layout;
      double tw = text_width (c, FONT_CHIP, texts[i]), w;
      cairo_rectangle_t rect;
      SamChipBox chip = { 0 };

      w = ceil (2 * px + dot + c->gap * 0.5 + tw + 1);
      if (w > room)
        continue;
      layout = sam_render_fit_text (c, texts[i], FONT_CHIP, tw + 1, h, 1, FIT_PLAIN, PANGO_ALIGN_LEFT);
      if (layout == NULL)
        continue;

      rect = sam_render_rect (side == SAM_SIDE_PRODUCER ? x - w : x, y, w, h);
      sam_render_rounded_rect (c->cr, rect.x, rect.y, rect.width, rect.height, h * 0.3);
      sam_render_set_rgb (c->cr, &c->pal->chip_bg);
      cairo_fill_preserve (c->cr);
      sam_render_set_rgb (c->cr, &c->pal->side[side]);
      cairo_set_line_width (c->cr, PX (2));
      cairo_stroke (c->cr);
      sam_render_set_rgb (c->cr, &colour);
      cairo_arc (c->cr, rect.x + px + dot / 2, y + h / 2, dot / 2, 0, 2 * G_PI);
      cairo_fill (c->cr);
      sam_render_layout_size (layout, NULL, &tw);
      emit (c, layout, rect.x + px + dot + c->gap * 0.5, y + (h - tw) / 2, SAM_TEXT_CHIP_SUMMARY, texts[i], &rect,
            side, rung, &c->pal->chip_text, &c->pal->chip_bg);

      chip.side = side;
      chip.rung = rung;
      chip.hidden = n;
      chip.rect = rect;
      g_array_append_val (c->geo->chips, chip);
      return w;
    }
  return 0;
}

static int
stakeholders_on (Ctx     *c,
                 SamSide  side,
                 int      rung)
{
  g_autoptr(GArray) items = sam_render_collect_chips (c, side, rung);

  return (int) items->len;
}

/* The stakeholders of a tier as named chips in @area, their bottom row at
 * its bottom.  The chips' type starts at the slide's floor size and steps
 * down (not below 9 px) until every chip fits, so a crowded rung on a
 * laptop still names everyone; only past that do the last ones become
 * "+N".  FALSE, drawing nothing, when not even one row of chips fits:
 * the tier shows the count instead. */
static gboolean
overview_names (Ctx                     *c,
                SamSide                  side,
                int                      rung,
                const cairo_rectangle_t *area)
{
  g_autoptr(GArray) items = sam_render_collect_chips (c, side, rung);
  static const double steps[] = { 1.0, 0.85, 0.75 };
  double h = 0;
  gboolean drawn;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      sam_render_set_font_px (c, FONT_CHIP, MAX (MIN_PX (c) * steps[i], MIN (MIN_PX (c), 9.0)));
      /* Widths were measured in the size before. */
      for (guint k = 0; k < items->len; k++)
        g_array_index (items, ChipItem, k).width = -1;
      h = sam_render_chips_height (c, items, area->width, area->height);
      if (h <= area->height)
        break;
    }
  h = MIN (h, area->height);
  drawn = h >= sam_render_pill_height (c, FONT_CHIP);
  if (drawn)
    sam_render_draw_chips (c, items, area->x, area->y + area->height, area->width, h, side, rung);
  sam_render_set_font_px (c, FONT_CHIP, MIN_PX (c));
  return drawn;
}

/* A tier: the rung number and title at the top, from the outer end; the
 * markers at the outer end of the bottom row (where the arrow comes in
 * from the lane outside), the stakeholder count at its inner end. */
static void
overview_tier (Ctx     *c,
               SamSide  side,
               int      rung)
{
  const cairo_rectangle_t *box = &c->geo->rungs[side][rung - 1];
  const SamLadderRole *role = sam_ladder_get_role (side, rung);
  const char *title = sam_render_tr (c, role->title);
  gboolean outer_left = side == SAM_SIDE_PRODUCER;
  double pill_h = sam_render_pill_height (c, FONT_MARKER);
  double sp = PX (8), d = pill_h, tw, row_y, used = 0, layout_h_last = 0;
  cairo_rectangle_t inner = sam_render_rect (box->x + c->pad, box->y + c->pad, box->width - 2 * c->pad,
                                             box->height - 2 * c->pad);
  PangoLayout *layout;
  SamMark here[2];
  guint n;

  draw_box (c, box, side);
  mark_pointer_and_focus (c, box, side, rung);
  if (inner.width < d * 2 || inner.height < pill_h)
    return;

  draw_badge (c, outer_left ? inner.x : inner.x + inner.width - d, inner.y, d, side, rung, &c->pal->box[side]);

  /* Two lines where one is too narrow; three at the floor size before
   * giving up (a tier too low for that has too little room anyway). */
  tw = inner.width - d - c->gap * 0.6;
  layout = fit_sized (c, title, FONT_RUNG_TITLE, PX (28), MIN_PX (c), tw, inner.height - pill_h - sp, 2,
                      outer_left ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
  if (layout == NULL)
    layout = fit_sized (c, title, FONT_RUNG_TITLE, MIN_PX (c), MIN_PX (c), tw, inner.height - pill_h - sp, 3,
                        outer_left ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
  if (layout != NULL)
    {
      double h;
      sam_render_layout_size (layout, NULL, &h);
      layout_h_last = h;
      emit (c, layout, outer_left ? inner.x + d + c->gap * 0.6 : inner.x, inner.y + MAX (0, (d - h) / 2),
            SAM_TEXT_RUNG_TITLE, title, box, side, rung, &c->pal->box_text, &c->pal->box[side]);
    }

  row_y = inner.y + inner.height - pill_h;
  n = marks_on_rung (c, side, rung, here);
  for (guint i = 0; i < n; i++)
    {
      double w = sam_render_marker_width (c, here[i]);

      if (used + w > inner.width)
        break;
      sam_render_draw_marker (c, here[i],
                              sam_render_rect (outer_left ? inner.x + used : inner.x + inner.width - used - w,
                                               row_y, w, pill_h),
                              rung);
      used += w + c->gap;
    }

  {
    int count = stakeholders_on (c, side, rung);
    double title_bottom = inner.y + MAX (d, layout_h_last);

    /* The inner end: the right on the producer side, the left on the
     * consumer side (the markers are at the outer end). */
    double inner_end = outer_left ? inner.x + inner.width : inner.x;

    /* The canvas in a narrow pane: who stands here, by name, between the
     * title and the markers' row (the whole bottom when no marker is on
     * this rung). */
    if (count > 0 && c->options->overview_names
        && overview_names (c, side, rung, &(cairo_rectangle_t) { inner.x, title_bottom + sp, inner.width,
                                                                 (used > 0 ? row_y - sp : inner.y + inner.height)
                                                                 - (title_bottom + sp) }))
      return;

    /* Beside the markers, or in a row of its own above them when it
     * would only fit there in its short form. */
    if (count > 0 && used > 0 && row_y - pill_h - sp >= title_bottom + sp
        && count_pill_width (c, count, TRUE) > inner.width - used)
      count_pill (c, side, rung, count, inner_end, row_y - pill_h - sp, inner.width);
    else if (count > 0)
      count_pill (c, side, rung, count, inner_end, row_y, inner.width - used);
  }
}

/* From the now marker out to the lane beside the staircase, along it,
 * and in to the wanted marker: never across a tier's text. */
static void
overview_arrow (Ctx     *c,
                SamSide  side,
                double   lane_x)
{
  SamMark now_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_NOW : SAM_MARK_CONSUMER_NOW;
  SamMark wanted_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_WANTED : SAM_MARK_CONSUMER_WANTED;
  int now = sam_project_get_mark (c->project, now_mark);
  int wanted = sam_project_get_mark (c->project, wanted_mark);
  const cairo_rectangle_t *a, *b;
  gboolean left = side == SAM_SIDE_PRODUCER;
  double head = PX (16), ay, by, ax, bx;

  if (now == 0 || wanted == 0 || now == wanted
      || !c->geo->marker_visible[now_mark] || !c->geo->marker_visible[wanted_mark])
    return;

  a = &c->geo->markers[now_mark];
  b = &c->geo->markers[wanted_mark];
  ay = a->y + a->height / 2;
  by = b->y + b->height / 2;
  ax = left ? a->x : a->x + a->width;
  bx = left ? b->x : b->x + b->width;

  cairo_new_path (c->cr);
  cairo_move_to (c->cr, ax, ay);
  cairo_line_to (c->cr, lane_x, ay);
  cairo_line_to (c->cr, lane_x, by);
  cairo_line_to (c->cr, left ? bx - head * 0.8 : bx + head * 0.8, by);
  draw_arrow_line (c, &c->pal->side[side]);
  sam_render_arrow_head (c->cr, bx, by, left ? 0 : G_PI, head);
}

/* The supply/demand axis: a double arrow with a dot under the keystone
 * and the three labels under it. */
static void
slide_axis (Ctx                     *c,
            const cairo_rectangle_t *area,
            double                   centre_x)
{
  cairo_t *cr = c->cr;
  double y = area->y + PX (8), head = PX (16);
  double label_y = area->y + PX (16) + c->gap * 0.5;
  double third = area->width / 3;

  sam_render_set_rgb (cr, &c->pal->text);
  cairo_set_line_width (cr, PX (4));
  cairo_move_to (cr, area->x + head * 0.8, y);
  cairo_line_to (cr, area->x + area->width - head * 0.8, y);
  cairo_stroke (cr);
  sam_render_arrow_head (cr, area->x, y, G_PI, head);
  sam_render_arrow_head (cr, area->x + area->width, y, 0, head);
  cairo_arc (cr, centre_x, y, PX (7), 0, 2 * G_PI);
  cairo_fill (cr);

  for (int i = 0; i < 3; i++)
    {
      const char *text = sam_render_tr (c, sam_ladder_axis_label (i));
      double x = i == 1 ? centre_x - third / 2 : area->x + i * third;
      cairo_rectangle_t slot = sam_render_rect (x, label_y, third, area->y + area->height - label_y);
      PangoLayout *layout = fit_sized (c, text, FONT_AXIS, MIN_PX (c), MIN_PX (c), slot.width, slot.height, 1,
                                       i == 0 ? PANGO_ALIGN_LEFT : i == 1 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT);
      if (layout != NULL)
        emit (c, layout, slot.x, slot.y, SAM_TEXT_AXIS_LABEL, text, &slot, -1, 0, &c->pal->text, &c->pal->page);
    }
}

/* Header: the two side titles over their halves; returns its bottom. */
static double
side_headings (Ctx    *c,
               double  y,
               double  hi)
{
  double m = PX (16), W = c->geo->width, h, half;

  sam_render_set_font_px (c, FONT_SIDE_TITLE, hi);
  h = ceil (c->line_h[FONT_SIDE_TITLE]);
  half = (W - 2 * m - c->gap) / 2;
  for (int side = 0; side < 2; side++)
    {
      cairo_rectangle_t slot = sam_render_rect (side == 0 ? m : W - m - half, y, half, h);
      draw_heading (c, sam_render_tr (c, sam_ladder_side_title (side)), &slot, hi, side,
                    side == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
    }
  return y + h;
}

static void
slide_overview (Ctx *c)
{
  SamLadderGeometry *geo = c->geo;
  double W = geo->width, H = geo->height, m = PX (16), gap = c->gap;
  double top, bottom, axis_h, kw, cx, lane, span, ind, tg, th;

  top = side_headings (c, m * 0.75, PX (28)) + gap;

  sam_render_set_font_px (c, FONT_AXIS, MIN_PX (c));
  axis_h = ceil (PX (16) + gap * 0.5 + c->line_h[FONT_AXIS]);
  geo->axis = sam_render_rect (m, H - m * 0.75 - axis_h, W - 2 * m, axis_h);
  bottom = geo->axis.y - gap;
  geo->ladder_area = sam_render_rect (m, top, W - 2 * m, bottom - top);

  /* The tiers step inwards by `ind` per rung; the lane outside them
   * carries the now-to-wanted arrows. */
  kw = round (PX (32));
  cx = round (W / 2);
  geo->keystone = sam_render_rect (cx - kw / 2, top, kw, bottom - top);
  lane = PX (40);
  span = (cx - kw / 2 - gap * 0.5) - (m + lane);
  ind = round (MIN (span * 0.12, PX (90)));
  tg = round (PX (8));
  th = floor ((bottom - top - 3 * tg) / SAM_LADDER_N_RUNGS);
  for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
    {
      double y = round (top + (SAM_LADDER_N_RUNGS - rung) * (th + tg));
      double x0 = round (m + lane + (rung - 1) * ind);
      double x1 = round (cx + kw / 2 + gap * 0.5);

      geo->rungs[SAM_SIDE_PRODUCER][rung - 1] = sam_render_rect (x0, y, round (cx - kw / 2 - gap * 0.5) - x0, th);
      geo->rungs[SAM_SIDE_CONSUMER][rung - 1] = sam_render_rect (x1, y, round (W - m - lane - (rung - 1) * ind) - x1, th);
    }

  sam_render_draw_keystone (c);
  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      overview_tier (c, side, rung);
  overview_arrow (c, SAM_SIDE_PRODUCER, m + lane / 2);
  overview_arrow (c, SAM_SIDE_CONSUMER, W - m - lane / 2);
  slide_axis (c, &geo->axis, cx);
}

/* ---- one or two roles, large ---- */

typedef struct {
  PangoLayout *title, *summary, *description;
} BigRole;

static void
big_role_clear (BigRole *b)
{
  g_clear_object (&b->title);
  g_clear_object (&b->summary);
  g_clear_object (&b->description);
}

static double
layout_h (PangoLayout *layout)
{
  double h = 0;

  if (layout != NULL)
    sam_render_layout_size (layout, NULL, &h);
  return h;
}

/* @role laid out in @width at scale @s with the parts asked for; the
 * height taken, or -1 when a part does not fit whole. */
static double
big_role_layout (Ctx                 *c,
                 const SamLadderRole *role,
                 double               width,
                 double               s,
                 int                  parts,
                 BigRole             *b)
{
  double sp = PX (12), h;

  memset (b, 0, sizeof *b);
  sam_render_set_font_px (c, FONT_RUNG_TITLE, MAX (MIN_PX (c), PX (40) * s));
  b->title = sam_render_fit_text (c, sam_render_tr (c, role->title), FONT_RUNG_TITLE, width,
                                  3 * c->line_h[FONT_RUNG_TITLE] + 0.5, FIT_WHOLE, FIT_PLAIN, PANGO_ALIGN_LEFT);
  if (b->title == NULL)
    return -1;
  h = layout_h (b->title);
  if (parts >= 2)
    {
      sam_render_set_font_px (c, FONT_SUMMARY, MAX (MIN_PX (c), PX (30) * s));
      b->summary = sam_render_fit_text (c, sam_render_tr (c, role->summary), FONT_SUMMARY, width, G_MAXINT / 2,
                                        FIT_WHOLE, FIT_PLAIN, PANGO_ALIGN_LEFT);
      if (b->summary == NULL)
        return -1;
      h += sp + layout_h (b->summary);
    }
  if (parts >= 3)
    {
      sam_render_set_font_px (c, FONT_DESCRIPTION, MAX (MIN_PX (c), PX (27) * s));
      b->description = sam_render_fit_text (c, sam_render_tr (c, role->description), FONT_DESCRIPTION, width,
                                            G_MAXINT / 2, FIT_WHOLE, FIT_PLAIN, PANGO_ALIGN_LEFT);
      if (b->description == NULL)
        return -1;
      h += sp + layout_h (b->description);
    }
  return h;
}

/* The largest common scale at which all @n roles fit @width x @height
 * with title, summary and description; failing that without the
 * description, then the title alone.  All boxes of a slide share it, so
 * one role does not shout louder than the other. */
static void
big_roles_fit (Ctx                  *c,
               guint                 n,
               const SamLadderRole **roles,
               double                width,
               double                height,
               BigRole              *out)
{
  static const double scales[] = { 1.4, 1.2, 1.0, 0.9, 0.8, 0.7, 0.6 };

  for (int parts = 3; parts >= 1; parts--)
    for (guint k = 0; k < G_N_ELEMENTS (scales); k++)
      {
        gboolean ok = TRUE;

        for (guint i = 0; i < n; i++)
          {
            double h = big_role_layout (c, roles[i], width, scales[k], parts, &out[i]);
            if (h < 0 || h > height)
              ok = FALSE;
          }
        if (ok)
          return;
        for (guint i = 0; i < n; i++)
          big_role_clear (&out[i]);
      }
}

/* A role in a large box: number and markers on top, then title, summary
 * and description.  @b is consumed. */
static void
big_box (Ctx                     *c,
         SamSide                  side,
         int                      rung,
         const cairo_rectangle_t *box,
         BigRole                 *b)
{
  const SamLadderRole *role = sam_ladder_get_role (side, rung);
  const SamRgb *fill = &c->pal->box[side];
  double pill_h = sam_render_pill_height (c, FONT_MARKER);
  double pad = PX (18), sp = PX (12), x, y;
  cairo_rectangle_t inner = sam_render_rect (box->x + pad, box->y + pad, box->width - 2 * pad, box->height - 2 * pad);
  SamMark here[2];
  guint n;

  c->geo->rungs[side][rung - 1] = *box;
  draw_box (c, box, side);
  draw_badge (c, inner.x, inner.y, pill_h, side, rung, fill);
  x = inner.x + pill_h + c->gap;
  n = marks_on_rung (c, side, rung, here);
  for (guint i = 0; i < n; i++)
    {
      double w = sam_render_marker_width (c, here[i]);

      if (x + w > inner.x + inner.width)
        break;
      sam_render_draw_marker (c, here[i], sam_render_rect (x, inner.y, w, pill_h), rung);
      x += w + c->gap;
    }

  y = inner.y + pill_h + sp;
  if (b->title != NULL)
    y += emit (c, g_steal_pointer (&b->title), inner.x, y, SAM_TEXT_RUNG_TITLE, sam_render_tr (c, role->title),
               box, side, rung, &c->pal->box_text, fill) + sp;
  if (b->summary != NULL)
    y += emit (c, g_steal_pointer (&b->summary), inner.x, y, SAM_TEXT_RUNG_SUMMARY, sam_render_tr (c, role->summary),
               box, side, rung, &c->pal->box_text_muted, fill) + sp;
  if (b->description != NULL)
    emit (c, g_steal_pointer (&b->description), inner.x, y, SAM_TEXT_RUNG_DESCRIPTION,
          sam_render_tr (c, role->description), box, side, rung, &c->pal->box_text_muted, fill);
}

/* The height of a big box holding @n roles' texts, at most @avail. */
static double
big_box_height (Ctx           *c,
                guint          n,
                const BigRole *b,
                double         avail)
{
  double sp = PX (12), h = 0;

  for (guint i = 0; i < n; i++)
    {
      double t = layout_h (b[i].title);
      if (b[i].summary != NULL)
        t += sp + layout_h (b[i].summary);
      if (b[i].description != NULL)
        t += sp + layout_h (b[i].description);
      h = MAX (h, t);
    }
  return MIN (avail, ceil (h + 2 * PX (18) + sam_render_pill_height (c, FONT_MARKER) + sp + PX (6)));
}

/* The height left for text in a big box of @box_h. */
static double
big_text_height (Ctx    *c,
                 double  box_h)
{
  return box_h - 2 * PX (18) - sam_render_pill_height (c, FONT_MARKER) - PX (12);
}

static void
slide_rung_pair (Ctx *c,
                 int  rung)
{
  SamLadderGeometry *geo = c->geo;
  double W = geo->width, H = geo->height, m = PX (16), gap = c->gap, top, box_w, box_h, head_h;
  const SamLadderRole *roles[2];
  BigRole b[2] = { { 0 } };

  rung = CLAMP (rung, 1, SAM_LADDER_N_RUNGS);
  sam_render_set_font_px (c, FONT_SIDE_TITLE, PX (28));
  head_h = ceil (c->line_h[FONT_SIDE_TITLE]);
  top = m * 0.75 + head_h + gap;
  box_w = floor ((W - 2 * m - 2 * gap) / 2);
  for (int side = 0; side < 2; side++)
    roles[side] = sam_ladder_get_role (side, rung);
  big_roles_fit (c, 2, roles, box_w - 2 * PX (18), big_text_height (c, H - m - top), b);
  box_h = big_box_height (c, 2, b, round (H - m - top));
  /* The pair and its headings in the middle of the slide's height. */
  top = round (top + (H - m - top - box_h) / 2);
  side_headings (c, top - gap - head_h, PX (28));
  for (int side = 0; side < 2; side++)
    {
      cairo_rectangle_t box = sam_render_rect (side == 0 ? m : W - m - box_w, top, box_w, box_h);
      big_box (c, side, rung, &box, &b[side]);
      big_role_clear (&b[side]);
    }
  geo->ladder_area = sam_render_rect (m, top, W - 2 * m, box_h);
}

/* The organisation's (producer) or the clients' (consumer) now and wanted. */
static void
slide_side (Ctx     *c,
            SamSide  side)
{
  SamLadderGeometry *geo = c->geo;
  SamMark now_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_NOW : SAM_MARK_CONSUMER_NOW;
  SamMark wanted_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_WANTED : SAM_MARK_CONSUMER_WANTED;
  int now = sam_project_get_mark (c->project, now_mark);
  int wanted = sam_project_get_mark (c->project, wanted_mark);
  double W = geo->width, H = geo->height, m = PX (16), gap = c->gap, top, box_h;
  int rungs[2];
  guint n = 0;
  cairo_rectangle_t header;

  sam_render_set_font_px (c, FONT_SIDE_TITLE, PX (32));
  header = sam_render_rect (m, m * 0.75, W - 2 * m, ceil (c->line_h[FONT_SIDE_TITLE]));
  top = header.y + header.height + gap;
  box_h = round (H - m - top);
  geo->ladder_area = sam_render_rect (m, top, W - 2 * m, box_h);

  if (now != 0)
    rungs[n++] = now;
  if (wanted != 0 && wanted != now)
    rungs[n++] = wanted;

  if (n == 0)
    {
      const char *text = sam_render_tr (c, C_("presentation", "Not marked on the ladder yet"));
      PangoLayout *layout;

      draw_heading (c, sam_render_tr (c, sam_ladder_side_title (side)), &header, PX (32), side, PANGO_ALIGN_CENTER);
      layout = fit_sized (c, text, FONT_SUMMARY, PX (32), MIN_PX (c), W - 2 * m, box_h, 3, PANGO_ALIGN_CENTER);
      if (layout != NULL)
        emit (c, layout, m, top + box_h / 3, SAM_TEXT_RUNG_SUMMARY, text, &geo->ladder_area, -1, 0,
              &c->pal->text, &c->pal->page);
      return;
    }

  {
    double arrow_w = n == 2 ? round (PX (72)) : 0;
    double box_w = n == 2 ? floor ((W - 2 * m - arrow_w) / 2) : round ((W - 2 * m) * 0.62);
    const SamLadderRole *roles[2];
    BigRole b[2] = { { 0 } };
    cairo_rectangle_t boxes[2];

    for (guint i = 0; i < n; i++)
      roles[i] = sam_ladder_get_role (side, rungs[i]);
    big_roles_fit (c, n, roles, box_w - 2 * PX (18), big_text_height (c, box_h), b);
    {
      /* The boxes in the middle of the slide's height, the heading just
       * above them. */
      double h = big_box_height (c, n, b, box_h);
      top = round (top + (box_h - h) / 2);
      box_h = h;
      header.y = top - gap - header.height;
      draw_heading (c, sam_render_tr (c, sam_ladder_side_title (side)), &header, PX (32), side, PANGO_ALIGN_CENTER);
    }
    for (guint i = 0; i < n; i++)
      {
        boxes[i] = sam_render_rect (n == 2 ? (i == 0 ? m : W - m - box_w) : round ((W - box_w) / 2), top, box_w, box_h);
        big_box (c, side, rungs[i], &boxes[i], &b[i]);
        big_role_clear (&b[i]);
      }

    /* From now to wanted, level with the markers. */
    if (n == 2 && geo->marker_visible[now_mark] && geo->marker_visible[wanted_mark])
      {
        double y = geo->markers[now_mark].y + geo->markers[now_mark].height / 2;
        double x0 = boxes[0].x + boxes[0].width + PX (8), x1 = boxes[1].x - PX (8), head = PX (18);

        cairo_new_path (c->cr);
        cairo_move_to (c->cr, x0, y);
        cairo_line_to (c->cr, x1 - head * 0.8, y);
        draw_arrow_line (c, &c->pal->side[side]);
        sam_render_arrow_head (c->cr, x1, y, 0, head);
      }
  }
}

/* ---- stakeholders ---- */

/* The bands of @side's rungs in @area, rung 4 on top, each with the
 * chips of the stakeholders that stand there now, each chip with the rung
 * it wants to reach; "+N" for those that do not fit.  @beside: the rung
 * and its role on the left, the chips to the right (one side across the
 * slide); else the rung and its role on a row above the chips (a side in
 * its half of the slide). */
static void
stakeholder_bands (Ctx                     *c,
                   SamSide                  side,
                   const cairo_rectangle_t *area,
                   gboolean                 beside)
{
  SamLadderGeometry *geo = c->geo;
  double gap = c->gap, label_w, cw, title_row;
  double pad = PX (12), tg = round (PX (8)), pill_h = sam_render_pill_height (c, FONT_MARKER);
  double need[SAM_LADDER_N_RUNGS], base, sum_need = 0, y, avail = area->height - 3 * tg;
  GArray *items[SAM_LADDER_N_RUNGS];

  title_row = 0;
  if (!beside)
    {
      sam_render_set_font_px (c, FONT_RUNG_TITLE, MIN_PX (c));
      title_row = ceil (MAX (pill_h, c->line_h[FONT_RUNG_TITLE])) + gap * 0.5;
    }
  label_w = beside ? round (MIN (PX (270), area->width * 0.3)) : 0;
  cw = area->width - 2 * pad - (beside ? label_w + gap : 0);

  /* Each band as high as its chips need, the room left shared out; when
   * the chips need more than there is, every band keeps room for its
   * title and the rest goes by need (the fullest bands show "+N"). */
  base = beside ? ceil (2 * pad + MAX (pill_h, 2 * c->line_h[FONT_CHIP]))
                : ceil (2 * pad + title_row + sam_render_pill_height (c, FONT_CHIP));
  for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
    {
      items[rung - 1] = sam_render_collect_chips (c, side, rung);
      need[rung - 1] = MAX (base, 2 * pad + title_row + sam_render_chips_height (c, items[rung - 1], cw, INFINITY));
      sum_need += need[rung - 1];
    }

  y = area->y;
  for (int rung = SAM_LADDER_N_RUNGS; rung >= 1; rung--)
    {
      double band_h = sum_need <= avail
                      ? need[rung - 1] + (avail - sum_need) / SAM_LADDER_N_RUNGS
                      : base + (need[rung - 1] - base) * MAX (0, avail - SAM_LADDER_N_RUNGS * base)
                               / MAX (1, sum_need - SAM_LADDER_N_RUNGS * base);
      cairo_rectangle_t band = sam_render_rect (area->x, round (y), area->width, floor (band_h));
      cairo_rectangle_t inner = sam_render_rect (band.x + pad, band.y + pad, band.width - 2 * pad, band.height - 2 * pad);
      const char *title = sam_render_tr (c, sam_ladder_get_role (side, rung)->title);
      double tw = (beside ? label_w : inner.width) - pill_h - gap * 0.6;
      PangoLayout *layout;

      y += band_h + tg;
      geo->rungs[side][rung - 1] = band;
      draw_box (c, &band, side);
      if (inner.height < pill_h)
        continue;
      draw_badge (c, inner.x, inner.y, pill_h, side, rung, &c->pal->box[side]);
      layout = beside
               ? fit_sized (c, title, FONT_RUNG_TITLE, PX (26), MIN_PX (c), tw, inner.height, 3, PANGO_ALIGN_LEFT)
               : fit_sized (c, title, FONT_RUNG_TITLE, MIN_PX (c), MIN_PX (c), tw, title_row, 1, PANGO_ALIGN_LEFT);
      if (layout != NULL)
        {
          double h = layout_h (layout);
          emit (c, layout, inner.x + pill_h + gap * 0.6, inner.y + MAX (0, (pill_h - h) / 2), SAM_TEXT_RUNG_TITLE,
                title, &band, side, rung, &c->pal->box_text, &c->pal->box[side]);
        }

      if (items[rung - 1]->len > 0)
        {
          double room = inner.height - title_row;
          double h = room > 0 ? MIN (sam_render_chips_height (c, items[rung - 1], cw, room), room) : 0;

          if (h > 0)
            sam_render_draw_chips (c, items[rung - 1], inner.x + (beside ? label_w + gap : 0),
                                   beside ? inner.y + h : inner.y + title_row + h, cw, h, side, rung);
        }
    }

  for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
    g_array_unref (items[rung - 1]);
}

static void
slide_stakeholders (Ctx *c)
{
  SamLadderGeometry *geo = c->geo;
  double W = geo->width, H = geo->height, m = PX (16), gap = c->gap, top;
  gboolean producers = sam_render_side_has_chips (c, SAM_SIDE_PRODUCER);
  gboolean consumers = sam_render_side_has_chips (c, SAM_SIDE_CONSUMER);

  if (producers && consumers)
    {
      double half = floor ((W - 2 * m - gap) / 2);

      top = side_headings (c, m * 0.75, PX (32)) + gap;
      geo->ladder_area = sam_render_rect (m, top, W - 2 * m, H - m - top);
      stakeholder_bands (c, SAM_SIDE_PRODUCER, &(cairo_rectangle_t) { m, top, half, H - m - top }, FALSE);
      stakeholder_bands (c, SAM_SIDE_CONSUMER, &(cairo_rectangle_t) { W - m - half, top, half, H - m - top }, FALSE);
    }
  else
    {
      /* Everyone on one side (or no one: the consumer side, as before). */
      SamSide side = producers ? SAM_SIDE_PRODUCER : SAM_SIDE_CONSUMER;
      cairo_rectangle_t header;

      sam_render_set_font_px (c, FONT_SIDE_TITLE, PX (32));
      header = sam_render_rect (m, m * 0.75, W - 2 * m, ceil (c->line_h[FONT_SIDE_TITLE]));
      draw_heading (c, sam_render_tr (c, sam_ladder_side_title (side)), &header, PX (32),
                    side, PANGO_ALIGN_CENTER);
      top = header.y + header.height + gap;
      geo->ladder_area = sam_render_rect (m, top, W - 2 * m, H - m - top);
      stakeholder_bands (c, side, &geo->ladder_area, TRUE);
    }
}

void
sam_render_presentation (Ctx *c)
{
  const SamRenderOptions *o = c->options;

  /* Sizes, from the 24 px floor up.  c->u sets the pills' padding and
   * the arrows' heads in the shared drawing code. */
  c->u = 1.4 * c->pu;
  c->lw = MAX (1.0, 2 * c->pu);
  c->pad = PX (10);
  c->gap = PX (12);
  sam_render_set_font_px (c, FONT_MARKER, MIN_PX (c));
  sam_render_set_font_px (c, FONT_CHIP, MIN_PX (c));
  c->marker_w[0] = c->marker_w[1] = 0;

  fill_page (c);
  /* Under about 150 px wide a slide has room for nothing legible (and
   * pango's smallest font outgrows the boxes): the page alone. */
  if (c->pu < 0.15)
    return;
  switch (o->focus)
    {
    case SAM_RENDER_FOCUS_RUNG_PAIR:
      slide_rung_pair (c, o->focus_rung);
      break;
    case SAM_RENDER_FOCUS_ORGANISATION:
      slide_side (c, SAM_SIDE_PRODUCER);
      break;
    case SAM_RENDER_FOCUS_CLIENTS:
      slide_side (c, SAM_SIDE_CONSUMER);
      break;
    case SAM_RENDER_FOCUS_STAKEHOLDERS:
      slide_stakeholders (c);
      break;
    case SAM_RENDER_FOCUS_PROGRESS:
      sam_render_slide_progress (c);
      break;
    case SAM_RENDER_FOCUS_NONE:
    default:
      slide_overview (c);
      break;
    }
}
