/* sam-render-shapes.c: small anti-aliased shapes, rasterised once
 *
 * A frame of the ladder fills and strokes about a hundred small curved
 * shapes: chip and pill outlines, rung corners and caps, number rings,
 * dots, arrow heads.  cairo's anti-aliasing rasteriser costs some 5,000
 * instructions per pixel row of such a shape, which made these shapes a
 * third of a 4K frame's instructions, while the same shapes come back at
 * the same places on every frame.  So on image surfaces a shape's coverage
 * (how much of every pixel the shape covers) is kept per thread as an A8
 * mask, keyed by the shape's outline relative to the pixel grid, and
 * later frames blend the colour through that mask.
 *
 * The coverage in the mask is cairo's own: cairo rasterises the same
 * outline at the same sub-pixel position.  Only the blending rounds
 * differently (pixman's OVER through a mask against cairo's span
 * renderer), so a few edge pixels of a frame differ by one level of 255;
 * tests/test-render.c holds the cached drawing to that against cairo's.
 *
 * Elsewhere (PDF, SVG, recording surfaces, which are replayed at a scale
 * not known yet; rotated or dashed drawing, translucent colours) these
 * are plain cairo_fill() and cairo_stroke().
 */

#define G_LOG_DOMAIN "samenspel-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sam-render-private.h"

/* A cached shape: its coverage, placed relative to the whole pixel at or
 * before the outline's top left corner. */
typedef struct {
  gboolean         rasterised;  /* FALSE: seen once, drawn by cairo */
  cairo_surface_t *mask;        /* CAIRO_FORMAT_A8, NULL when the shape covers nothing */
  int              dx, dy;
} Shape;

typedef struct {
  GHashTable *shapes;      /* GBytes (the outline) -> Shape */
  gsize       bytes;       /* mask memory held */
  guint       hits;        /* for tests */
} ShapeCache;

/* Enough for every shape of a few hundred chips, at 4K. */
#define SHAPE_CACHE_MAX_BYTES (24 * 1024 * 1024)
#define SHAPE_CACHE_MAX_SHAPES 4096
/* Bigger shapes are drawn directly: the rasteriser's cost is in their
 * edges, while a mask costs memory and a pass over every pixel. */
#define SHAPE_MAX_PIXELS (1024 * 1024)

static void
shape_free (gpointer data)
{
  Shape *shape = data;

  g_clear_pointer (&shape->mask, cairo_surface_destroy);
  g_free (shape);
}

static void
shape_cache_free (gpointer data)
{
  ShapeCache *cache = data;

  g_hash_table_unref (cache->shapes);
  g_free (cache);
}

static GPrivate shape_cache_key = G_PRIVATE_INIT (shape_cache_free);

static ShapeCache *
shape_cache_get (void)
{
  ShapeCache *cache = g_private_get (&shape_cache_key);

  if (cache == NULL)
    {
      cache = g_new0 (ShapeCache, 1);
      cache->shapes = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                             (GDestroyNotify) g_bytes_unref, shape_free);
      g_private_set (&shape_cache_key, cache);
    }
  return cache;
}

/* Whether the current drawing of @cr can go through a cached mask with
 * the very same result (see the top of the file). */
static gboolean
can_cache (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_pattern_t *source = cairo_get_source (cr);
  double sx, sy, ox, oy, alpha;
  cairo_matrix_t m;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &ox, &oy);
  if (sx != 1 || sy != 1 || ox != floor (ox) || oy != floor (oy))
    return FALSE;
  cairo_get_matrix (cr, &m);
  if (m.xy != 0 || m.yx != 0)
    return FALSE;
  if (cairo_get_operator (cr) != CAIRO_OPERATOR_OVER || cairo_get_antialias (cr) != CAIRO_ANTIALIAS_DEFAULT
      || cairo_get_dash_count (cr) != 0)
    return FALSE;
  if (cairo_pattern_get_type (source) != CAIRO_PATTERN_TYPE_SOLID
      || cairo_pattern_get_rgba (source, NULL, NULL, NULL, &alpha) != CAIRO_STATUS_SUCCESS || alpha != 1)
    return FALSE;
  return TRUE;
}

/* The outline of the current path in device space, relative to the whole
 * pixel (@x0, @y0) at or before its top left control point, together with
 * everything else that decides the coverage: that is the cache key.
 * Moving a shape by whole pixels gives the same key. */
