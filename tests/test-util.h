/* test-util.h: helpers shared by the tests (header only, so each test
 * stays a single .c file)
 *
 * Temporary folders, running a command for its output, spinning the main
 * loop and saving screenshots.  Only maybe_screenshot needs a display.
 */
#pragma once

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

/* Runs the main loop for about @ms milliseconds. */
static inline void
spin (int ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* Runs the main loop until @cond holds or @seconds pass; returns whether
 * it held.  Not a timing assertion: the limit only keeps a broken run
 * from hanging. */
static inline gboolean
spin_until_timeout (gboolean (*cond) (gpointer),
                    gpointer   data,
                    int        seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;

  while (!cond (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return TRUE;
}

/* Runs the main loop until @cond holds or 5 s pass; returns whether it held. */
static inline gboolean
spin_until (gboolean (*cond) (gpointer),
            gpointer   data)
{
  return spin_until_timeout (cond, data, 5);
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
