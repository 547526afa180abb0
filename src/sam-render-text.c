/* sam-render-text.c: fitting text into the ladder's boxes, through pango
 *
 * Text is laid out before anything is drawn and only drawn where it fits.
 * Fitted layouts are cached per thread across frames (see TextCache).
 */

#define G_LOG_DOMAIN "samenspel-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sam-render-private.h"

/* Size in px at u = 1, minimum size in px, bold, and how much of the
 * style's font_scale applies: the projector enlarges the reading text in
 * full but chips, pills and the legend less, so a crowded rung still
 * names its stakeholders instead of summarising them as "+N". */
static const struct { double size, min; gboolean bold; double scale_share; } font_specs[N_FONTS] = {
  [FONT_SIDE_TITLE]  = { 20.0, 10.0, TRUE, 1.0 },
  [FONT_HEADER_NOTE] = { 14.0, 8.0, FALSE, 1.0 },
  [FONT_AXIS]        = { 16.0, 9.0, TRUE, 1.0 },
  [FONT_RUNG_TITLE]  = { 17.0, 9.0, TRUE, 1.0 },
  [FONT_SUMMARY]     = { 13.5, 8.0, FALSE, 1.0 },
  [FONT_DESCRIPTION] = { 12.5, 8.0, FALSE, 1.0 },
  [FONT_MARKER]      = { 12.5, 8.0, TRUE, 0.5 },
  [FONT_CHIP]        = { 12.5, 8.0, FALSE, 0.4 },
  [FONT_LEGEND]      = { 12.5, 8.0, FALSE, 0.6 },
};

