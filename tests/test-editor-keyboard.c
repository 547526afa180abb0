/* test-editor-keyboard.c: real key presses through the X server
 *
 * The editors depend on the window's accelerators: Ctrl+Z must reach
 * win.undo (the document's history) even while a text field has the
 * focus, Ctrl+B must park a note with the focus in its text, Alt+1/2/3
 * must switch pages.  GTK 4 has no API to fake key events, so this test
 * sends them with the XTest extension (loaded at run time; the test skips
 * where there is no X11 display or no libXtst).
 */

#include "config.h"

#include <dlfcn.h>
#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "editor-test-util.h"
#include "sam-application.h"
#include "sam-parking-lot.h"
#include "sam-vision-editor.h"

#ifdef GDK_WINDOWING_X11
typedef int (*FakeKeyFunc) (Display *, unsigned int, Bool, unsigned long);

/* Xlib functions, looked up in the libX11 GTK has loaded, so the test
 * needs no X11 development files or link flags of its own. */
static FakeKeyFunc fake_key;
static KeyCode (*keysym_to_keycode) (Display *, KeySym);
static int (*set_input_focus) (Display *, Window, int, Time);
static int (*flush) (Display *);

/* GTK 4.18 deprecates its X11 backend as a whole; the keys still go
 * through Xvfb's X server, so the test keeps asking it for the X handles. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static Display *
x_display (GdkDisplay *display)
{
  return gdk_x11_display_get_xdisplay (display);
}

static Window
x_window (GdkSurface *surface)
{
  return gdk_x11_surface_get_xid (surface);
}
G_GNUC_END_IGNORE_DEPRECATIONS

static gboolean
is_active (gpointer window)
{
  return gtk_window_is_active (window);
}

static void
take_focus (SamWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  set_input_focus (x_display (gdk_surface_get_display (surface)),
                   x_window (surface), RevertToParent, CurrentTime);
  g_assert_true (spin_until (is_active, window));
}

/* After each chord the test presses a sentinel key that nothing in the
 * app uses; the window's capture-phase probe counts it and stops it.
 * Events are handled one after the other, so once the sentinel has
 * reached the window, the chord before it has been handled whole. */
#define SENTINEL_KEY GDK_KEY_Pause

static guint sentinel_keycode;
static guint sentinels_seen;

static gboolean
sentinel_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     gpointer               data)
{
  if (keycode != sentinel_keycode)
    return GDK_EVENT_PROPAGATE;
  sentinels_seen++;
  return GDK_EVENT_STOP;
}

static gboolean
sentinel_seen (gpointer expected)
{
  return sentinels_seen >= GPOINTER_TO_UINT (expected);
}

/* Presses @keysyms in order (modifiers first) and releases them in
 * reverse, as a person does with a chord, then waits until the window
 * has handled all of it. */
static void
press_chord (SamWindow   *window,
             const guint *keysyms,
             guint        n_keysyms)
{
  Display *xdisplay = x_display (gtk_widget_get_display (GTK_WIDGET (window)));
  guint expected;

  /* Without a window manager a window that appears elsewhere on the X
   * server takes the input focus; take it back if that happened. */
  if (!gtk_window_is_active (GTK_WINDOW (window)))
    take_focus (window);

  expected = sentinels_seen + 1;
  for (guint i = 0; i < n_keysyms; i++)
    fake_key (xdisplay, keysym_to_keycode (xdisplay, keysyms[i]), True, 0);
  for (guint i = n_keysyms; i > 0; i--)
    fake_key (xdisplay, keysym_to_keycode (xdisplay, keysyms[i - 1]), False, 0);
  sentinel_keycode = keysym_to_keycode (xdisplay, SENTINEL_KEY);
  g_assert_cmpuint (sentinel_keycode, !=, 0);
  fake_key (xdisplay, sentinel_keycode, True, 0);
  fake_key (xdisplay, sentinel_keycode, False, 0);
  flush (xdisplay);
  if (!spin_until (sentinel_seen, GUINT_TO_POINTER (expected)))
    {
      g_autoptr(GString) keys = g_string_new (NULL);

      for (guint i = 0; i < n_keysyms; i++)
        g_string_append_printf (keys, "%s%s", i > 0 ? "+" : "", gdk_keyval_name (keysyms[i]));
      g_error ("The window never finished handling %s (focus on a %s)", keys->str,
               gtk_root_get_focus (GTK_ROOT (window)) != NULL ?
               G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (window))) : "nothing");
    }
}

static void
press (SamWindow  *window,
       guint       modifier_keysym,   /* 0 for none */
       guint       keysym)
{
  guint keys[] = { modifier_keysym, keysym };

  if (modifier_keysym != 0)
    press_chord (window, keys, 2);
  else
    press_chord (window, keys + 1, 1);
}

