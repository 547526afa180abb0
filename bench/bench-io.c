/* bench-io.c: project file loading and saving against json-glib's bare
 * parse and generate of the same bytes, in the same run.
 *
 *   bench-io [--runs=N] [--items=N] [--sessions=N] [--write=FILE]
 *
 * --write=FILE only writes the generated project file, to look at.
 *
 * Generates a project with 10,000 stakeholders and 10,000 notes (texts of
 * realistic lengths, fixed random seed), then prints the median of N runs:
 *   load:   sam_project_load_from_bytes()  vs  json_parser_load_from_data()
 *   save:   sam_project_save_to_bytes()    vs  json_generator_to_data() of
 *           the parsed tree (pretty, indent 2, the same shape of output)
 *   memory: peak RSS growth of each load, each in a fresh process (this
 *           program run again with --memory=MODE FILE), measured from
 *           /proc/self/status VmHWM.
 * Goals (issue 2): load <= 1.5x parse, save <= 1.5x generate, peak memory
 * of load at most 3x the file size above the bare parse.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sam-project-io.h"

static const char *words[] = {
  "school", "pupils", "theme", "lesson", "library", "theatre", "music", "artist",
  "teacher", "culture", "pilot", "together", "project", "time", "budget", "plan",
  "workshop", "season", "partners", "we", "they", "want", "need", "could", "should",
  "the", "a", "and", "of", "for", "with", "about", "every", "new", "own", "ideas",
  "co-creation", "ladder", "meeting", "board", "feedback", "schedule", "room",
  "children", "parents", "coordinator", "programme", "vision", "mission", "role",
};

static char *
sentence (GRand *rand,
          int    min_chars,
          int    max_chars)
{
  int target = g_rand_int_range (rand, min_chars, max_chars + 1);
  GString *s = g_string_sized_new (target + 16);

  while ((int) s->len < target)
    {
      if (s->len > 0)
        g_string_append_c (s, g_rand_int_range (rand, 0, 12) == 0 ? '\n' : ' ');
      g_string_append (s, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
  /* Some non-ASCII, as Dutch and emoji texts have. */
  g_string_append (s, g_rand_int_range (rand, 0, 4) == 0 ? " – één 🎭" : ".");
  return g_string_free (s, FALSE);
}

/* @n_sessions work sessions (issue 12), each with a snapshot of every
 * stakeholder; between two sessions a tenth of them move. */
static void
add_sessions (SamProject *project,
              GRand      *rand,
              guint       n_sessions)
{
  GListModel *list = sam_project_get_stakeholders (project);
  guint n = g_list_model_get_n_items (list);

  for (guint k = 0; k < n_sessions; k++)
    {
      g_autofree char *date = g_strdup_printf ("%04u-%02u-%02u", 2022 + k / 12, k % 12 + 1, 1 + k % 28);
      g_autofree char *name = sentence (rand, 10, 60);
      g_autofree char *note = sentence (rand, 0, 300);
      const char *participants[6] = { NULL };

      for (guint i = 0; i < n / 10; i++)
        {
          g_autoptr(SamStakeholder) s = g_list_model_get_item (list, g_rand_int_range (rand, 0, n));
          g_object_set (s, "role-now", g_rand_int_range (rand, 0, 5), "side", g_rand_int_range (rand, 0, 2), NULL);
        }
      for (guint p = 0; p < 5 && p < n; p++)
        {
          g_autoptr(SamStakeholder) s = g_list_model_get_item (list, (k * 5 + p) % n);
          participants[p] = sam_stakeholder_get_id (s);   /* the project keeps it */
        }
      sam_project_record_session (project, name, date, participants, note);
    }
}

