/* test-util.h: helpers shared by the tests (header only, so each test
 * stays a single .c file)
 *
 * Temporary folders, running a command for its output, spinning the main
 * loop and saving screenshots.  Only maybe_screenshot needs a display.
 */
#pragma once

#include <stdlib.h>

#include <gtk/gtk.h>

/* Temporary folders made by this test, removed by remove_tmp_dirs (). */
static GPtrArray *tmp_dirs;

/* A new folder from g_dir_make_tmp (@template), removed when the test
 * calls remove_tmp_dirs () at the end of main (). */
static inline char *
make_tmp_dir (const char *template)
{
  char *dir = g_dir_make_tmp (template, NULL);

  g_assert_nonnull (dir);
  if (tmp_dirs == NULL)
    tmp_dirs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (tmp_dirs, g_strdup (dir));
  return dir;
}

static inline void
remove_tmp_dirs (void)
{
  for (guint i = 0; tmp_dirs != NULL && i < tmp_dirs->len; i++)
    {
      const char *argv[] = { "rm", "-rf", g_ptr_array_index (tmp_dirs, i), NULL };
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }
}

/* Runs @argv (found in PATH) and returns what it wrote to stdout; the
 * test fails, showing the command's stderr, if it cannot run or exits
 * with an error. */
static inline char *
run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error))
    g_error ("Could not run %s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

/* Waiting in tests.
 *
 * A GUI test waits for the condition it is about to check: a row in its
 * place, a window gone, a key press handled.  It never waits for a fixed
 * time or a fixed number of main-loop turns, which a busy machine or a
 * sanitizer build outruns.  TEST_WAIT_SECONDS is only the point at which
 * a run is called broken, so a real failure does not hang the suite; it
 * is generous on purpose (ASan on two loaded cores is slow) and never a
 * timing assertion.  SAM_TEST_WAIT_SECONDS overrides it. */
#define TEST_WAIT_SECONDS 60

typedef struct {
  gint64      deadline;
  guint       wake_id;
  const char *what;
  const char *file;
  int         line;
} TestWait;

static gboolean
test_wait_wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static inline TestWait
test_wait_begin (int         seconds,
                 const char *what,
                 const char *file,
                 int         line)
{
  const char *env = g_getenv ("SAM_TEST_WAIT_SECONDS");
  TestWait wait = { 0 };

  if (seconds <= 0)
    seconds = env != NULL && atoi (env) > 0 ? atoi (env) : TEST_WAIT_SECONDS;
  wait.deadline = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;
  /* Wakes the blocking iteration below, so a condition that changes
   * outside the main loop (another process, a file) is seen soon. */
  wait.wake_id = g_timeout_add (10, test_wait_wake_cb, NULL);
  wait.what = what;
  wait.file = file;
  wait.line = line;
  return wait;
}

/* One turn of the main loop; FALSE once the deadline has passed. */
static inline gboolean
test_wait_step (TestWait *wait)
{
  if (g_get_monotonic_time () > wait->deadline)
    return FALSE;
  g_main_context_iteration (NULL, TRUE);
  return TRUE;
}

static inline void
test_wait_end (TestWait *wait)
{
  g_clear_handle_id (&wait->wake_id, g_source_remove);
}

/* Runs the main loop until @expr holds; fails the test, naming @expr and
 * the place, if it still does not after TEST_WAIT_SECONDS. */
#define wait_for(expr)                                                   \
  G_STMT_START {                                                         \
    TestWait wait_ = test_wait_begin (0, #expr, __FILE__, __LINE__);     \
    gboolean held_;                                                      \
    while (!(held_ = (expr) ? TRUE : FALSE) && test_wait_step (&wait_))   \
      ;                                                                  \
    test_wait_end (&wait_);                                              \
    if (!held_ && !(expr))                                               \
      g_error ("%s:%d: still not true after waiting: %s",                \
               wait_.file, wait_.line, wait_.what);                      \
  } G_STMT_END

/* The same wait for a predicate function, returning whether it held
 * (for callers that report the failure themselves); @seconds 0 means
 * TEST_WAIT_SECONDS. */
static inline gboolean
spin_until_timeout (gboolean (*cond) (gpointer),
                    gpointer   data,
                    int        seconds)
{
  TestWait wait = test_wait_begin (seconds, NULL, NULL, 0);
  gboolean held;

  while (!(held = cond (data)) && test_wait_step (&wait))
    ;
  test_wait_end (&wait);
  return held || cond (data);
}

static inline gboolean
spin_until (gboolean (*cond) (gpointer),
            gpointer   data)
{
  return spin_until_timeout (cond, data, 0);
}

/* Dispatches everything the main loop has ready now, without waiting for
 * anything more: for tearing down, never as a wait for a condition. */
static inline void
drain_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_frame_painted_cb (GdkFrameClock *clock,
                       gpointer       data)
{
  (*(guint *) data)++;
}

/* Waits until @widget's window has painted a frame after this call:
 * it is mapped, allocated and on screen, as a user would see it. */
static inline void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  guint painted = 0;
  gulong id;

  wait_for (gtk_widget_get_mapped (widget) && gtk_widget_get_frame_clock (widget) != NULL);
  clock = gtk_widget_get_frame_clock (widget);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (test_frame_painted_cb), &painted);
  gtk_widget_queue_draw (widget);
  wait_for (painted > 0);
  g_signal_handler_disconnect (clock, id);
}

/* With SAM_SCREENSHOT_DIR set, lets @widget settle for 2 s and saves what
 * it looks like there as @name (a PNG); otherwise does nothing. */
static inline void
maybe_screenshot (GtkWidget  *widget,
                  const char *name)
{
  const char *dir = g_getenv ("SAM_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  if (dir == NULL)
    return;
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node, NULL);
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}
