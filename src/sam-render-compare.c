/* sam-render-compare.c: the ladder over time
 *
 * The compare view (options->compare_from): where each party stood at a
 * work session, as a faint mark, and an arrow to where it stands in the
 * project drawn.  The organisation's and the clients' marks get a faint
 * pill in the rung they stood on, with an arrow over the rungs' top edges
 * (above the now-to-wanted arrows) to the marker.  Stakeholders are many:
 * those who moved between the same two rungs share one faint pill ("3
 * moved", or the name when it is one) in a strip below the ladder, under
 * the rung they came from, with an arrow along the ladder's foot and up
 * into the rung (to the chip, when it is one stakeholder and drawn).
 * Stakeholders of the snapshot that the project no longer has are drawn
 * from the snapshot's own names, without an arrow.
 *
 * The progress slide (SAM_RENDER_FOCUS_PROGRESS, "How far we have come"):
 * the same comparison in words, for the projector: every text at least
 * 24 px at 1024x768, whole or not at all.
 */

#define G_LOG_DOMAIN "samenspel-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sam-render-private.h"

#define N_STRIP_ROWS 2

double
sam_render_compare_strip_height (Ctx *c)
{
  return N_STRIP_ROWS * sam_render_pill_height (c, FONT_CHIP) + (N_STRIP_ROWS - 1) * c->gap * 0.4
         + c->gap * 1.5;
}

static void
move_box_clear (gpointer data)
{
  SamMoveBox *move = data;

  g_clear_pointer (&move->stakeholder_id, g_free);
  g_clear_pointer (&move->label, g_free);
}

static GArray *
moves_array (Ctx *c)
{
  if (c->geo->moves == NULL)
    {
      c->geo->moves = g_array_new (FALSE, TRUE, sizeof (SamMoveBox));
      g_array_set_clear_func (c->geo->moves, move_box_clear);
    }
  return c->geo->moves;
}

