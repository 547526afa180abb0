/* minimal-window.c: the baseline for the start-up benchmark
 *
 * The smallest honest GTK 4 application: a GtkApplication (registered on
 * the session bus like Samenspel) that opens one empty 1280×800 window.
 * With SAMENSPEL_EXIT_AFTER_FIRST_FRAME set it ends right after the
 * window's first frame is painted, exactly as Samenspel does.
 */

#include <gtk/gtk.h>
#include <unistd.h>

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  _exit (0);
}

static void
realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Minimal");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (g_getenv ("SAMENSPEL_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app =
    gtk_application_new ("io.github.samenspel.MinimalWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
