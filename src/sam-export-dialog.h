/* sam-export-dialog.h: File ▸ Export Ladder… */
#pragma once

#include <gtk/gtk.h>

#include "sam-project.h"

G_BEGIN_DECLS

/* Shows the export options (format, size, style) beside @parent; "Export…"
 * then asks for a file name (sam_dialog_save_file(), so GtkFileDialog on
 * GTK 4.10+ and GtkFileChooserNative on 4.8) and writes the file.  Errors
 * are shown in a dialog.  Returns the options window. */
GtkWindow *sam_export_dialog_run       (GtkWindow  *parent,
                                        SamProject *project);

/* What "Export…" does once a file is chosen; for tests. */
gboolean   sam_export_dialog_export_to (GtkWindow  *dialog,
                                        GFile      *file,
                                        GError    **error);

G_END_DECLS
