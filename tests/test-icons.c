/* test-icons.c: the installed icons load the way GTK loads them
 *
 * GTK 4.8 reads themed icons through gdk-pixbuf, which picks the SVG loader
 * by sniffing the first bytes; an icon whose <svg> tag sits behind a long
 * comment is taken for plain XML and shows as a broken image, although
 * rsvg-convert renders it fine.  So each icon is loaded here with
 * gdk-pixbuf at the sizes a desktop uses, and its pixels are checked.
 */

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib.h>
#include <string.h>

typedef struct {
  const char *path;       /* below data/icons/hicolor */
  gboolean    symbolic;
} IconCase;

static const IconCase icons[] = {
  { "scalable/apps/io.github.samenspel.Samenspel.svg", FALSE },
  { "symbolic/apps/io.github.samenspel.Samenspel-symbolic.svg", TRUE },
  { "scalable/mimetypes/application-x-samenspel.svg", FALSE },
};

static const int sizes[] = { 16, 32, 128 };

static const guint8 *
pixel_at (GdkPixbuf *pixbuf,
          int        x,
          int        y)
{
  return gdk_pixbuf_read_pixels (pixbuf)
         + y * gdk_pixbuf_get_rowstride (pixbuf)
         + x * gdk_pixbuf_get_n_channels (pixbuf);
}

static void
test_icon_loads (gconstpointer data)
{
  const IconCase *icon = data;
  g_autofree char *file = g_build_filename (ICON_DIR, icon->path, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GdkPixbuf) pixbuf = NULL;
      int size = sizes[i];
      guint opaque = 0;

      pixbuf = gdk_pixbuf_new_from_file_at_size (file, size, size, &error);
      g_assert_no_error (error);
      g_assert_nonnull (pixbuf);
      g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, size);
      g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, size);
      g_assert_true (gdk_pixbuf_get_has_alpha (pixbuf));

      /* Rounded shapes: the very corner is transparent in every icon. */
      g_assert_cmpuint (pixel_at (pixbuf, 0, 0)[3], ==, 0);

      for (int y = 0; y < size; y++)
        for (int x = 0; x < size; x++)
          {
            const guint8 *p = pixel_at (pixbuf, x, y);

            if (p[3] == 255)
              opaque++;
            /* Symbolic icons are recoloured by GTK, which only works if
             * every painted pixel is the one foreground grey.  Faint edge
             * pixels are skipped and a little rounding is allowed, as
             * un-premultiplying antialiased edges is not exact. */
            if (icon->symbolic && p[3] >= 128)
              {
                g_assert_cmpint (ABS (p[0] - 0x2e), <=, 2);
                g_assert_cmpint (ABS (p[1] - 0x34), <=, 2);
                g_assert_cmpint (ABS (p[2] - 0x36), <=, 2);
              }
          }

      /* Something substantial is drawn (a quarter of the area at least). */
      g_assert_cmpuint (opaque, >=, (guint) (size * size / 4));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    {
      g_autofree char *name = g_path_get_basename (icons[i].path);
      g_autofree char *test_path = NULL;

      *strrchr (name, '.') = '\0';
      test_path = g_strdup_printf ("/samenspel/icons/%s", name);
      g_test_add_data_func (test_path, &icons[i], test_icon_loads);
    }

  return g_test_run ();
}
