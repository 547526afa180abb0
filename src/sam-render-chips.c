/* sam-render-chips.c: the stakeholder chips on the rungs of their side
 *
 * Chips flow into rows at the bottom of a rung; a name too long for one
 * line gets two, and is shortened word by word if it needs more; what
 * does not fit is summarised as "+N".
 */

#define G_LOG_DOMAIN "samenspel-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sam-render-private.h"

/* Natural width of a stakeholder chip. */
static double
chip_natural_width (Ctx            *c,
                    SamStakeholder *s)
{
  double w, extra = 0;
  int now = sam_stakeholder_get_role_now (s);
  int wanted = sam_stakeholder_get_role_wanted (s);

  w = sam_render_text_width (c, FONT_CHIP, sam_stakeholder_get_name (s));
  if (wanted != 0 && wanted != now)
    extra = c->font_px[FONT_CHIP] * 1.6 + c->gap * 0.2;
  return ceil (2 * c->pad * 0.75 + c->font_px[FONT_CHIP] * 0.7 + c->gap * 0.5 + w + extra + 1);
}

/* Chip widths are measured when a chip is first placed: a rung of
 * 10,000 stakeholders draws a few dozen chips and "+N". */
static double
chip_width (Ctx    *c,
            GArray *items,
            guint   i)
{
  ChipItem *item = &g_array_index (items, ChipItem, i);

  if (item->width < 0)
    item->width = chip_natural_width (c, item->stakeholder);
  return item->width;
}


/* Fits @text into a chip's text area, two lines at most, words whole
 * (the renderer never splits a word). */
static PangoLayout *
fit_chip_text (Ctx        *c,
               const char *text,
               double      width,
               double      height)
{
  return sam_render_fit_text (c, text, FONT_CHIP, width, height, 2,
                              FIT_SHRINK_LITTLE | FIT_KEEP_WORDS, PANGO_ALIGN_LEFT);
}

static gboolean
fits (PangoLayout *layout)
{
  return layout != NULL && !pango_layout_is_ellipsized (layout);
}

/* The name of a chip as it can be drawn in @width x @height, in *@layout.
 * A name that does not fit whole is shortened word by word, the longest
 * word first, down to three letters and a full stop ("Culture coordinator"
 * becomes "Culture coord.", "Independent artists" "Indep. artists"): the
 * start of every word stays, so two chips whose names start alike
 * ("Cultural centre", "Culture coordinator") still read differently, where
 * an ellipsis after four letters made both "Cult…".  Only when even three
 * letters a word do not fit is the name ellipsized.  Returns the shortened
 * name, or NULL when the name is drawn as it is.  The same for a rung on
 * either side of the ladder: it only knows the width it is given. */
static char *
chip_label (Ctx          *c,
            const char   *name,
            double        width,
            double        height,
            PangoLayout **layout)
{
  g_auto(GStrv) words = NULL;
  guint n_words;

  *layout = fit_chip_text (c, name, width, height);
  if (*layout == NULL || fits (*layout))
    return NULL;

  words = g_strsplit (name, " ", -1);
  n_words = g_strv_length (words);
  for (;;)
    {
      g_autofree char *label = NULL;
      guint longest = 0;
      glong longest_len = 0;
      PangoLayout *shorter;

      /* The longest word not yet at its shortest ("Abc."). */
      for (guint i = 0; i < n_words; i++)
        {
          glong len = g_utf8_strlen (words[i], -1);
          gboolean cut = len > 0 && g_str_has_suffix (words[i], ".");

          if ((cut ? len - 1 : len) > 3 && len > longest_len)
            {
              longest = i;
              longest_len = len;
            }
        }
      if (longest_len == 0)
        return NULL;   /* nothing left to shorten: keep the ellipsized name */

      {
        char *word = words[longest];
        gboolean cut = g_str_has_suffix (word, ".");
        /* The first cut takes two letters: "Theatr." would be no shorter
         * than "Theatre". */
        glong keep = cut ? longest_len - 2 : MAX (3, longest_len - 2);
        char *end = g_utf8_offset_to_pointer (word, keep);

        words[longest] = g_strdup_printf ("%.*s.", (int) (end - word), word);
        g_free (word);
      }

      label = g_strjoinv (" ", words);
      shorter = fit_chip_text (c, label, width, height);
      if (fits (shorter))
        {
          g_clear_object (layout);
          *layout = shorter;
          return g_steal_pointer (&label);
        }
      g_clear_object (&shorter);
    }
}