static GBytes *
outline_key (cairo_t  *cr,
             gboolean  stroke,
             int      *x0,
             int      *y0,
             double   *width,
             double   *height)
{
  cairo_path_t *path = cairo_copy_path (cr);
  GByteArray *key;
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  struct {
    guint8 stroke;
    guint8 fill_rule, cap, join;
    double width, miter, tolerance, sx, sy;
  } style;
  cairo_matrix_t m;

  /* Padding included: the struct's bytes are part of the key. */
  memset (&style, 0, sizeof style);

  if (path->status != CAIRO_STATUS_SUCCESS || path->num_data == 0)
    {
      cairo_path_destroy (path);
      return NULL;
    }

  /* Points to device space (the matrix only scales and translates). */
  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    for (int j = 1; j < path->data[i].header.length; j++)
      {
        cairo_path_data_t *p = &path->data[i + j];

        cairo_user_to_device (cr, &p->point.x, &p->point.y);
        min_x = MIN (min_x, p->point.x);
        min_y = MIN (min_y, p->point.y);
        max_x = MAX (max_x, p->point.x);
        max_y = MAX (max_y, p->point.y);
      }
  /* No points, or coordinates no picture has (NaN, far off the surface):
   * left to cairo. */
  if (!(min_x <= max_x && min_y <= max_y && fabs (min_x) < 1e6 && fabs (max_x) < 1e6
        && fabs (min_y) < 1e6 && fabs (max_y) < 1e6))
    {
      cairo_path_destroy (path);
      return NULL;
    }
  *x0 = (int) floor (min_x);
  *y0 = (int) floor (min_y);
  *width = max_x - *x0;
  *height = max_y - *y0;

  cairo_get_matrix (cr, &m);
  style.stroke = stroke;
  style.fill_rule = cairo_get_fill_rule (cr);
  style.tolerance = cairo_get_tolerance (cr);
  style.sx = m.xx;
  style.sy = m.yy;
  if (stroke)
    {
      style.cap = cairo_get_line_cap (cr);
      style.join = cairo_get_line_join (cr);
      style.width = cairo_get_line_width (cr);
      style.miter = cairo_get_miter_limit (cr);
    }

  key = g_byte_array_sized_new (sizeof style + path->num_data * sizeof (cairo_path_data_t));
  g_byte_array_append (key, (const guint8 *) &style, sizeof style);
  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      guint8 type = path->data[i].header.type;

      g_byte_array_append (key, &type, 1);
      for (int j = 1; j < path->data[i].header.length; j++)
        {
          /* Exact: subtracting a whole number from a double of this size
           * loses nothing. */
          double xy[2] = { path->data[i + j].point.x - *x0, path->data[i + j].point.y - *y0 };

          g_byte_array_append (key, (const guint8 *) xy, sizeof xy);
        }
    }
  cairo_path_destroy (path);
  return g_byte_array_free_to_bytes (key);
}

/* Rasterises the current path of @cr as cairo would on its target, into a
 * mask just big enough for what it covers. */
