/* bench-startup.c: whole-process time to the first frame, and peak memory
 *
 *   bench-startup RUNS NAME-A 'COMMAND A' NAME-B 'COMMAND B'
 *
 * Runs A and B alternately RUNS times each (so drift in the machine's load
 * hits both alike), every run a fresh process with
 * SAMENSPEL_EXIT_AFTER_FIRST_FRAME in its environment (the programs end
 * right after their first frame; the value comes from the caller, default
 * "1").  Times exec to exit on the monotonic clock and reads the peak
 * resident set size from wait4().  Prints per-program medians and the
 * ratio B / A.  Run it under one Xvfb and one D-Bus session for all runs:
 *
 *   xvfb-run -a dbus-run-session -- bench-startup 20 minimal '…' samenspel '…'
 */

#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct {
  const char  *name;
  char       **argv;
  GArray      *ms;      /* double */
  GArray      *rss_kb;  /* double */
  int          failures;
} Subject;

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_double);
  if (sorted->len % 2 == 1)
    return g_array_index (sorted, double, sorted->len / 2);
  return (g_array_index (sorted, double, sorted->len / 2 - 1) +
          g_array_index (sorted, double, sorted->len / 2)) / 2;
}

static double
minimum (GArray *values)
{
  double m = G_MAXDOUBLE;

  for (guint i = 0; i < values->len; i++)
    m = MIN (m, g_array_index (values, double, i));
  return values->len > 0 ? m : 0;
}

static void
run_once (Subject *s)
{
  struct timespec t0, t1;
  struct rusage usage;
  int status = 0;
  pid_t pid;

  clock_gettime (CLOCK_MONOTONIC, &t0);
  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      execvp (s->argv[0], s->argv);
      fprintf (stderr, "cannot run %s: %s\n", s->argv[0], g_strerror (errno));
      _exit (127);
    }
  if (wait4 (pid, &status, 0, &usage) < 0)
    g_error ("wait4: %s", g_strerror (errno));
  clock_gettime (CLOCK_MONOTONIC, &t1);

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      s->failures++;
      return;
    }

  {
    double ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    double kb = usage.ru_maxrss;

    g_array_append_val (s->ms, ms);
    g_array_append_val (s->rss_kb, kb);
  }
}

int
main (int   argc,
      char *argv[])
{
  Subject subjects[2] = { { 0 } };
  g_autoptr(GError) error = NULL;
  int runs;

  if (argc != 6 || (runs = atoi (argv[1])) <= 0)
    {
      fprintf (stderr, "usage: %s RUNS NAME-A 'COMMAND A' NAME-B 'COMMAND B'\n", argv[0]);
      return 2;
    }
  if (g_getenv ("SAMENSPEL_EXIT_AFTER_FIRST_FRAME") == NULL)
    g_setenv ("SAMENSPEL_EXIT_AFTER_FIRST_FRAME", "1", TRUE);

  for (int i = 0; i < 2; i++)
    {
      subjects[i].name = argv[2 + 2 * i];
      if (!g_shell_parse_argv (argv[3 + 2 * i], NULL, &subjects[i].argv, &error))
        g_error ("%s: %s", subjects[i].name, error->message);
      subjects[i].ms = g_array_new (FALSE, FALSE, sizeof (double));
      subjects[i].rss_kb = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* One warm-up run each: the first exec pays for cold caches. */
  for (int i = 0; i < 2; i++)
    {
      run_once (&subjects[i]);
      g_array_set_size (subjects[i].ms, 0);
      g_array_set_size (subjects[i].rss_kb, 0);
      subjects[i].failures = 0;
    }

  for (int r = 0; r < runs; r++)
    for (int i = 0; i < 2; i++)
      run_once (&subjects[r % 2 == 0 ? i : 1 - i]);

  printf ("%-24s %6s %10s %10s %12s\n", "program", "runs", "median ms", "min ms", "peak RSS MiB");
  for (int i = 0; i < 2; i++)
    printf ("%-24s %6u %10.1f %10.1f %12.1f%s\n", subjects[i].name, subjects[i].ms->len,
            median (subjects[i].ms), minimum (subjects[i].ms), median (subjects[i].rss_kb) / 1024,
            subjects[i].failures > 0 ? "  (some runs failed!)" : "");
  printf ("ratio %s / %s: time %.2f×, peak memory %.2f×\n", subjects[1].name, subjects[0].name,
          median (subjects[1].ms) / median (subjects[0].ms),
          median (subjects[1].rss_kb) / median (subjects[0].rss_kb));

  for (int i = 0; i < 2; i++)
    {
      g_strfreev (subjects[i].argv);
      g_array_unref (subjects[i].ms);
      g_array_unref (subjects[i].rss_kb);
    }
  return subjects[0].failures + subjects[1].failures > 0 ? 1 : 0;
}
