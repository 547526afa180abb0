/* sam-sessions.h: work sessions in a window, attached in one call
 *
 * The "Sessions" page beside the canvas (the list of sessions by date:
 * record, edit, delete, compare), the compare bar above the canvas (two
 * sessions, or a session and now, and a slider that steps through them in
 * order), and the actions win.record-session, win.edit-session(id),
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

G_END_DECLS
