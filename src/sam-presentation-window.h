/* sam-presentation-window.h: the full-screen window the room sees
 *
 * Shows only the ladder, in the projector style, through the one
 * renderer.  With one monitor it also holds the presenter view, one key
 * (Tab or P) away.  Keys become "present.*" actions, which the window
 * integration (sam-presentation-mode.c) inserts.
 */
#pragma once

#include <gtk/gtk.h>

#include "sam-presentation.h"

G_BEGIN_DECLS

#define SAM_TYPE_PRESENTATION_WINDOW (sam_presentation_window_get_type ())
G_DECLARE_FINAL_TYPE (SamPresentationWindow, sam_presentation_window, SAM, PRESENTATION_WINDOW, GtkWindow)

/* @with_presenter: TRUE on a single monitor, where this window also holds
 * the presenter view (started at @started, g_get_monotonic_time()). */
SamPresentationWindow *sam_presentation_window_new                (SamPresentation       *presentation,
                                                                   gboolean               with_presenter,
                                                                   gint64                 started);
SamPresentation       *sam_presentation_window_get_presentation   (SamPresentationWindow *self);
/* The presenter view page, or NULL when the window has none. */
GtkWidget             *sam_presentation_window_get_presenter_view (SamPresentationWindow *self);
gboolean               sam_presentation_window_get_presenter_visible (SamPresentationWindow *self);
void                   sam_presentation_window_set_presenter_visible (SamPresentationWindow *self,
                                                                      gboolean               visible);
/* Seconds without pointer movement before the pointer hides; 0 never. */
void                   sam_presentation_window_set_pointer_hide   (SamPresentationWindow *self,
                                                                   guint                  seconds);
gboolean               sam_presentation_window_get_pointer_hidden (SamPresentationWindow *self);
/* What a key press does in the window (the slide, or the presenter page
 * when it shows), callable from tests. */
gboolean               sam_presentation_window_handle_key         (SamPresentationWindow *self,
                                                                   guint                  keyval,
                                                                   GdkModifierType        state);
/* The geometry of the slide as last drawn (NULL before the first draw or
 * while the screen is black); owned by the window. */
const SamLadderGeometry *sam_presentation_window_get_geometry     (SamPresentationWindow *self);

/* The step the slide last showed, or -1 while black (or before the first
 * frame): what the room sees, as opposed to the controller's step. */
int                    sam_presentation_window_get_drawn_step     (SamPresentationWindow *self);

G_END_DECLS
