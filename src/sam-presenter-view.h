/* sam-presenter-view.h: what the facilitator sees while presenting
 *
 * The current and the next step as small renderings, the talking points
 * of the step, the elapsed time, and a field that parks a "bear on the
 * road" in the project's parking lot without leaving the presentation.
 * It lives in the main window (two monitors) or in the presentation
 * window itself (one monitor); its buttons name "present.*" actions.
 */
#pragma once

#include <gtk/gtk.h>

#include "sam-presentation.h"

G_BEGIN_DECLS

#define SAM_TYPE_PRESENTER_VIEW (sam_presenter_view_get_type ())
G_DECLARE_FINAL_TYPE (SamPresenterView, sam_presenter_view, SAM, PRESENTER_VIEW, GtkWidget)

/* @started: g_get_monotonic_time() when the talk began (the clock counts
 * from there).  @in_presentation_window: TRUE on the single-monitor page
 * of the presentation window, where the toggle button goes back to the
 * slide rather than to the project. */
GtkWidget       *sam_presenter_view_new              (SamPresentation  *presentation,
                                                      gint64            started,
                                                      gboolean          in_presentation_window);
SamPresentation *sam_presenter_view_get_presentation (SamPresenterView *self);
/* Parks @text as a bear (a note of kind "fear") in the project, as one
 * undoable edit; the capture field does the same.  Returns FALSE and
 * parks nothing when @text is empty or blank. */
gboolean         sam_presenter_view_park             (SamPresenterView *self,
                                                      const char       *text);
GtkEditable     *sam_presenter_view_get_capture      (SamPresenterView *self);
/* Shows or hides the clock (the "presentation-show-clock" setting). */
void             sam_presenter_view_set_show_clock   (SamPresenterView *self,
                                                      gboolean          show_clock);
/* The elapsed-time text the clock shows, e.g. "0:05" or "1:02:03". */
char            *sam_presenter_view_format_elapsed   (gint64            usec);

/* Maps a key pressed in @widget's window to a "present.*" action and
 * activates it on @widget.  While a text field has the focus only the
 * remote's Page Up / Page Down and Escape are taken, so typing a bear is
 * never interrupted; in a presenter view Tab is left to focus navigation.
 * Returns TRUE when the key was used. */
gboolean         sam_presentation_dispatch_key       (GtkWidget        *widget,
                                                      guint             keyval,
                                                      GdkModifierType   state);

G_END_DECLS