static gboolean
rects_overlap (const cairo_rectangle_t *a,
               const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* The faint mark's fill: the side's colour over the page, mixed here
 * (one opaque fill is cheaper to draw than blending). */
static SamRgb
ghost_fill (Ctx     *c,
            SamSide  side,
            double   amount)
{
  const SamRgb *page = &c->pal->page, *accent = &c->pal->side[side];
  SamRgb mixed = { page->r + (accent->r - page->r) * amount, page->g + (accent->g - page->g) * amount,
                   page->b + (accent->b - page->b) * amount };

  return mixed;
}

/* A faint mark: a light outline on a faint fill of the side's colour. */
static void
draw_ghost (Ctx                     *c,
            const cairo_rectangle_t *r,
            SamSide                  side)
{
  cairo_t *cr = c->cr;
  SamRgb fill = ghost_fill (c, side, 0.12);
  SamRgb line = ghost_fill (c, side, 0.6);

  /* Solid, light and thin rather than dashed: the same shapes come back on
   * every frame, and solid ones the shape cache keeps (sam-render-shapes.c);
   * dashes cost more than all the rest of the compare view. */
  sam_render_rounded_rect (cr, r->x, r->y, r->width, r->height, r->height / 2);
  sam_render_set_rgb (cr, &fill);
  sam_render_fill_preserve (cr);
  sam_render_set_rgb (cr, &line);
  cairo_set_line_width (cr, c->lw);
  sam_render_stroke (cr);
}

static void
stroke_arrow (Ctx     *c,
              SamSide  side,
              double   tip_x,
              double   tip_y,
              double   angle)
{
  cairo_t *cr = c->cr;
  double head = 6 * c->u * c->pal->line_scale + 4;

  sam_render_set_rgb (cr, &c->pal->side[side]);
  cairo_set_line_width (cr, c->lw * 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
  sam_render_arrow_head (cr, tip_x, tip_y, angle, head);
}

/* ---- The four marks ---- */

static void
compare_mark (Ctx     *c,
              SamMark  mark)
{
  SamLadderGeometry *geo = c->geo;
  SamSide side = sam_mark_get_side (mark);
  int from = sam_snapshot_get_mark (c->options->compare_from, mark);
  int to = sam_project_get_mark (c->project, mark);
  const cairo_rectangle_t *fbox, *tbox;
  cairo_rectangle_t ghost;
  double lift = c->gap * 1.35, head = 6 * c->u * c->pal->line_scale + 4;
  double x0, y, tip_x;
  SamMoveBox move = { 0 };
  cairo_t *cr = c->cr;

  if (!sam_ladder_rung_is_valid (from) || from == to)
    return;

  fbox = &geo->rungs[side][from - 1];
  if (to != 0 && geo->marker_visible[mark])
    {
      const cairo_rectangle_t *r = &geo->markers[mark];

      tbox = &geo->rungs[side][to - 1];
      ghost = sam_render_rect (fbox->x + (r->x - tbox->x), fbox->y + (r->y - tbox->y), r->width, r->height);
    }
  else
    {
      double h = sam_render_pill_height (c, FONT_MARKER);

      ghost = sam_render_rect (fbox->x + fbox->width - c->pad - h * 2.2, fbox->y + c->pad, h * 2.2, h);
    }

  /* Not over a marker that stands on that rung now: beside it. */
  for (int other = 0; other < SAM_N_MARKS; other++)
    if (other != (int) mark && geo->marker_visible[other] && rects_overlap (&ghost, &geo->markers[other]))
      ghost.x = geo->markers[other].x + geo->markers[other].width + c->gap * 0.5;
  move.drawn = ghost.x + ghost.width <= fbox->x + fbox->width;

  move.kind = SAM_MOVE_MARK;
  move.mark = mark;
  move.count = 1;
  move.from_side = move.to_side = side;
  move.from_rung = from;
  move.to_rung = to;
  move.ghost = ghost;
  /* No room for the faint pill beside the markers there: the arrow still
   * starts from that rung, at the middle of its top edge. */
  move.x0 = move.drawn ? ghost.x + ghost.width / 2 : fbox->x + fbox->width / 2;
  move.y0 = move.drawn ? ghost.y : fbox->y;

  if (move.drawn)
    {
      double d = sam_render_marker_shape_size (c) * 0.8;

      draw_ghost (c, &ghost, side);
      /* The marker's shape, faint: a dot for now, a ring for wanted. */
      cairo_new_path (cr);
      cairo_arc (cr, ghost.x + c->pad * 0.75 + d / 2, ghost.y + ghost.height / 2, d / 2, 0, 2 * G_PI);
      sam_render_set_rgba (cr, &c->pal->side[side], 0.6);
      if (sam_mark_is_wanted (mark))
        {
          cairo_set_line_width (cr, c->lw * 1.5);
          cairo_stroke (cr);
        }
      else
        cairo_fill (cr);
    }

  /* The arrow, over the rungs' top edges like the marker arrows, a little
   * higher, so the two never coincide. */
  if (to != 0 && geo->marker_visible[mark])
    {
      const cairo_rectangle_t *r = &geo->markers[mark];
      int step = to > from ? 1 : -1;

      tip_x = r->x + r->width / 2;
      x0 = move.x0;
      cairo_new_path (cr);
      cairo_move_to (cr, x0, move.y0);
      y = fbox->y - lift;
      cairo_line_to (cr, x0, y);
      for (int rung = from; rung != to; rung += step)
        {
          const cairo_rectangle_t *a = &geo->rungs[side][rung - 1];
          const cairo_rectangle_t *b = &geo->rungs[side][rung + step - 1];
          double gap_x = b->x > a->x ? (a->x + a->width + b->x) / 2 : (b->x + b->width + a->x) / 2;

          cairo_line_to (cr, gap_x, y);
          y = b->y - lift;
          cairo_line_to (cr, gap_x, y);
        }
      cairo_line_to (cr, tip_x, y);
      cairo_line_to (cr, tip_x, r->y - head * 0.8);
      stroke_arrow (c, side, tip_x, r->y, G_PI / 2);
      move.x1 = tip_x;
      move.y1 = r->y;
    }
  else
    {
      move.x1 = move.x0;
      move.y1 = move.y0;
    }

  g_array_append_val (moves_array (c), move);
}

/* ---- The stakeholders ---- */

typedef struct {
  SamMoveKind  kind;
  SamSide      from_side, to_side;
  int          from_rung, to_rung;
  guint        count;
  const char  *id;      /* the first one's */
  const char  *name;
} Group;

static guint
group_key (SamSide from_side,
           int     from_rung,
           SamSide to_side,
           int     to_rung,
           gboolean gone)
{
  return 1 + ((guint) gone << 12 | (guint) from_side << 9 | (guint) from_rung << 6
              | (guint) to_side << 3 | (guint) to_rung);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *ga = *(Group * const *) a, *gb = *(Group * const *) b;

  if (ga->kind != gb->kind)
    return ga->kind == SAM_MOVE_GONE ? 1 : -1;
  if (ga->to_side != gb->to_side)
    return ga->to_side == ga->from_side ? -1 : 1;
  if (ga->to_rung != gb->to_rung)
    return gb->to_rung - ga->to_rung;
  return 0;
}

static char *
group_label (Ctx         *c,
             const Group *g)
{
  const char *name = g->name != NULL && g->name[0] != '\0' ? g->name : sam_render_tr (c, _("(no name)"));

  /* One who is gone: the name, crossed out (draw_pill). */
  if (g->count == 1)
    return g_strdup (name);
  if (g->kind == SAM_MOVE_GONE)
    return g_strdup_printf ((g_dngettext (GETTEXT_PACKAGE, "%u removed", "%u removed", g->count)),
                            g->count);
  return g_strdup_printf ((g_dngettext (GETTEXT_PACKAGE, "%u moved", "%u moved", g->count)),
                          g->count);
}

/* Collects who moved since the snapshot, grouped by the two rungs. */
static GPtrArray *
collect_groups (Ctx *c)
{
  SamSnapshot *snapshot = c->options->compare_from;
  GListModel *list = sam_project_get_stakeholders (c->project);
  guint n = g_list_model_get_n_items (list);
  g_autoptr(GHashTable) by_key = g_hash_table_new (NULL, NULL);
  GPtrArray *groups = g_ptr_array_new_with_free_func (g_free);
  guint n_entries = sam_snapshot_get_n_entries (snapshot);
  const SamSnapshotEntry *entries = n_entries > 0 ? sam_snapshot_get_entry (snapshot, 0) : NULL;
  /* Which entries the project still has: a byte each, not a hash set. */
  g_autofree guint8 *present = g_malloc0 (MAX (n_entries, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
      const char *id = sam_stakeholder_get_id (s);
      const SamSnapshotEntry *e;
      SamSide side = sam_stakeholder_get_side (s);
      int now = sam_stakeholder_get_role_now (s);
      Group *g;
      guint key;

      /* A snapshot lists the stakeholders in the project's order, and
       * most are still there: try the same place before the hash table
       * (this loop runs on every frame of the compare view). */
      if (i < n_entries && strcmp (entries[i].id, id) == 0)
        e = &entries[i];
      else
        e = sam_snapshot_find (snapshot, id);
      if (e != NULL)
        present[e - entries] = 1;
      if (e == NULL || !sam_ladder_rung_is_valid (e->role_now) || !sam_ladder_rung_is_valid (now)
          || (e->role_now == now && e->side == side))
        continue;
      key = group_key (e->side, e->role_now, side, now, FALSE);
      g = g_hash_table_lookup (by_key, GUINT_TO_POINTER (key));
      if (g == NULL)
        {
          g = g_new0 (Group, 1);
          *g = (Group) { SAM_MOVE_STAKEHOLDERS, e->side, side, e->role_now, now, 0,
                         id, sam_stakeholder_get_name (s) };
          g_hash_table_insert (by_key, GUINT_TO_POINTER (key), g);
          g_ptr_array_add (groups, g);
        }
      g->count++;
    }

  /* Deleted since: drawn from the snapshot's own names. */
  for (guint i = 0; i < n_entries; i++)
    {
      const SamSnapshotEntry *e = sam_snapshot_get_entry (snapshot, i);
      Group *g;
      guint key;

      if (!sam_ladder_rung_is_valid (e->role_now) || present[i])
        continue;
      key = group_key (e->side, e->role_now, e->side, 0, TRUE);
      g = g_hash_table_lookup (by_key, GUINT_TO_POINTER (key));
      if (g == NULL)
        {
          g = g_new0 (Group, 1);
          *g = (Group) { SAM_MOVE_GONE, e->side, e->side, e->role_now, 0, 0, e->id, e->name };
          g_hash_table_insert (by_key, GUINT_TO_POINTER (key), g);
          g_ptr_array_add (groups, g);
        }
      g->count++;
    }

  g_ptr_array_sort (groups, compare_groups);
  return groups;
}

/* Lays out and draws one faint pill at (@x, @y) no wider than @max_w;
 * returns its width, or 0 when nothing fits. */
static double
draw_pill (Ctx                     *c,
           const char              *text,
           double                   x,
           double                   y,
           double                   max_w,
           SamSide                  side,
           int                      rung,
           gboolean                 draw,
           gboolean                 crossed_out,
           cairo_rectangle_t       *out)
{
  double h = sam_render_pill_height (c, FONT_CHIP);
  double px = c->pad * 0.8;
  PangoLayout *layout;
  double tw, th;
  cairo_rectangle_t rect;

  if (max_w < h * 1.5)
    return 0;
  /* The natural width first (cached across frames); a layout only for a
   * pill that is drawn, at a width that is the same on every frame, so
   * the renderer's layout cache keeps it. */
  tw = sam_render_text_width (c, FONT_CHIP, text);
  if (ceil (tw + 2 * px) <= max_w)
    layout = sam_render_fit_text (c, text, FONT_CHIP, ceil (tw) + 1, h, 1, FIT_PLAIN, PANGO_ALIGN_LEFT);
  else if (max_w >= c->geo->rungs[side][0].width - 0.5)
    /* Alone on a row and still too long (a long name): ellipsized. */
    layout = sam_render_fit_text (c, text, FONT_CHIP, max_w - 2 * px, h, 1, FIT_KEEP_WORDS, PANGO_ALIGN_LEFT);
  else
    return 0;
  if (layout == NULL)
    return 0;
  if (!draw)
    {
      sam_render_layout_size (layout, &tw, NULL);
      g_object_unref (layout);
      *out = sam_render_rect (x, y, ceil (tw + 2 * px), h);
      return out->width;
    }
  sam_render_layout_size (layout, &tw, &th);
  rect = sam_render_rect (x, y, ceil (tw + 2 * px), h);
  if (draw)
    {
      SamRgb bg = ghost_fill (c, side, 0.12);

      draw_ghost (c, &rect, side);
      sam_render_emit_text (c, layout, x + px, y + (h - th) / 2, SAM_TEXT_COMPARE, text, &rect, side, 0,
                            &c->pal->text, &bg);
      if (crossed_out)
        {
          double tw_drawn;

          sam_render_layout_size (layout, &tw_drawn, NULL);
          cairo_move_to (c->cr, x + px, y + h / 2);
          cairo_line_to (c->cr, x + px + tw_drawn, y + h / 2);
          sam_render_set_rgb (c->cr, &c->pal->text);
          cairo_set_line_width (c->cr, MAX (1.0, c->lw));
          cairo_stroke (c->cr);
        }
    }
  g_object_unref (layout);
  *out = rect;
  return rect.width;
}

typedef struct {
  double x0, y0, channel, tip_x, tip_y;
} Arrow;

static void
compare_stakeholders (Ctx *c)
{
  SamLadderGeometry *geo = c->geo;
  g_autoptr(GPtrArray) groups = collect_groups (c);
  double pill_h = sam_render_pill_height (c, FONT_CHIP), row_gap = c->gap * 0.4;
  double foot = geo->ladder_area.y + geo->ladder_area.height;
  double head = 6 * c->u * c->pal->line_scale + 4;
  guint n_into[2][SAM_LADDER_N_RUNGS] = { { 0 } }, k_into[2][SAM_LADDER_N_RUNGS] = { { 0 } };
  guint n_arrows = 0;
  GArray *moves = moves_array (c);
  cairo_rectangle_t probe;
  /* Room kept on the last row of a column for a "+N" of what does not fit. */
  double reserve = draw_pill (c, "+9999", 0, 0, geo->rungs[0][0].width, 0, 0, FALSE, FALSE, &probe) + c->gap * 0.4;
  /* The arrows of each side in one path: one stroke instead of dozens
   * (where they run together along the foot, once). */
  g_autoptr(GArray) producer_arrows = g_array_new (FALSE, FALSE, sizeof (Arrow));
  g_autoptr(GArray) consumer_arrows = g_array_new (FALSE, FALSE, sizeof (Arrow));
  GArray *arrows[2] = { producer_arrows, consumer_arrows };

  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i];

      if (g->kind != SAM_MOVE_GONE)
        n_into[g->to_side][g->to_rung - 1]++;
    }

  /* Column by column (a rung the stakeholders came from), pills in rows. */
  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      {
        const cairo_rectangle_t *col = &geo->rungs[side][rung - 1];
        double x = col->x, row_y = geo->compare_strip.y;
        int row = 0;
        guint hidden = 0;
        guint n_here = 0, k_here = 0;

        for (guint i = 0; i < groups->len; i++)
          {
            Group *g = groups->pdata[i];

            if ((int) g->from_side == side && g->from_rung == rung)
              n_here++;
          }

        for (guint i = 0; i < groups->len; i++)
          {
            Group *g = groups->pdata[i];
            SamMoveBox move = { 0 };
            g_autofree char *label = NULL;
            double w = 0;

            if ((int) g->from_side != side || g->from_rung != rung)
              continue;
            k_here++;

            label = group_label (c, g);
            move.kind = g->kind;
            move.count = g->count;
            move.stakeholder_id = g->count == 1 ? g_strdup (g->id) : NULL;
            move.from_side = g->from_side;
            move.from_rung = g->from_rung;
            move.to_side = g->to_side;
            move.to_rung = g->to_rung;

            while (hidden == 0 && row < N_STRIP_ROWS)
              {
                cairo_rectangle_t rect;
                gboolean last_row = row == N_STRIP_ROWS - 1;
                double room = col->x + col->width - x - (last_row && k_here < n_here ? reserve : 0);

                w = room > 0 ? draw_pill (c, label, x, row_y, room, side, rung, TRUE,
                                          g->kind == SAM_MOVE_GONE && g->count == 1, &rect) : 0;
                if (w > 0)
                  {
                    move.ghost = rect;
                    break;
                  }
                if (last_row)
                  break;
                row++;
                x = col->x;
                row_y += pill_h + row_gap;
              }

            if (w == 0)
              {
                hidden += g->count;
                move.drawn = FALSE;
                move.label = g_steal_pointer (&label);
                g_array_append_val (moves, move);
                continue;
              }

            move.drawn = TRUE;
            move.label = g_steal_pointer (&label);
            move.x0 = move.ghost.x + move.ghost.width / 2;
            move.y0 = move.ghost.y;
            x += w + c->gap * 0.4;

            if (g->kind != SAM_MOVE_GONE)
              {
                const cairo_rectangle_t *target = &geo->rungs[g->to_side][g->to_rung - 1];
                const SamChipBox *chip = g->count == 1 ? sam_ladder_geometry_find_chip (geo, g->id) : NULL;
                guint k = k_into[g->to_side][g->to_rung - 1]++;
                guint n = n_into[g->to_side][g->to_rung - 1];
                double tip_x, tip_y;
                /* Along the ladder's foot, each arrow at its own height. */
                double channel = foot + c->gap * (0.35 + 0.8 * (n_arrows % 3) / 3.0);

                if (chip != NULL)
                  {
                    tip_x = chip->rect.x + chip->rect.width / 2;
                    tip_y = chip->rect.y + chip->rect.height;
                  }
                else
                  {
                    tip_x = target->x + target->width * (k + 1) / (n + 1);
                    tip_y = target->y + target->height;
                  }

                {
                  Arrow a = { move.x0, move.y0, channel, tip_x, tip_y };
                  g_array_append_val (arrows[g->to_side], a);
                }
                move.x1 = tip_x;
                move.y1 = tip_y;
                n_arrows++;
              }
            else
              {
                move.x1 = move.x0;
                move.y1 = move.y0;
              }
            g_array_append_val (moves, move);
          }

        /* What did not fit, counted in one more pill where there is room. */
        if (hidden > 0)
          {
            g_autofree char *more = g_strdup_printf ("+%u", hidden);
            cairo_rectangle_t rect;

            draw_pill (c, more, x, row_y, col->x + col->width - x, side, rung, TRUE, FALSE, &rect);
          }
      }

  for (int side = 0; side < 2; side++)
    {
      cairo_t *cr = c->cr;

      if (arrows[side]->len == 0)
        continue;
      cairo_new_path (cr);
      for (guint i = 0; i < arrows[side]->len; i++)
        {
          const Arrow *a = &g_array_index (arrows[side], Arrow, i);

          cairo_move_to (cr, a->x0, a->y0);
          cairo_line_to (cr, a->x0, a->channel);
          cairo_line_to (cr, a->tip_x, a->channel);
          cairo_line_to (cr, a->tip_x, a->tip_y + head * 0.8);
        }
      sam_render_set_rgb (cr, &c->pal->side[side]);
      cairo_set_line_width (cr, c->lw * 2);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);
      /* The heads, pointing up into the rungs, in one fill. */
      for (guint i = 0; i < arrows[side]->len; i++)
        {
          const Arrow *a = &g_array_index (arrows[side], Arrow, i);

          cairo_move_to (cr, a->tip_x, a->tip_y);
          cairo_line_to (cr, a->tip_x - head * sin (0.45), a->tip_y + head * cos (0.45));
          cairo_line_to (cr, a->tip_x + head * sin (0.45), a->tip_y + head * cos (0.45));
          cairo_close_path (cr);
        }
      cairo_fill (cr);
    }
}

