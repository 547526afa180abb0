/* sam-session-dialog.h: "Record Session…" and "Edit Session…"
 *
 * One dialog: the name, the date, who took part (the project's
 * stakeholders, ticked) and a short note.  Recording takes the snapshot of
 * the ladder when the user presses Record, as one undo step; editing
 * applies what changed as one undo step.
 */
#pragma once

#include <gtk/gtk.h>

#include "sam-project.h"

G_BEGIN_DECLS

/* Returns the dialog (shown, modal), for tests. */
GtkWindow *sam_session_dialog_record (GtkWindow  *parent,
                                      SamProject *project);
GtkWindow *sam_session_dialog_edit   (GtkWindow  *parent,
                                      SamProject *project,
                                      SamSession *session);

G_END_DECLS