/* The wanted rung of a chip, drawn from @tx on the line centred at @cy:
 * a triangle pointing at it (rung 4 lies towards the centre: to the left
 * on the consumer side, to the right on the producer side), then its
 * number. */
static void
draw_wanted (Ctx                     *c,
             cairo_rectangle_t        rect,
             double                   tx,
             double                   cy,
             double                   right,
             int                      now,
             int                      wanted,
             SamSide                  side,
             int                      rung)
{
  cairo_t *cr = c->cr;
  char number[8];
  double tw = c->font_px[FONT_CHIP] * 0.55;
  gboolean left = side == SAM_SIDE_CONSUMER ? wanted > now : wanted < now;
  PangoLayout *layout;

  sam_render_set_rgb (cr, &c->pal->chip_text);
  /* On the stakeholders slide the rungs are bands, rung 4 on top: the
   * triangle points up or down. */
  if (c->options->presentation)
    {
      double ty = wanted > now ? cy - tw / 2 : cy + tw / 2;
      cairo_move_to (cr, tx, cy + (wanted > now ? tw / 2 : -tw / 2));
      cairo_line_to (cr, tx + tw, cy + (wanted > now ? tw / 2 : -tw / 2));
      cairo_line_to (cr, tx + tw / 2, ty);
    }
  else if (left)
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
  sam_render_fill (cr);

  g_snprintf (number, sizeof number, "%d", wanted);
  layout = sam_render_fit_text (c, number, FONT_CHIP, right - (tx + tw * 1.2), rect.height, 1, FIT_PLAIN, PANGO_ALIGN_LEFT);
  if (layout)
    {
      double h;
      sam_render_layout_size (layout, NULL, &h);
      sam_render_emit_text (c, layout, tx + tw * 1.2, cy - h / 2, SAM_TEXT_CHIP_WANTED,
                            number, &rect, side, rung, &c->pal->chip_text, &c->pal->chip_bg);
      g_object_unref (layout);
    }
}

/* How much of a name a label shows: its length in characters (@shown is
 * NULL for the whole name). */
static glong
label_length (const char *name,
              const char *shown)
{
  return g_utf8_strlen (shown != NULL ? shown : name, -1);
}