void
sam_render_layout_size (PangoLayout *layout,
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

/* Shaping text is a third of a frame, and the canvas redraws the same
 * texts at the same sizes on every hover.  So each thread keeps one
 * PangoContext across frames and the layouts sam_render_fit_text() settled on, keyed
 * by everything that decides them.  Pango itself relays out a cached
 * layout if the context changes (another matrix or surface). */
typedef struct {
  PangoContext         *context;
  GHashTable           *layouts;   /* key -> PangoLayout, or the context itself for "does not fit" */
  GHashTable           *widths;    /* key -> natural width in pango units (sam_render_text_width) */
  GHashTable           *line_heights; /* key -> height of a line in pango units
                                    * (sam_render_update_line_height) */
  GHashTable           *memo;      /* key -> an int (sam_render_memo_lookup) */
  gboolean              updated;   /* matrix and surface_options below are valid */
  cairo_matrix_t        matrix;
  cairo_font_options_t *surface_options;
} TextCache;

#define TEXT_CACHE_MAX 4096
/* Chip names and "+N" labels: a crowded canvas draws a few hundred of
 * them, and the widths of a 10,000-name presentation slide just take
 * turns. */
#define WIDTH_CACHE_MAX 8192

static void
text_cache_free (gpointer data)
{
  TextCache *cache = data;

  g_hash_table_unref (cache->layouts);
  g_hash_table_unref (cache->widths);
  g_hash_table_unref (cache->line_heights);
  g_hash_table_unref (cache->memo);
  g_object_unref (cache->context);
  cairo_font_options_destroy (cache->surface_options);
  g_free (cache);
}

static GPrivate text_cache_key = G_PRIVATE_INIT (text_cache_free);

static TextCache *
text_cache_get (void)
{
  TextCache *cache = g_private_get (&text_cache_key);

  if (cache == NULL)
    {
      cairo_font_options_t *fo;

      cache = g_new0 (TextCache, 1);
      cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      /* No hinting of metrics: the layout is then the same on image, SVG
       * and PDF surfaces and at every scale, which keeps reference images
       * and geometry tests deterministic. */
      fo = cairo_font_options_create ();
      cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
      cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
      pango_cairo_context_set_font_options (cache->context, fo);
      cairo_font_options_destroy (fo);
      pango_context_set_round_glyph_positions (cache->context, FALSE);
      cache->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      cache->widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      cache->line_heights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      cache->memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      cache->surface_options = cairo_font_options_create ();
      g_private_set (&text_cache_key, cache);
    }
  return cache;
}

/* Sets c->line_h[@font], the height of one line of @font at its current
 * size, measured on a real layout (cheaper than
 * pango_context_get_metrics(), which shapes a sample paragraph).  Kept
 * across frames: shaping a layout for each of the nine fonts on every
 * frame was 4 % of a 4K frame. */
void
sam_render_update_line_height (Ctx      *c,
                               FontRole  font)
{
  TextCache *cache = text_cache_get ();
  g_autofree char *key = NULL;
  gpointer found;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  key = g_strdup_printf ("%s|%d|%d", c->cache_prefix, pango_font_description_get_weight (c->fonts[font]),
                         pango_font_description_get_size (c->fonts[font]));
  if (!g_hash_table_lookup_extended (cache->line_heights, key, NULL, &found))
    {
      layout = pango_layout_new (c->pango);
      pango_layout_set_font_description (layout, c->fonts[font]);
      pango_layout_set_text (layout, "Ag", -1);
      pango_layout_get_extents (layout, NULL, &logical);
      found = GINT_TO_POINTER (logical.height);
      if (g_hash_table_size (cache->line_heights) >= WIDTH_CACHE_MAX)
        g_hash_table_remove_all (cache->line_heights);
      g_hash_table_insert (cache->line_heights, g_steal_pointer (&key), found);
    }
  c->line_h[font] = (double) GPOINTER_TO_INT (found) / PANGO_SCALE;
}

void
sam_render_text_init (Ctx *c)
{
  const char *family = c->options->font_family ? c->options->font_family : "DejaVu Sans";
  TextCache *cache = text_cache_get ();
  cairo_font_options_t *surface_options = cairo_font_options_create ();
  cairo_matrix_t m;

  c->pango = g_object_ref (cache->context);
  cairo_get_matrix (c->cr, &m);
  cairo_surface_get_font_options (cairo_get_target (c->cr), surface_options);
  /* pango_cairo_update_context() always marks the context changed, which
   * makes every cached layout shape again: only call it when the matrix
   * or the surface's font options really differ from the last frame. */
  if (!cache->updated || memcmp (&m, &cache->matrix, sizeof m) != 0
      || !cairo_font_options_equal (surface_options, cache->surface_options))
    {
      pango_cairo_update_context (c->cr, c->pango);
      cache->matrix = m;
      cairo_font_options_merge (cache->surface_options, surface_options);
      cache->updated = TRUE;
    }
  c->layouts = cache->layouts;
  if (g_hash_table_size (c->layouts) > TEXT_CACHE_MAX)
    g_hash_table_remove_all (c->layouts);
  c->widths = cache->widths;
  c->cache_prefix = g_strdup_printf ("%s|%g,%g,%g,%g|%lu", family, m.xx, m.yx, m.xy, m.yy,
                                     cairo_font_options_hash (surface_options));
  cairo_font_options_destroy (surface_options);

  for (guint i = 0; i < N_FONTS; i++)
    {
      double scale = 1 + (c->pal->font_scale - 1) * font_specs[i].scale_share;

      c->font_px[i] = MAX (font_specs[i].min, font_specs[i].size * c->u * scale);
      c->fonts[i] = pango_font_description_new ();
      pango_font_description_set_family (c->fonts[i], family);
      pango_font_description_set_weight (c->fonts[i], font_specs[i].bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_font_description_set_absolute_size (c->fonts[i], c->font_px[i] * PANGO_SCALE);
      sam_render_update_line_height (c, i);
    }
}

/* A decision about text kept across frames, like the layouts: @key (the
 * frame's cache prefix is added) must name everything it depends on. */
gboolean
sam_render_memo_lookup (Ctx        *c,
                        const char *key,
                        int        *value)
{
  g_autofree char *full = g_strconcat (c->cache_prefix, "|", key, NULL);
  gpointer found;

  if (!g_hash_table_lookup_extended (text_cache_get ()->memo, full, NULL, &found))
    return FALSE;
  *value = GPOINTER_TO_INT (found);
  return TRUE;
}

void
sam_render_memo_store (Ctx        *c,
                       const char *key,
                       int         value)
{
  GHashTable *memo = text_cache_get ()->memo;

  if (g_hash_table_size (memo) >= WIDTH_CACHE_MAX)
    g_hash_table_remove_all (memo);
  g_hash_table_insert (memo, g_strconcat (c->cache_prefix, "|", key, NULL), GINT_TO_POINTER (value));
}

void
sam_render_text_clear (Ctx *c)
{
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&c->fonts[i], pango_font_description_free);
  g_clear_object (&c->pango);
  g_clear_pointer (&c->cache_prefix, g_free);
}

/* Lays out @text to fit @width x @max_h in at most @max_lines lines.
 * Whole words are tried first (shrinking the font a little when
 * @may_shrink, so long Dutch compounds need not break mid-word); then
 * words may break and the last line is ellipsized.  Returns NULL when not
 * even one line fits. */
static PangoLayout *
fit_text_uncached (Ctx        *c,
          const char *text,
          FontRole    font,
          double      width,
          double      max_h,
          int         max_lines,
          FitFlags    flags,
          PangoAlignment align)
{
  static const double shrink[] = { 1.0, 0.9, 0.8 };
  PangoLayout *layout;
  PangoFontDescription *desc;
  double w, h;
  guint n_tries;

  /* On a slide a text keeps its size and stays whole, or is left out. */
  if (flags & FIT_STRICT)
    flags &= ~(FIT_SHRINK | FIT_SHRINK_LITTLE);
  n_tries = flags & FIT_SHRINK ? G_N_ELEMENTS (shrink) : flags & FIT_SHRINK_LITTLE ? 2 : 1;

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
      sam_render_layout_size (layout, &w, &h);
      if (w <= width + 0.01 && h <= max_h && pango_layout_get_line_count (layout) <= max_lines)
        {
          pango_font_description_free (desc);
          return layout;
        }
    }

  /* A text that must be whole (descriptions, slides) or nothing. */
  if (max_lines >= FIT_WHOLE || (flags & FIT_STRICT))
    {
      pango_font_description_free (desc);
      g_object_unref (layout);
      return NULL;
    }

  /* Break words and ellipsize, at the smallest size tried.  Start from
   * the number of lines the height allows, not from @max_lines: each try
   * is a full layout. */
  /* Never inside a word, whatever the flags: a split word ("Integrat-or")
   * reads as two; an ellipsis at least says that something is missing. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  flags |= FIT_KEEP_WORDS;
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_font_description_free (desc);

  max_lines = MIN (max_lines, (int) (max_h / (c->line_h[font] * shrink[n_tries - 1])) + 1);
  for (int lines = max_lines; lines >= 1; lines--)
    {
      /* With whole-word wrapping, pango ellipsizes a word wider than the
       * line only in a height-0 (single line) layout. */
      pango_layout_set_height (layout, lines == 1 && (flags & FIT_KEEP_WORDS) ? 0 : -lines);
      sam_render_layout_size (layout, &w, &h);
      if (h <= max_h && w <= width + 0.01)
        return layout;
    }

  g_object_unref (layout);
  return NULL;
}

