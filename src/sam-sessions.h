/* sam-sessions.h: work sessions in a window, attached in one call
 *
 * The compare bar above the canvas, shown once the project has a session:
 * a Sessions button whose popover lists the sessions by date (compare with
 * now, edit, delete), Record Session…, two sessions or a session and now to
 * compare, and a slider that steps through them in order; and the actions win.record-session, win.edit-session(id),
 * win.delete-session(id) and win.compare-session(id: "" for none; "ID"
 * compares with now, "FROM>TO" two sessions).
 */
#pragma once

#include <gtk/gtk.h>

#include "sam-window.h"

G_BEGIN_DECLS

void       sam_sessions_attach          (SamWindow *window);
/* The compare bar above the canvas (for tests). */
GtkWidget *sam_sessions_get_compare_bar (SamWindow *window);
GtkWidget *sam_sessions_get_list_popover (SamWindow *window);

G_END_DECLS