static SamProject *
make_project (guint n_items)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  SamProject *project = sam_project_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  const char * const *categories = sam_stakeholder_categories ();

  g_object_set (project, "title", "Benchmark: the whole region", "organisation", "Kunstkracht", NULL);
  for (int f = 0; f < SAM_VISION_N_FIELDS; f++)
    {
      g_autofree char *text = sentence (rand, 500, 2000);
      g_object_set (project, sam_vision_property_name (f), text, NULL);
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *name = sentence (rand, 10, 40);
      g_autofree char *interest = sentence (rand, 60, 300);
      g_autofree char *benefit = sentence (rand, 60, 300);
      g_autofree char *notes = sentence (rand, 0, 400);
      g_autofree char *colour = g_strdup_printf ("#%06x", g_rand_int_range (rand, 0, 0xFFFFFF));
      g_autoptr(SamStakeholder) s =
        g_object_new (SAM_TYPE_STAKEHOLDER,
                      "name", name,
                      "category", categories[i % 12],
                      "interest", interest,
                      "benefit", benefit,
                      "willingness", g_rand_int_range (rand, 0, 5),
                      "role-now", g_rand_int_range (rand, 0, 5),
                      "role-wanted", g_rand_int_range (rand, 0, 5),
                      "ambassador", g_rand_boolean (rand),
                      "informed-only", g_rand_boolean (rand),
                      "critical-voice", g_rand_boolean (rand),
                      "notes", notes,
                      "colour", i % 3 == 0 ? colour : "",
                      NULL);

      g_ptr_array_add (ids, g_strdup (sam_stakeholder_get_id (s)));
      sam_project_load_stakeholder (project, s);
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *text = sentence (rand, 30, 300);
      g_autofree char *owner = sentence (rand, 3, 20);
      g_autoptr(SamNote) note =
        g_object_new (SAM_TYPE_NOTE,
                      "text", text,
                      "kind", g_rand_int_range (rand, 0, 4),
                      "status", g_rand_int_range (rand, 0, 3),
                      "owner", owner,
                      "stakeholder-id", i % 2 == 0 ? (const char *) ids->pdata[g_rand_int_range (rand, 0, ids->len)] : "",
                      NULL);

      sam_project_load_note (project, note);
    }

  return project;
}

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
  g_array_sort (values, compare_double);
  return g_array_index (values, double, values->len / 2);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* kB from a line of /proc/self/status such as "VmHWM:   1234 kB". */
static gint64
proc_status_kb (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, key);
  if (line == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen (key) + 1, NULL, 10);
}

/* The child of the memory measurement: one operation in a fresh process. */
static int
run_memory (const char *mode,
            const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;
  gint64 before, peak;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 1;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  /* Let the type system and json-glib set themselves up first. */
  g_type_ensure (SAM_TYPE_PROJECT);
  g_type_ensure (JSON_TYPE_PARSER);

  before = proc_status_kb ("VmRSS:");
  if (g_str_equal (mode, "load"))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SamProject) project = sam_project_load_from_bytes (bytes, &error);

      if (project == NULL)
        return 1;
      peak = proc_status_kb ("VmHWM:");
    }
  else if (g_str_equal (mode, "parse"))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), length, NULL))
        return 1;
      peak = proc_status_kb ("VmHWM:");
    }
  else
    return 2;

  printf ("%" G_GINT64_FORMAT "\n", peak - before);
  return 0;
}

static gint64
measure_memory (const char *self,
                const char *mode,
                const char *path)
{
  g_autofree char *arg = g_strdup_printf ("--memory=%s", mode);
  const char *argv[] = { self, arg, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, NULL))
    g_error ("memory run %s failed: %s", mode, error != NULL ? error->message : "exit status");
  return g_ascii_strtoll (out, NULL, 10);
}