static void
draw_chip (Ctx                     *c,
           const ChipItem          *item,
           cairo_rectangle_t        rect,
           SamSide                  side,
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
  double pad_v = sam_render_chip_pad_v (c);
  /* A chip too narrow for its name on one line is two lines high
   * (flow_add_chip). */
  gboolean two_lines = rect.height > sam_render_pill_height (c, FONT_CHIP) + 0.5;
  double text_h = rect.height - 2 * pad_v + 0.5;
  double line_h = c->line_h[FONT_CHIP] + 0.5;
  /* Where the wanted rung goes beside the name, and the name's width then. */
  double beside_tx = right - c->font_px[FONT_CHIP] * 1.6 + c->gap * 0.2;
  double beside_w = beside_tx - c->gap * 0.3 - x;
  enum { WANTED_NONE, WANTED_BESIDE, WANTED_BELOW } wanted_at = WANTED_NONE;
  gboolean name_on_top = FALSE;   /* the name on the first line, the dot on the second */
  PangoLayout *layout = NULL;
  g_autofree char *shown = NULL;
  SamChipBox chip = { 0 };

  sam_render_rounded_rect (cr, rect.x, rect.y, rect.width, rect.height, rect.height * 0.3);
  sam_render_set_rgb (cr, &c->pal->chip_bg);
  sam_render_fill_preserve (cr);
  if (selected)
    {
      sam_render_set_rgb (cr, &c->pal->focus);
      cairo_set_line_width (cr, c->lw * 3);
    }
  else
    {
      sam_render_set_rgb (cr, &item->colour);
      cairo_set_line_width (cr, c->lw * 1.5);
    }
  sam_render_stroke (cr);

  if (wanted != 0 && wanted != now)
    {
      /* The name says who stands here; the wanted rung is shown where it
       * costs the name nothing or little.  In order:
       *  1. the whole name beside the wanted rung;
       *  2. on a two-line chip, the whole name on the first line, across
       *     the chip's full width, with the colour dot and the wanted rung
       *     on the second: a one-word name ("Basisscholen") fills only one
       *     line of two, and beside the dot and the wanted rung it was cut
       *     to "Basissc.";
       *  3. shortened, beside the wanted rung or above it, whichever shows
       *     more of the name; above it only when that shows no less than
       *     the name alone would;
       *  4. the name alone, where not even three letters a word fit with
       *     the wanted rung (the card still says the wanted role). */
      PangoLayout *beside = NULL, *below = NULL;
      g_autofree char *beside_shown = NULL;
      g_autofree char *below_shown = NULL;
      gboolean beside_fits = FALSE, below_fits = FALSE;

      if (beside_tx > x + c->font_px[FONT_CHIP])
        {
          beside_shown = chip_label (c, name, beside_w, text_h, &beside);
          beside_fits = fits (beside);
        }
      if (two_lines && !(beside_fits && beside_shown == NULL))
        {
          below_shown = chip_label (c, name, right - (rect.x + px), line_h, &below);
          below_fits = fits (below);
        }

      if (beside_fits && beside_shown == NULL)
        wanted_at = WANTED_BESIDE;
      else if (below_fits && below_shown == NULL)
        wanted_at = WANTED_BELOW;
      else
        {
          glong below_len = below_fits ? label_length (name, below_shown) : 0;

          if (below_fits && (!beside_fits || below_len > label_length (name, beside_shown)))
            {
              PangoLayout *alone = NULL;
              g_autofree char *alone_shown = chip_label (c, name, right - x, text_h, &alone);

              if (!fits (alone) || below_len >= label_length (name, alone_shown))
                wanted_at = WANTED_BELOW;
              g_clear_object (&alone);
            }
          if (wanted_at == WANTED_NONE && beside_fits)
            wanted_at = WANTED_BESIDE;
        }

      if (wanted_at == WANTED_BESIDE)
        {
          layout = g_steal_pointer (&beside);
          shown = g_steal_pointer (&beside_shown);
        }
      else if (wanted_at == WANTED_BELOW)
        {
          layout = g_steal_pointer (&below);
          shown = g_steal_pointer (&below_shown);
        }
      g_clear_object (&beside);
      g_clear_object (&below);
    }

  if (wanted_at == WANTED_NONE)
    {
      /* The name alone: beside the dot or, on a two-line chip where that
       * shortens a name that one line of the chip's full width holds
       * better, on the first line with the dot below it. */
      shown = chip_label (c, name, right - x, text_h, &layout);
      if (two_lines && (shown != NULL || !fits (layout)))
        {
          PangoLayout *top = NULL;
          g_autofree char *top_shown = chip_label (c, name, right - (rect.x + px), line_h, &top);

          if (fits (top) && (!fits (layout) || label_length (name, top_shown) > label_length (name, shown)))
            {
              g_clear_object (&layout);
              layout = g_steal_pointer (&top);
              g_free (shown);
              shown = g_steal_pointer (&top_shown);
              name_on_top = TRUE;
            }
          g_clear_object (&top);
        }
    }
  else
    name_on_top = wanted_at == WANTED_BELOW;

  /* The stakeholder's colour: before the name, or on the second line
   * (with the wanted rung, if any). */
  sam_render_set_rgb (cr, &item->colour);
  cairo_arc (cr, rect.x + px + dot / 2,
             name_on_top ? rect.y + pad_v + c->line_h[FONT_CHIP] * 1.5 : rect.y + rect.height / 2,
             dot / 2, 0, 2 * G_PI);
  sam_render_fill (cr);
  if (name_on_top)
    x = rect.x + px;

  if (wanted_at == WANTED_BESIDE)
    draw_wanted (c, rect, beside_tx, rect.y + rect.height / 2, right, now, wanted, side, rung);
  else if (wanted_at == WANTED_BELOW)
    draw_wanted (c, rect, beside_tx, rect.y + pad_v + c->line_h[FONT_CHIP] * 1.5, right, now, wanted, side, rung);

  if (layout)
    {
      double h, y;
      sam_render_layout_size (layout, NULL, &h);
      /* Centred, or on the first line. */
      y = name_on_top ? rect.y + pad_v : rect.y + (rect.height - h) / 2;
      sam_render_emit_text (c, layout, x, y, SAM_TEXT_CHIP_NAME, name,
                 &rect, side, rung, &c->pal->chip_text, &c->pal->chip_bg);
      if (shown != NULL)
        g_array_index (c->geo->texts, SamTextBox, c->geo->texts->len - 1).shown = g_steal_pointer (&shown);
      g_object_unref (layout);
    }

  chip.stakeholder_id = g_strdup (id);
  chip.side = side;
  chip.rung = rung;
  chip.rect = rect;
  g_array_append_val (c->geo->chips, chip);
}

