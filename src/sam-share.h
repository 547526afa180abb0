/* sam-share.h: the sharing features of a window, attached in one call
 *
 * Actions win.send-email, win.merge, win.export-handout, win.print and
 * win.attach-handout (the GSettings key, when the schema is installed);
 * autosave drafts; and the merge history kept up to date whenever the
 * window loads or saves its project.
 */
#pragma once

#include <gtk/gtk.h>

#include "sam-window.h"

G_BEGIN_DECLS

void sam_share_attach       (SamWindow *window);

/* Print… : the handout's pages through GtkPrintOperation. */
void               sam_share_print                (SamWindow  *window);
/* The print operation Print… runs: the handout's A4 pages, drawn by
 * sam_handout_draw_page() as for the PDF, scaled to the paper. */
GtkPrintOperation *sam_share_new_print_operation  (SamProject *project,
                                                   const char *job_name);

G_END_DECLS
