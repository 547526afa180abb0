/* sam-merge-dialog.h: "Merge Changes From…" and its review dialog */
#pragma once

#include <gtk/gtk.h>

#include "sam-merge.h"
#include "sam-window.h"

G_BEGIN_DECLS

/* The command: asks for the returned copy, then merges it into @window's
 * project (asking about conflicts), or offers an import for another
 * project. */
void        sam_merge_dialog_choose_file  (SamWindow  *window);
/* Merges the project in @file into @window's project (no file chooser). */
void        sam_merge_dialog_merge_file   (SamWindow  *window,
                                           GFile      *file);
/* The review dialog for @merge; "Merge" applies it.  Returned for tests;
 * it is already presented. */
GtkWindow  *sam_merge_dialog_review       (SamWindow  *window,
                                           SamMerge   *merge,
                                           const char *source_name);

G_END_DECLS
