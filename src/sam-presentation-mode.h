/* sam-presentation-mode.h: presentation mode in the main window
 *
 * Adds the "present" action group to a SamWindow (start, stop, next,
 * previous, first, last, blackout, toggle-presenter), decides which
 * monitor the room sees, and ends the presentation when that monitor
 * goes away.
 */
#pragma once

#include <gtk/gtk.h>

#include "sam-presentation-window.h"
#include "sam-window.h"

G_BEGIN_DECLS

/* Called once from sam_window_init().  Wraps the window's content in a
 * GtkStack with the pages "document" and "presenter". */
void                   sam_presentation_mode_attach        (SamWindow  *window);

gboolean               sam_presentation_mode_is_active     (SamWindow  *window);
/* The full-screen window, or NULL when not presenting. */
SamPresentationWindow *sam_presentation_mode_get_window    (SamWindow  *window);
/* The presenter view in the main window (two monitors), or NULL. */
GtkWidget             *sam_presentation_mode_get_presenter (SamWindow  *window);
/* The monitor the presentation was put on, or NULL. */
GdkMonitor            *sam_presentation_mode_get_monitor   (SamWindow  *window);

/* Pure: the monitor for the room.  The first monitor in @monitors that is
 * not @main_monitor (the one the main window is on), else @main_monitor,
 * else the first monitor; NULL for an empty list. */
GdkMonitor            *sam_presentation_choose_monitor     (GListModel *monitors,
                                                            GdkMonitor *main_monitor);

G_END_DECLS