void
sam_render_compare (Ctx *c)
{
  g_return_if_fail (c->options->compare_from != NULL);

  moves_array (c);
  for (int mark = 0; mark < SAM_N_MARKS; mark++)
    compare_mark (c, mark);
  compare_stakeholders (c);
}

/* ---- The progress slide: "How far we have come" ---- */

#define PX(v) ((v) * c->pu)
#define MIN_PX(c) (24 * (c)->pu)

/* Whole at the largest size from @hi down to the 24 px floor, or NULL. */
static PangoLayout *
fit_whole (Ctx            *c,
           const char     *text,
           FontRole        font,
           double          hi,
           double          width,
           double          max_h,
           PangoAlignment  align)
{
  double px = hi;

  for (;;)
    {
      PangoLayout *layout;

      sam_render_set_font_px (c, font, px);
      layout = sam_render_fit_text (c, text, font, width, max_h, FIT_WHOLE, FIT_PLAIN, align);
      if (layout != NULL || px <= MIN_PX (c))
        return layout;
      px = MAX (MIN_PX (c), px * 0.92);
    }
}

/* Draws @text in @slot from its top; returns the height used (0: left out). */
static double
slide_text (Ctx                     *c,
            const char              *text,
            FontRole                 font,
            double                   px,
            const cairo_rectangle_t *slot,
            PangoAlignment           align,
            int                      side,
            const SamRgb            *fg)
{
  PangoLayout *layout = fit_whole (c, text, font, px, slot->width, slot->height, align);
  double h;

  if (layout == NULL)
    return 0;
  sam_render_layout_size (layout, NULL, &h);
  sam_render_emit_text (c, layout, slot->x, slot->y, SAM_TEXT_COMPARE, text, slot, side, 0, fg, &c->pal->page);
  g_object_unref (layout);
  return h;
}

