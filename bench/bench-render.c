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

#include <time.h>

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

/* The compare view of the large project (issue 12): 10,000 stakeholders,
 * 50 sessions, the first session compared with now, as the canvas draws
 * it at the sizes of a canvas pane and a full screen, against the plain
 * ladder of the same project and the 60 Hz frame (16.7 ms). */
/* CPU time of this thread: on a machine shared with other jobs, wall time
 * counts the waits for a core too. */
static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
bench_compare (guint rounds)
{
  static const struct { int w, h; } sizes[] = { { 1280, 800 }, { 1920, 1080 }, { 3840, 2160 } };
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);
  g_autofree double *plain = g_new (double, rounds);
  g_autofree double *compare = g_new (double, rounds);
  g_autofree double *plain_cpu = g_new (double, rounds);
  g_autofree double *compare_cpu = g_new (double, rounds);
  g_autoptr(GPtrArray) sessions = NULL;
  GListModel *list = sam_project_get_stakeholders (project);
  g_autofree char *caption = NULL;

  g_object_set (project, "producer-now", 1, "producer-wanted", 4, "consumer-now", 1, "consumer-wanted", 3, NULL);
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Stakeholder %05u", i);
      g_autoptr(SamStakeholder) s = sam_stakeholder_new (name);

      g_object_set (s, "side", i % 4 == 0 ? SAM_SIDE_PRODUCER : SAM_SIDE_CONSUMER,
                    "role-now", 1 + g_rand_int_range (rand, 0, 4), "role-wanted", 4, NULL);
      sam_project_load_stakeholder (project, s);
    }
  for (guint k = 0; k < 50; k++)
    {
      g_autofree char *date = g_strdup_printf ("%04u-%02u-15", 2022 + k / 12, k % 12 + 1);

      /* Between sessions a tenth of the stakeholders move a rung. */
      for (guint i = 0; i < 1000; i++)
        {
          g_autoptr(SamStakeholder) s = g_list_model_get_item (list, g_rand_int_range (rand, 0, 10000));
          g_object_set (s, "role-now", 1 + g_rand_int_range (rand, 0, 4), NULL);
        }
      if (k % 10 == 9)
        g_object_set (project, "producer-now", MIN (4, 1 + (int) k / 10), "consumer-now", MIN (4, 1 + (int) k / 12), NULL);
      sam_project_record_session (project, "Work session", date, NULL, NULL);
    }
  sessions = sam_project_dup_sessions_in_order (project);
  caption = sam_session_compare_caption (sessions->pdata[0], NULL);

  g_print ("\nCompare view: 10,000 stakeholders, 50 sessions, the first session against now, %u rounds\n", rounds);
  g_print ("%-10s %12s %12s %6s %12s %12s %12s %6s   %s\n", "size", "plain med", "compare med", "ratio",
           "compare max", "plain CPU", "compare CPU", "ratio", "60 Hz frame (16.7 ms), CPU median");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[i].w, sizes[i].h);
      SamRenderOptions options, with;
      double p, c, pc, cc, c_max = 0;

      sam_render_options_init (&options, SAM_RENDER_STYLE_LIGHT);
      options.min_scale = 0.75;   /* as the canvas */
      with = options;
      with.compare_from = sam_session_get_snapshot (sessions->pdata[0]);
      with.compare_caption = caption;
      for (guint warm = 0; warm < 2; warm++)
        {
          cairo_t *cr = cairo_create (surface);
          sam_ladder_geometry_free (sam_ladder_render (cr, project, sizes[i].w, sizes[i].h, warm ? &with : &options));
          cairo_destroy (cr);
        }
      for (guint round = 0; round < rounds; round++)
        {
          cairo_t *cr = cairo_create (surface);
          gint64 t0, t1, t2, u0, u1, u2;

          t0 = g_get_monotonic_time ();
          u0 = thread_cpu_usec ();
          sam_ladder_geometry_free (sam_ladder_render (cr, project, sizes[i].w, sizes[i].h, &options));
          cairo_surface_flush (surface);
          t1 = g_get_monotonic_time ();
          u1 = thread_cpu_usec ();
          sam_ladder_geometry_free (sam_ladder_render (cr, project, sizes[i].w, sizes[i].h, &with));
          cairo_surface_flush (surface);
          t2 = g_get_monotonic_time ();
          u2 = thread_cpu_usec ();
          cairo_destroy (cr);
          plain[round] = (t1 - t0) / 1000.0;
          compare[round] = (t2 - t1) / 1000.0;
          plain_cpu[round] = (u1 - u0) / 1000.0;
          compare_cpu[round] = (u2 - u1) / 1000.0;
          c_max = MAX (c_max, compare[round]);
        }
      p = median (plain, rounds);
      c = median (compare, rounds);
      pc = median (plain_cpu, rounds);
      cc = median (compare_cpu, rounds);
      g_print ("%4dx%-5d %9.2f ms %9.2f ms %6.2f %9.2f ms %9.2f ms %9.2f ms %6.2f   %s\n", sizes[i].w, sizes[i].h,
               p, c, c / p, c_max, pc, cc, cc / pc, cc <= 1000.0 / 60 ? "inside" : "OUTSIDE");
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* The first row is the canvas beside the editors on a 1366x768 laptop,
   * with the canvas's own type floor: its chips are too narrow for most
   * names, so it measures the chips' fitting (shortening, two lines). */
  static const struct { int w, h; double min_scale; } sizes[] = {
    { 806, 718, 0.75 }, { 1920, 1080, 0 }, { 3840, 2160, 0 },
  };
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
        options.min_scale = sizes[i].min_scale;

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

  bench_compare (rounds);
  return 0;
}