PangoLayout *
sam_render_fit_text (Ctx            *c,
                     const char     *text,
                     FontRole        font,
                     double          width,
                     double          max_h,
                     int             max_lines,
                     FitFlags        flags,
                     PangoAlignment  align)
{
  g_autofree char *key = NULL;
  gpointer found;
  PangoLayout *layout;

  if (text == NULL || *text == '\0')
    return NULL;
  if (c->strict)
    flags |= FIT_STRICT;

  key = g_strdup_printf ("%s|%d|%.3f|%.3f|%.3f|%d|%d|%d|%s", c->cache_prefix, font, c->font_px[font],
                         width, max_h, max_lines, flags, align, text);
  if (g_hash_table_lookup_extended (c->layouts, key, NULL, &found))
    return PANGO_IS_LAYOUT (found) ? g_object_ref (found) : NULL;

  layout = fit_text_uncached (c, text, font, width, max_h, max_lines, flags, align);
  g_hash_table_insert (c->layouts, g_steal_pointer (&key),
                       layout ? g_object_ref (G_OBJECT (layout)) : g_object_ref (G_OBJECT (c->pango)));
  return layout;
}

/* The natural width of @text on one line in @font at its current size,
 * as a fresh layout would measure it.  Cached across frames like the
 * fitted layouts (the canvas redraws on every hover), keyed by the text
 * and the exact font size, so chips cost their names' shaping once. */