int
main (int    argc,
      char **argv)
{
  int runs = 7;
  const char *write_to = NULL;
  guint items = 10000;
  guint n_sessions = 0;
  g_autoptr(SamProject) project = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GArray) t_load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_parse = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_save = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_generate = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double load, parse, save, generate;
  gint64 mem_load = 0, mem_parse = 0;
  gsize size;
  const char *data;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--memory=") && i + 1 < argc)
        return run_memory (argv[i] + strlen ("--memory="), argv[i + 1]);
      else if (g_str_has_prefix (argv[i], "--runs="))
        runs = MAX (1, atoi (argv[i] + strlen ("--runs=")));
      else if (g_str_has_prefix (argv[i], "--items="))
        items = MAX (1, atoi (argv[i] + strlen ("--items=")));
      else if (g_str_has_prefix (argv[i], "--sessions="))
        n_sessions = (guint) atoi (argv[i] + strlen ("--sessions="));
      else if (g_str_has_prefix (argv[i], "--write="))
        write_to = argv[i] + strlen ("--write=");
      else
        {
          fprintf (stderr, "usage: %s [--runs=N] [--items=N] [--sessions=N] [--write=FILE]\n", argv[0]);
          return 2;
        }
    }

  project = make_project (items);
  if (n_sessions > 0)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);
      add_sessions (project, rand, n_sessions);
    }
  bytes = sam_project_save_to_bytes (project);
  data = g_bytes_get_data (bytes, &size);
  if (write_to != NULL)
    return g_file_set_contents (write_to, data, size, NULL) ? 0 : 1;

  printf ("Project file IO: %u stakeholders, %u notes, %u sessions of %u-stakeholder snapshots, "
          "%.1f MiB file, median of %d runs\n\n", items, items, n_sessions, items, size / 1048576.0, runs);

  for (int r = 0; r < runs; r++)
    {
      double t0, t1;

      /* Load and validate vs json-glib's bare parse. */
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(SamProject) loaded = NULL;

        t0 = now_ms ();
        loaded = sam_project_load_from_bytes (bytes, &error);
        t1 = now_ms ();
        if (loaded == NULL)
          g_error ("load failed: %s", error->message);
        t1 -= t0;
        g_array_append_val (t_load, t1);
      }
      {
        g_autoptr(JsonParser) p = json_parser_new ();

        t0 = now_ms ();
        if (!json_parser_load_from_data (p, data, size, NULL))
          g_error ("parse failed");
        t1 = now_ms () - t0;
        g_array_append_val (t_parse, t1);
        if (parser == NULL)
          parser = g_steal_pointer (&p);
      }

      /* Save vs json-glib's bare generate of the parsed tree. */
      {
        g_autoptr(GBytes) out = NULL;

        t0 = now_ms ();
        out = sam_project_save_to_bytes (project);
        t1 = now_ms () - t0;
        g_array_append_val (t_save, t1);
      }
      {
        g_autoptr(JsonGenerator) generator = json_generator_new ();
        g_autofree char *out = NULL;

        json_generator_set_root (generator, json_parser_get_root (parser));
        json_generator_set_pretty (generator, TRUE);
        json_generator_set_indent (generator, 2);
        t0 = now_ms ();
        out = json_generator_to_data (generator, NULL);
        t1 = now_ms () - t0;
        g_array_append_val (t_generate, t1);
      }
    }

  load = median (t_load);
  parse = median (t_parse);
  save = median (t_save);
  generate = median (t_generate);

  /* Peak memory, each in a fresh process reading the same file. */
  dir = g_dir_make_tmp ("bench-io-XXXXXX", NULL);
  path = g_build_filename (dir, "bench.samenspel", NULL);
  g_file_set_contents (path, data, size, NULL);
  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self != NULL)
    {
      mem_load = measure_memory (self, "load", path);
      mem_parse = measure_memory (self, "parse", path);
    }
  g_unlink (path);
  g_rmdir (dir);

  printf ("%-34s %10s %10s %8s %8s\n", "", "samenspel", "json-glib", "ratio", "goal");
  printf ("%-34s %8.1f ms %7.1f ms %7.2fx %7s  %s\n", "load+validate vs bare parse",
          load, parse, load / parse, "<=1.5x", load / parse <= 1.5 ? "met" : "NOT MET");
  printf ("%-34s %8.1f ms %7.1f ms %7.2fx %7s  %s\n", "save vs bare generate (pretty)",
          save, generate, save / generate, "<=1.5x", save / generate <= 1.5 ? "met" : "NOT MET");
  if (self != NULL)
    {
      double extra = (mem_load - mem_parse) * 1024.0 / size;

      printf ("%-34s %7.1f MiB %6.1f MiB %7.2fx %7s  %s\n", "peak RSS growth: load vs parse",
              mem_load / 1024.0, mem_parse / 1024.0, (double) mem_load / mem_parse, "", "");
      printf ("%-34s %7.1f MiB (%.2fx the file size; goal <= 3x)  %s\n", "load peak above bare parse",
              (mem_load - mem_parse) / 1024.0, extra, extra <= 3.0 ? "met" : "NOT MET");
    }

  return 0;
}
