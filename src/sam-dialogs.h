/* sam-dialogs.h: the app's few dialogs, one code path for GTK 4.8 and newer
 *
 * GTK 4.10 replaced GtkMessageDialog and GtkFileChooserNative with
 * GtkAlertDialog and GtkFileDialog.  Everything else in the app calls these
 * functions, so the GTK_CHECK_VERSION branches live here only.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  SAM_SAVE_CHANGES_CANCEL,
  SAM_SAVE_CHANGES_DISCARD,
  SAM_SAVE_CHANGES_SAVE,
} SamSaveChangesResponse;

typedef void (*SamSaveChangesFunc) (SamSaveChangesResponse  response,
                                    gpointer                user_data);
/* @file is NULL when the user cancelled. */
typedef void (*SamFileFunc)        (GFile                  *file,
                                    gpointer                user_data);
typedef void (*SamQuestionFunc)    (gboolean                accepted,
                                    gpointer                user_data);

void           sam_dialog_save_changes  (GtkWindow          *parent,
                                         const char         *document_title,
                                         SamSaveChangesFunc  func,
                                         gpointer            user_data);
void           sam_dialog_question      (GtkWindow          *parent,
                                         const char         *heading,
                                         const char         *body,
                                         const char         *accept_label,
                                         SamQuestionFunc     func,
                                         gpointer            user_data);
void           sam_dialog_error         (GtkWindow          *parent,
                                         const char         *heading,
                                         const char         *body);
/* @folder (or NULL) is where the chooser starts. */
void           sam_dialog_open_file     (GtkWindow          *parent,
                                         const char         *title,
                                         GFile              *folder,
                                         GtkFileFilter      *filter,
                                         SamFileFunc         func,
                                         gpointer            user_data);
void           sam_dialog_save_file     (GtkWindow          *parent,
                                         const char         *title,
                                         const char         *suggested_name,
                                         GFile              *folder,
                                         GtkFileFilter      *filter,
                                         SamFileFunc         func,
                                         gpointer            user_data);

/* A filter for *.samenspel files. */
GtkFileFilter *sam_project_file_filter  (void);

G_END_DECLS