static double
summary_width (Ctx        *c,
               const char *text)
{
  return sam_render_text_width (c, FONT_CHIP, text) + 2 * c->pad * 0.75;
}

static void
draw_summary (Ctx              *c,
              const char       *text,
              int               hidden,
              cairo_rectangle_t rect,
              SamSide           side,
              int               rung)
{
  cairo_t *cr = c->cr;
  PangoLayout *layout;
  SamChipBox chip = { 0 };

  sam_render_rounded_rect (cr, rect.x, rect.y, rect.width, rect.height, rect.height * 0.3);
  sam_render_set_rgb (cr, &c->pal->chip_bg);
  sam_render_fill_preserve (cr);
  sam_render_set_rgb (cr, &c->pal->chip_text);
  cairo_set_line_width (cr, c->lw);
  cairo_set_dash (cr, (double[]) { 3 * c->lw, 2 * c->lw }, 2, 0);
  sam_render_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  layout = sam_render_fit_text (c, text, FONT_CHIP, rect.width - c->pad, rect.height, 1, FIT_PLAIN, PANGO_ALIGN_CENTER);
  if (layout)
    {
      double h;
      sam_render_layout_size (layout, NULL, &h);
      sam_render_emit_text (c, layout, rect.x + c->pad / 2, rect.y + (rect.height - h) / 2, SAM_TEXT_CHIP_SUMMARY,
                 text, &rect, side, rung, &c->pal->chip_text, &c->pal->chip_bg);
      g_object_unref (layout);
    }

  chip.side = side;
  chip.rung = rung;
  chip.hidden = hidden;
  chip.rect = rect;
  g_array_append_val (c->geo->chips, chip);
}

/* Chips and "+N" flow into rows of a given width from (0, 0), one at a
 * time; a name too long for one line gets a chip of the full width and
 * two lines. */
typedef struct {
  double width, sp, h1, h2;
  double x, y, row_h;
  guint  n;               /* placed so far */
} Flow;

static void
flow_init (Ctx    *c,
           Flow   *f,
           double  width)
{
  memset (f, 0, sizeof *f);
  f->width = width;
  f->sp = c->gap * 0.5;
  f->h1 = sam_render_pill_height (c, FONT_CHIP);
  f->h2 = ceil (2 * c->line_h[FONT_CHIP] + 2 * sam_render_chip_pad_v (c));
}

static cairo_rectangle_t
flow_add (Flow   *f,
          double  w,
          double  h)
{
  cairo_rectangle_t r;

  if (f->x > 0 && f->x + w > f->width)
    {
      f->y += f->row_h + f->sp;
      f->x = 0;
      f->row_h = 0;
    }
  r = sam_render_rect (f->x, f->y, w, h);
  f->x += w + f->sp;
  f->row_h = MAX (f->row_h, h);
  f->n++;
  return r;
}

static double
flow_height (const Flow *f)
{
  return f->n > 0 ? f->y + f->row_h : 0;
}

static cairo_rectangle_t
flow_add_chip (Ctx    *c,
               Flow   *f,
               GArray *items,
               guint   i)
{
  double w = chip_width (c, items, i);

  if (w > f->width)
    return flow_add (f, f->width, f->h2);
  return flow_add (f, w, f->h1);
}

static cairo_rectangle_t
flow_add_summary (Ctx  *c,
                  Flow *f,
                  int   hidden)
{
  g_autofree char *label = g_strdup_printf (C_("more stakeholders", "+%d"), hidden);

  return flow_add (f, MIN (summary_width (c, label), f->width), f->h1);
}

/* The height of all chips in rows of @width, or, once that is more than
 * @limit, some height above @limit (the chips after that are not
 * measured). */
double
sam_render_chips_height (Ctx    *c,
                         GArray *items,
                         double  width,
                         double  limit)
{
  Flow f;

  flow_init (c, &f, width);
  for (guint i = 0; i < items->len; i++)
    {
      flow_add_chip (c, &f, items, i);
      if (flow_height (&f) > limit)
        break;
    }
  return flow_height (&f);
}

/* Draws as many chips as fit into @avail_h above @bottom; the rest are
 * summarised as "+N" at the end.  That is the most chips k for which
 * chips [0, k) and a "+N" pill after them (none when k is all of them)
 * fit.  The rows are the same for every k up to chip k, so one pass
 * forward tries the pill after each chip; it stops when the chips alone
 * are too high, as more chips can only be higher. */