static const char *
role_title (Ctx     *c,
            SamSide  side,
            int      rung)
{
  if (!sam_ladder_rung_is_valid (rung))
    return sam_render_tr (c, C_("compare", "not marked"));
  return sam_render_tr (c, sam_ladder_get_role (side, rung)->title);
}

void
sam_render_slide_progress (Ctx *c)
{
  SamLadderGeometry *geo = c->geo;
  SamSnapshot *snapshot = c->options->compare_from;
  double W = geo->width, H = geo->height, m = PX (28), gap = c->gap, y;
  const char *title = sam_render_tr (c, C_("presentation", "How far we have come"));
  cairo_rectangle_t slot;
  double col_w = (W - 3 * m) / 2;
  g_autoptr(GPtrArray) groups = NULL;
  guint closer[2] = { 0, 0 }, away[2] = { 0, 0 }, other_side[2] = { 0, 0 }, gone[2] = { 0, 0 };

  slot = sam_render_rect (m, m, W - 2 * m, PX (70));
  y = m + slide_text (c, title, FONT_SIDE_TITLE, PX (44), &slot, PANGO_ALIGN_CENTER, -1, &c->pal->text);
  if (snapshot == NULL)
    {
      slot = sam_render_rect (m, y + gap, W - 2 * m, H - y - m);
      slide_text (c, sam_render_tr (c, C_("presentation", "No work session recorded yet")), FONT_SUMMARY, PX (32),
                  &slot, PANGO_ALIGN_CENTER, -1, &c->pal->text);
      return;
    }
  if (c->options->compare_caption != NULL)
    {
      slot = sam_render_rect (m, y + gap * 0.5, W - 2 * m, PX (80));
      y = slot.y + slide_text (c, sam_render_tr (c, c->options->compare_caption), FONT_LEGEND, PX (30), &slot,
                               PANGO_ALIGN_CENTER, -1, &c->pal->text_muted);
    }
  y += gap * 2;

  {
    /* The rest reuses the compare view's grouping, in words. */
    SamRenderOptions o = *c->options;
    const SamRenderOptions *saved = c->options;

    c->options = &o;
    groups = collect_groups (c);
    c->options = saved;
  }
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i];

      if (g->kind == SAM_MOVE_GONE)
        gone[g->from_side] += g->count;
      else if (g->to_side != g->from_side)
        other_side[g->from_side] += g->count;
      else if (g->to_rung > g->from_rung)
        closer[g->from_side] += g->count;
      else
        away[g->from_side] += g->count;
    }

  for (int side = 0; side < 2; side++)
    {
      SamMark now_mark = side == SAM_SIDE_PRODUCER ? SAM_MARK_PRODUCER_NOW : SAM_MARK_CONSUMER_NOW;
      int then = sam_snapshot_get_mark (snapshot, now_mark);
      int now = sam_project_get_mark (c->project, now_mark);
      double x = side == SAM_SIDE_PRODUCER ? m : 2 * m + col_w, cy = y, h;
      const char *heading = side == SAM_SIDE_PRODUCER
                            ? sam_render_tr (c, C_("presentation", "The organisation"))
                            : sam_render_tr (c, C_("presentation", "The clients"));
      g_autofree char *from_to = NULL;
      char *lines[4] = { NULL };
      guint n_lines = 0;

      slot = sam_render_rect (x, cy, col_w, PX (60));
      h = slide_text (c, heading, FONT_RUNG_TITLE, PX (36), &slot, PANGO_ALIGN_LEFT, side, &c->pal->text);
      cy += h + gap * 0.5;

      /* The accent bar under the heading, in the side's colour. */
      cairo_rectangle (c->cr, x, cy, col_w * 0.3, MAX (2.0, PX (5)));
      sam_render_set_rgb (c->cr, &c->pal->side[side]);
      cairo_fill (c->cr);
      cy += PX (5) + gap;

      if (then == now)
        from_to = g_strdup_printf ((C_("presentation", "Still: %s")), role_title (c, side, now));
      else
        /* TRANSLATORS: the role then → the role now */
        from_to = g_strdup_printf ((C_("presentation", "%s → %s")),
                                   role_title (c, side, then), role_title (c, side, now));
      slot = sam_render_rect (x, cy, col_w, H - m - cy);
      h = slide_text (c, from_to, FONT_RUNG_TITLE, PX (34), &slot, PANGO_ALIGN_LEFT, side, &c->pal->text);
      cy += h + gap * 1.5;

      if (closer[side] > 0)
        lines[n_lines++] = g_strdup_printf ((g_dngettext (GETTEXT_PACKAGE,
                                              "%u stakeholder moved closer to co-creation",
                                              "%u stakeholders moved closer to co-creation", closer[side])),
                                            closer[side]);
      if (away[side] > 0)
        lines[n_lines++] = g_strdup_printf ((g_dngettext (GETTEXT_PACKAGE,
                                              "%u stakeholder moved further away",
                                              "%u stakeholders moved further away", away[side])),
                                            away[side]);
      if (other_side[side] > 0)
        lines[n_lines++] = g_strdup_printf ((g_dngettext (GETTEXT_PACKAGE,
                                              "%u stakeholder changed sides",
                                              "%u stakeholders changed sides", other_side[side])),
                                            other_side[side]);
      if (gone[side] > 0)
        lines[n_lines++] = g_strdup_printf ((g_dngettext (GETTEXT_PACKAGE,
                                              "%u stakeholder no longer listed",
                                              "%u stakeholders no longer listed", gone[side])),
                                            gone[side]);
      if (n_lines == 0)
        lines[n_lines++] = g_strdup (sam_render_tr (c, C_("presentation", "No stakeholder moved on this side")));

      for (guint i = 0; i < n_lines; i++)
        {
          slot = sam_render_rect (x, cy, col_w, H - m - cy);
          if (slot.height < MIN_PX (c))
            break;
          h = slide_text (c, lines[i], FONT_SUMMARY, PX (28), &slot, PANGO_ALIGN_LEFT, -1, &c->pal->text);
          if (h == 0)
            break;
          cy += h + gap * 0.6;
        }
      for (guint i = 0; i < n_lines; i++)
        g_free (lines[i]);
      (void) lines;
    }
}