double
sam_render_text_width (Ctx        *c,
                       FontRole    font,
                       const char *text)
{
  g_autofree char *key = NULL;
  gpointer found;
  PangoRectangle logical;
  PangoLayout *layout;

  key = g_strdup_printf ("%s|%d|%d|%s", c->cache_prefix, font,
                         pango_font_description_get_size (c->fonts[font]), text);
  if (g_hash_table_lookup_extended (c->widths, key, NULL, &found))
    return (double) GPOINTER_TO_INT (found) / PANGO_SCALE;

  layout = pango_layout_new (c->pango);
  pango_layout_set_font_description (layout, c->fonts[font]);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  g_object_unref (layout);

  if (g_hash_table_size (c->widths) >= WIDTH_CACHE_MAX)
    g_hash_table_remove_all (c->widths);
  g_hash_table_insert (c->widths, g_steal_pointer (&key), GINT_TO_POINTER (logical.width));
  return (double) logical.width / PANGO_SCALE;
}

/* Sets the size of @font for what is laid out from now on (slides pick
 * their sizes per step).  Whole pango units, so the size recorded with
 * each text is never a hair under the one asked for. */
void
sam_render_set_font_px (Ctx      *c,
                        FontRole  font,
                        double    px)
{
  px = ceil (px * PANGO_SCALE) / PANGO_SCALE;
  if (c->font_px[font] == px)
    return;
  c->font_px[font] = px;
  pango_font_description_set_absolute_size (c->fonts[font], px * PANGO_SCALE);
  sam_render_update_line_height (c, font);
}

/* TRUE when a line of @layout starts where the line-breaking rules allow
 * no break: a word split by character wrapping ("Integrat-or").  A break
 * after a space or a soft hyphen is a proper one. */
static gboolean
layout_breaks_word (PangoLayout *layout)
{
  const PangoLogAttr *attrs;
  const char *text;
  int n_attrs;
  GSList *lines;

  if (pango_layout_get_line_count (layout) < 2)
    return FALSE;
  text = pango_layout_get_text (layout);
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  lines = pango_layout_get_lines_readonly (layout);
  for (GSList *l = lines != NULL ? lines->next : NULL; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      glong offset = g_utf8_pointer_to_offset (text, text + line->start_index);

      if (offset > 0 && offset < n_attrs && !attrs[offset].is_line_break)
        return TRUE;
    }
  return FALSE;
}

/* Draws @layout with its top left at (@x, @y) and records it. */
void
sam_render_emit_text (Ctx                     *c,
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
  sam_render_set_rgb (c->cr, fg);
  cairo_move_to (c->cr, x, y);
  pango_cairo_show_layout (c->cr, layout);

  box.kind = kind;
  box.text = g_strdup (text);
  box.rect = sam_render_rect (x + (double) logical.x / PANGO_SCALE, y + (double) logical.y / PANGO_SCALE,
                        (double) logical.width / PANGO_SCALE, (double) logical.height / PANGO_SCALE);
  box.container = *container;
  box.side = side;
  box.rung = rung;
  box.fg = *fg;
  box.bg = *bg;
  box.ellipsized = pango_layout_is_ellipsized (layout);
  box.broken_word = layout_breaks_word (layout);
  /* Added for presentation mode: the size the text really got (fitting
   * may have shrunk it), so the projector's text-size rule can be checked
   * from the geometry alone. */
  {
    const PangoFontDescription *desc = pango_layout_get_font_description (layout);

    box.font_px = desc != NULL ? (double) pango_font_description_get_size (desc) / PANGO_SCALE : 0;
  }
  g_array_append_val (c->geo->texts, box);
}

