/* test-cli.c: the samenspel executable's display-free command line */

#include "config.h"

#include <glib/gstdio.h>
#include <gio/gio.h>

typedef struct {
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the real executable with no display at all. */
static void
run_samenspel (Run        *run,
               const char *first_arg,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  va_list ap;
  int wait_status;

  g_ptr_array_add (argv, (char *) g_getenv ("SAMENSPEL"));
  va_start (ap, first_arg);
  for (const char *a = first_arg; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  /* The test's own environment (sanitizer options included), minus any
   * display: these modes must work without one. */
  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT,
                               NULL, NULL, &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "culture-foundation.samenspel", NULL);
}

static void
test_cli_validate_example (void)
{
  g_autofree char *example = example_path ();
  g_autofree char *example_nl = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                       "culture-foundation.nl.samenspel", NULL);
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  run_samenspel (&run, "--validate", example, example_nl, NULL);
  expected = g_strdup_printf ("%s: ok\n%s: ok\n", example, example_nl);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_cli_validate_reports_each_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("samenspel-cli-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.samenspel", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.samenspel", NULL);
  g_autofree char *example = example_path ();
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"samenspel\", \"version\": 1,\n  \"title\": 42}\n", -1, NULL));
  run_samenspel (&run, "--validate", example, bad, missing, NULL);
  g_assert_cmpint (run.status, ==, 1);

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);  /* three lines and the final "" */
  g_assert_true (g_str_has_suffix (lines[0], ": ok"));
  g_assert_true (g_str_has_prefix (lines[1], bad));
  g_assert_nonnull (strstr (lines[1], ": error: "));
  g_assert_true (g_str_has_prefix (lines[2], missing));
  g_assert_nonnull (strstr (lines[2], ": error: "));
  g_assert_cmpstr (lines[3], ==, "");

  g_unlink (bad);
  g_rmdir (dir);
}

static void
test_cli_validate_needs_files (void)
{
  g_auto(Run) run = { 0 };

  run_samenspel (&run, "--validate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpuint (strlen (run.err), >, 0);
}

/* Every file of the hostile corpus gets exactly one error line and exit
 * status 1 from the real executable: no crash, no hang, no partial output. */
static void
test_cli_validate_hostile_corpus (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint count = 0;
  gint64 slowest = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *prefix = NULL;
      g_auto(Run) run = { 0 };
      gint64 start;

      if (!g_str_has_suffix (name, ".samenspel"))
        continue;

      path = g_build_filename (dir_path, name, NULL);
      start = g_get_monotonic_time ();
      run_samenspel (&run, "--validate", path, NULL);
      slowest = MAX (slowest, g_get_monotonic_time () - start);

      prefix = g_strdup_printf ("%s: error: ", path);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_true (g_str_has_prefix (run.out, prefix));
      g_assert_cmpuint (strlen (run.out), >, strlen (prefix) + 5);
      g_assert_true (strchr (run.out, '\n') == run.out + strlen (run.out) - 1);
      g_assert_cmpstr (run.err, ==, "");
      count++;
    }

  g_assert_cmpuint (count, >=, 25);
  /* Reported, not asserted: machines here are noisy. */
  g_test_message ("%u hostile files, slowest %.3f s", count, slowest / 1e6);
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
test_cli_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("samenspel-cli-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "ladder.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "ladder.pdf", NULL);
  g_autofree char *example = example_path ();
  g_autofree char *contents = NULL;
  gsize length = 0;

  {
    g_auto(Run) run = { 0 };

    run_samenspel (&run, "--export", png, "--size", "1024x768", "--style", "projector", example, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 24);
    g_assert_true (memcmp (contents, "\x89PNG\r\n\x1a\n", 8) == 0);
    g_assert_cmpuint (read_be32 ((const guint8 *) contents + 16), ==, 1024);
    g_assert_cmpuint (read_be32 ((const guint8 *) contents + 20), ==, 768);
  }

  {
    g_auto(Run) run = { 0 };

    run_samenspel (&run, "--export", pdf, example, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_clear_pointer (&contents, g_free);
    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  }

  /* The handout: an A4 PDF of several pages. */
  {
    g_auto(Run) run = { 0 };
    g_autofree char *handout = g_build_filename (dir, "handout.pdf", NULL);

    run_samenspel (&run, "--export", handout, "--handout", example, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    g_clear_pointer (&contents, g_free);
    g_assert_true (g_file_get_contents (handout, &contents, &length, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    g_unlink (handout);
  }
  {
    g_auto(Run) run = { 0 };

    run_samenspel (&run, "--export", png, "--handout", example, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }

  /* Wrong words are refused before anything is written. */
  {
    g_auto(Run) run = { 0 };

    run_samenspel (&run, "--export", png, "--style", "neon", example, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "neon"));
  }
  {
    g_auto(Run) run = { 0 };

    run_samenspel (&run, "--export", png, "--size", "big", example, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    run_samenspel (&run, "--export", png, example, example, NULL);
    g_assert_cmpint (run.status, ==, 1);
  }

  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/cli/validate-example", test_cli_validate_example);
  g_test_add_func ("/samenspel/cli/validate-reports-each-file", test_cli_validate_reports_each_file);
  g_test_add_func ("/samenspel/cli/validate-needs-files", test_cli_validate_needs_files);
  g_test_add_func ("/samenspel/cli/validate-hostile-corpus", test_cli_validate_hostile_corpus);
  g_test_add_func ("/samenspel/cli/export", test_cli_export);

  return g_test_run ();
}
