/* bench-render.c: how long one ladder frame takes, beside a plain
 * full-surface paint of the same size measured in the same run
 *
 * Usage: bench-render [ROUNDS]   (default 40)
 * Prints the median per size and style, and the ratio render / paint;
 * also the fastest round of each, which a busy shared machine disturbs
 * least, and the first frame at that size and style, before anything of
 * it is cached (text layouts, shape masks; the fonts of the first row
 * are loaded in it too).
 */

#include "config.h"

#include <stdlib.h>

#include "sam-ladder-render.h"
#include "../tests/ladder-fixtures.h"

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof *v, compare_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int
main (int   argc,
      char *argv[])
{
  static const struct { int w, h; } sizes[] = { { 1920, 1080 }, { 3840, 2160 } };
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 40;
  g_autoptr(SamProject) project = fixture_culture_foundation ();
  g_autofree double *paint = g_new (double, MAX (rounds, 1));
  g_autofree double *render = g_new (double, MAX (rounds, 1));

  if (rounds < 3)
    rounds = 3;

  g_print ("Ladder rendering, %u rounds, example project (11 stakeholders, all marks set)\n", rounds);
  g_print ("%-10s %-10s %12s %12s %7s   %10s %10s %7s   %8s\n", "size", "style", "paint med", "render med",
           "ratio", "paint min", "render min", "ratio", "first");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (guint style = 0; style < SAM_RENDER_N_STYLES; style++)
      {
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[i].w, sizes[i].h);
        SamRenderOptions options;
        double p, r, p_min, r_min, first;

        sam_render_options_init (&options, style);

        /* Warm up fonts and caches once, as the canvas would be. */
        {
          cairo_t *cr = cairo_create (surface);
          gint64 t0 = g_get_monotonic_time ();

          sam_ladder_geometry_free (sam_ladder_render (cr, project, sizes[i].w, sizes[i].h, &options));
          cairo_surface_flush (surface);
          first = (g_get_monotonic_time () - t0) / 1000.0;
          cairo_destroy (cr);
        }

        /* Interleaved, so both see the same machine load. */
        for (guint round = 0; round < rounds; round++)
          {
            cairo_t *cr = cairo_create (surface);
            gint64 t0, t1, t2;

            t0 = g_get_monotonic_time ();
            cairo_set_source_rgb (cr, 1, 1, 1);
            cairo_paint (cr);
            cairo_surface_flush (surface);
            t1 = g_get_monotonic_time ();
            sam_ladder_geometry_free (sam_ladder_render (cr, project, sizes[i].w, sizes[i].h, &options));
            cairo_surface_flush (surface);
            t2 = g_get_monotonic_time ();
            cairo_destroy (cr);

            paint[round] = (t1 - t0) / 1000.0;
            render[round] = (t2 - t1) / 1000.0;
          }

        p = median (paint, rounds);   /* sorts */
        r = median (render, rounds);
        p_min = paint[0];
        r_min = render[0];
        g_print ("%4dx%-5d %-10s %12.2f %12.2f %7.1f   %10.2f %10.2f %7.1f   %8.2f\n", sizes[i].w, sizes[i].h,
                 sam_render_style_to_string (style), p, r, r / p, p_min, r_min, r_min / p_min, first);
        cairo_surface_destroy (surface);
      }

  return 0;
}