static void
type_keys (SamWindow  *window,
           const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    press (window, 0, gdk_unicode_to_keyval ((guchar) *p));
}

static SamWindow *
keyboard_window (SamApplication *app,
                 SamProject     *project)
{
  SamWindow *window = sam_window_new (GTK_APPLICATION (app));

  sam_window_set_project (window, project, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));

  /* Counts the sentinel key (capture phase: before any widget or
   * shortcut could act on it). */
  {
    GtkEventController *probe = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (probe, GTK_PHASE_CAPTURE);
    g_signal_connect (probe, "key-pressed", G_CALLBACK (sentinel_pressed_cb), NULL);
    gtk_widget_add_controller (GTK_WIDGET (window), probe);
  }

  /* No window manager under Xvfb: give the window the input focus. */
  take_focus (window);
  return window;
}
#endif

static void
test_keys (void)
{
#ifdef GDK_WINDOWING_X11
  g_autoptr(SamApplication) app = NULL;
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(GError) error = NULL;
  SamWindow *window;
  SamVisionEditor *vision;
  GtkStack *stack;
  GtkWidget *answer;
  GtkWidget *focus;
  SamNote *note;
  void *xtst;

  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs an X11 display");
      return;
    }
  xtst = dlopen ("libXtst.so.6", RTLD_NOW);
  fake_key = xtst != NULL ? (FakeKeyFunc) dlsym (xtst, "XTestFakeKeyEvent") : NULL;
  keysym_to_keycode = dlsym (RTLD_DEFAULT, "XKeysymToKeycode");
  set_input_focus = dlsym (RTLD_DEFAULT, "XSetInputFocus");
  flush = dlsym (RTLD_DEFAULT, "XFlush");
  if (fake_key == NULL || keysym_to_keycode == NULL || set_input_focus == NULL || flush == NULL)
    {
      g_test_skip ("needs libXtst");
      return;
    }

  app = sam_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = keyboard_window (app, project);
  stack = sam_window_get_editor_stack (window);
  vision = SAM_VISION_EDITOR (window_page (window, "vision"));

  /* Typing into an answer, then Ctrl+Z: the document's undo, one step. */
  gtk_stack_set_visible_child_name (stack, "vision");
  answer = GTK_WIDGET (sam_vision_editor_get_answer (vision, SAM_VISION_CURRENT));
  g_assert_true (gtk_widget_grab_focus (answer));
  type_keys (window, "menu");
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_CURRENT), ==, "menu");
  press (window, GDK_KEY_Control_L, GDK_KEY_z);
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_CURRENT), ==, "");
  g_assert_false (sam_history_can_undo (sam_project_get_history (project)));
  /* Redo with Ctrl+Shift+Z. */
  {
    const guint redo_keys[] = { GDK_KEY_Control_L, GDK_KEY_Shift_L, GDK_KEY_z };

    press_chord (window, redo_keys, G_N_ELEMENTS (redo_keys));
  }
  g_assert_cmpstr (sam_project_get_vision (project, SAM_VISION_CURRENT), ==, "menu");

  /* Alt+2 and Alt+3 switch pages. */
  press (window, GDK_KEY_Alt_L, GDK_KEY_2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "stakeholders");
  press (window, GDK_KEY_Alt_L, GDK_KEY_3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "parking");
  press (window, GDK_KEY_Alt_L, GDK_KEY_1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "vision");

  /* Ctrl+B parks a bear; typing goes straight into it. */
  press (window, GDK_KEY_Control_L, GDK_KEY_b);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "parking");
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_notes (project)), ==, 1);
  note = g_list_model_get_item (sam_project_get_notes (project), 0);
  g_object_unref (note);
  /* The new note's text takes the focus once its card exists. */
  wait_for (GTK_IS_TEXT_VIEW (gtk_root_get_focus (GTK_ROOT (window))));
  type_keys (window, "fear");
  g_assert_cmpstr (sam_note_get_text (note), ==, "fear");
  press (window, GDK_KEY_Control_L, GDK_KEY_z);
  g_assert_cmpstr (sam_note_get_text (note), ==, "");
  press (window, GDK_KEY_Control_L, GDK_KEY_z);
  g_assert_cmpuint (g_list_model_get_n_items (sam_project_get_notes (project)), ==, 0);
  /* The keyboard stays on the parking lot, not on a card that is gone. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, window_page (window, "parking")));

  /* Ctrl+F finds a stakeholder. */
  press (window, GDK_KEY_Control_L, GDK_KEY_f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "stakeholders");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));

  window_destroy (window);
  dlclose (xtst);
#else
  g_test_skip ("needs X11");
#endif
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samenspel/editor-keyboard/keys", test_keys);

  return g_test_run ();
}