static void
shape_rasterise (Shape   *shape,
                 cairo_t *cr,
                 gboolean stroke,
                 int      x0,
                 int      y0,
                 double   width,
                 double   height)
{
  /* Room for what a stroke adds around the outline (a mitred corner
   * reaches miter limit / 2 line widths out); trimmed below. */
  int margin = 2;
  cairo_surface_t *scratch;
  cairo_path_t *path;
  cairo_matrix_t m;
  cairo_t *mc;
  int size_x, size_y, stride, min_x, min_y, max_x = -1, max_y = -1;
  unsigned char *data;

  cairo_get_matrix (cr, &m);
  if (stroke)
    margin += (int) ceil (cairo_get_line_width (cr) * MAX (fabs (m.xx), fabs (m.yy))
                          * (cairo_get_line_join (cr) == CAIRO_LINE_JOIN_MITER ? MAX (cairo_get_miter_limit (cr), 1) : 1) / 2
                          + (cairo_get_line_cap (cr) == CAIRO_LINE_CAP_BUTT ? 0 : cairo_get_line_width (cr)));
  size_x = (int) ceil (width) + 2 * margin + 1;
  size_y = (int) ceil (height) + 2 * margin + 1;
  scratch = cairo_image_surface_create (CAIRO_FORMAT_A8, size_x, size_y);

  /* The same path, moved by whole pixels so (x0, y0) - margin is the
   * mask's corner, with the same scale and drawing state. */
  path = cairo_copy_path (cr);
  mc = cairo_create (scratch);
  m.x0 += margin - x0;
  m.y0 += margin - y0;
  cairo_set_matrix (mc, &m);
  cairo_append_path (mc, path);
  cairo_path_destroy (path);
  cairo_set_fill_rule (mc, cairo_get_fill_rule (cr));
  cairo_set_tolerance (mc, cairo_get_tolerance (cr));
  if (stroke)
    {
      cairo_set_line_width (mc, cairo_get_line_width (cr));
      cairo_set_line_cap (mc, cairo_get_line_cap (cr));
      cairo_set_line_join (mc, cairo_get_line_join (cr));
      cairo_set_miter_limit (mc, cairo_get_miter_limit (cr));
      cairo_stroke (mc);
    }
  else
    cairo_fill (mc);
  cairo_destroy (mc);
  cairo_surface_flush (scratch);

  /* Trim to the pixels covered. */
  data = cairo_image_surface_get_data (scratch);
  stride = cairo_image_surface_get_stride (scratch);
  min_x = size_x;
  min_y = size_y;
  for (int y = 0; y < size_y; y++)
    for (int x = 0; x < size_x; x++)
      if (data[y * stride + x] != 0)
        {
          min_x = MIN (min_x, x);
          max_x = MAX (max_x, x);
          min_y = MIN (min_y, y);
          max_y = y;
        }
  if (max_x >= 0)
    {
      int w = max_x - min_x + 1, h = max_y - min_y + 1;
      cairo_t *copy;

      shape->mask = cairo_image_surface_create (CAIRO_FORMAT_A8, w, h);
      copy = cairo_create (shape->mask);
      cairo_set_operator (copy, CAIRO_OPERATOR_SOURCE);
      cairo_set_source_surface (copy, scratch, -min_x, -min_y);
      cairo_paint (copy);
      cairo_destroy (copy);
      shape->dx = min_x - margin;
      shape->dy = min_y - margin;
    }
  cairo_surface_destroy (scratch);
  shape->rasterised = TRUE;
}

static void
draw_directly (cairo_t  *cr,
               gboolean  stroke)
{
  if (stroke)
    cairo_stroke_preserve (cr);
  else
    cairo_fill_preserve (cr);
}

static void
draw_shape (cairo_t  *cr,
            gboolean  stroke)
{
  ShapeCache *cache;
  g_autoptr(GBytes) key = NULL;
  Shape *shape;
  double width, height;
  int x0, y0;

  if (!can_cache (cr) || (key = outline_key (cr, stroke, &x0, &y0, &width, &height)) == NULL
      || width * height > SHAPE_MAX_PIXELS)
    {
      draw_directly (cr, stroke);
      return;
    }

  cache = shape_cache_get ();
  if (cache->bytes > SHAPE_CACHE_MAX_BYTES || g_hash_table_size (cache->shapes) >= SHAPE_CACHE_MAX_SHAPES)
    {
      g_hash_table_remove_all (cache->shapes);
      cache->bytes = 0;
    }
  shape = g_hash_table_lookup (cache->shapes, key);
  if (shape == NULL)
    {
      /* Seen for the first time: drawn as usual.  Only a shape drawn
       * again (on the next frame, or the same corner on another rung) is
       * worth a mask, so a one-off export costs no more than before. */
      g_hash_table_insert (cache->shapes, g_bytes_ref (key), g_new0 (Shape, 1));
      draw_directly (cr, stroke);
      return;
    }
  if (!shape->rasterised)
    {
      shape_rasterise (shape, cr, stroke, x0, y0, width, height);
      if (shape->mask != NULL)
        cache->bytes += (gsize) cairo_image_surface_get_stride (shape->mask) * cairo_image_surface_get_height (shape->mask);
    }
  else
    cache->hits++;
  if (shape->mask == NULL)
    return;

  /* In device space, where the mask's pixels are the target's. */
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_mask_surface (cr, shape->mask, x0 + shape->dx, y0 + shape->dy);
  cairo_restore (cr);
}

/* cairo_fill() and friends, for shapes drawn again and again (see above). */
void
sam_render_fill (cairo_t *cr)
{
  draw_shape (cr, FALSE);
  cairo_new_path (cr);
}

void
sam_render_fill_preserve (cairo_t *cr)
{
  draw_shape (cr, FALSE);
}

void
sam_render_stroke (cairo_t *cr)
{
  draw_shape (cr, TRUE);
  cairo_new_path (cr);
}

guint
sam_render_shape_cache_hits (void)
{
  return shape_cache_get ()->hits;
}