void
sam_render_draw_chips (Ctx    *c,
                       GArray *items,
                       double  x0,
                       double  bottom,
                       double  width,
                       double  avail_h,
                       SamSide side,
                       int     rung)
{
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  cairo_rectangle_t summary = { 0 };
  guint n = items->len, shown = 0;
  double h = -1;
  Flow f;

  flow_init (c, &f, width);
  for (guint k = 0; k <= n; k++)
    {
      cairo_rectangle_t r;

      if (k == n)
        {
          if (flow_height (&f) <= avail_h + 0.01)
            {
              shown = k;
              h = flow_height (&f);
            }
          break;
        }
      else
        {
          Flow with_summary = f;

          r = flow_add_summary (c, &with_summary, n - k);
          if (flow_height (&with_summary) <= avail_h + 0.01)
            {
              shown = k;
              h = flow_height (&with_summary);
              summary = r;
            }
        }

      r = flow_add_chip (c, &f, items, k);
      g_array_append_val (rects, r);
      if (flow_height (&f) > avail_h + 0.01)
        break;
    }
  if (h < 0)
    return;

  for (guint i = 0; i < shown; i++)
    {
      cairo_rectangle_t r = g_array_index (rects, cairo_rectangle_t, i);
      r.x += x0;
      r.y += bottom - h;
      draw_chip (c, &g_array_index (items, ChipItem, i), r, side, rung);
    }
  if (shown < n)
    {
      int hidden = n - shown;
      g_autofree char *label = g_strdup_printf (C_("more stakeholders", "+%d"), hidden);
      cairo_rectangle_t r = summary;
      r.x += x0;
      r.y += bottom - h;
      draw_summary (c, label, hidden, r, side, rung);
    }
}

/* The stakeholders of @side standing on @rung now, as ChipItems (a new
 * reference to an array the frame keeps).  All rungs of both sides are
 * collected in one pass over the list on the first call of a frame: a
 * project of 10,000 is then read once per frame, not once per rung. */
static void
collect_all_chips (Ctx *c)
{
  GListModel *list;
  guint n;

  for (int side = 0; side < 2; side++)
    for (int r = 1; r <= SAM_LADDER_N_RUNGS; r++)
      c->chips[side][r] = g_array_new (FALSE, FALSE, sizeof (ChipItem));

  list = sam_project_get_stakeholders (c->project);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
      int now = sam_stakeholder_get_role_now (s);
      SamSide side = sam_stakeholder_get_side (s) == SAM_SIDE_PRODUCER ? SAM_SIDE_PRODUCER : SAM_SIDE_CONSUMER;
      ChipItem item = { 0 };

      if (now < 1 || now > SAM_LADDER_N_RUNGS)
        continue;
      item.stakeholder = s;   /* the list keeps it alive */
      if (!sam_rgb_parse (sam_stakeholder_get_colour (s), &item.colour))
        sam_render_chip_colour (i, &item.colour);
      item.width = -1;   /* measured when placed */

      /* The selected stakeholder goes first, so it is never hidden in "+N". */
      if (g_strcmp0 (c->options->selected_stakeholder, sam_stakeholder_get_id (s)) == 0)
        g_array_prepend_val (c->chips[side][now], item);
      else
        g_array_append_val (c->chips[side][now], item);
    }
}

GArray *
sam_render_collect_chips (Ctx     *c,
                          SamSide  side,
                          int      rung)
{
  g_return_val_if_fail (side == SAM_SIDE_PRODUCER || side == SAM_SIDE_CONSUMER, NULL);
  g_return_val_if_fail (rung >= 1 && rung <= SAM_LADDER_N_RUNGS, NULL);

  if (c->chips[side][rung] == NULL)
    collect_all_chips (c);

  return g_array_ref (c->chips[side][rung]);
}

/* Whether any stakeholder of @side stands on one of its rungs now. */
gboolean
sam_render_side_has_chips (Ctx     *c,
                           SamSide  side)
{
  for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
    {
      g_autoptr(GArray) items = sam_render_collect_chips (c, side, rung);

      if (items->len > 0)
        return TRUE;
    }
  return FALSE;
}

void
sam_render_chips_clear (Ctx *c)
{
  for (int side = 0; side < 2; side++)
    for (int r = 0; r <= SAM_LADDER_N_RUNGS; r++)
      g_clear_pointer (&c->chips[side][r], g_array_unref);
}
