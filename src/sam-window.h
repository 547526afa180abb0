/* sam-window.h: the main window, one open project */
#pragma once

#include <gtk/gtk.h>

#include "sam-project.h"

G_BEGIN_DECLS

#define SAM_TYPE_WINDOW (sam_window_get_type ())
G_DECLARE_FINAL_TYPE (SamWindow, sam_window, SAM, WINDOW, GtkApplicationWindow)

typedef void (*SamWindowDoneFunc) (SamWindow *self,
                                   gboolean   proceed,
                                   gpointer   user_data);

SamWindow  *sam_window_new              (GtkApplication    *application);
SamProject *sam_window_get_project      (SamWindow         *self);
/* The file the project is saved in, or NULL for an untitled project. */
GFile      *sam_window_get_file         (SamWindow         *self);
void        sam_window_set_project      (SamWindow         *self,
                                         SamProject        *project,
                                         GFile             *file,
                                         const char        *etag);
/* Loads @file into this window; on failure shows the error and keeps the
 * open project as it was. */
void        sam_window_open_file        (SamWindow         *self,
                                         GFile             *file);
/* Opens the bundled example as an untitled copy. */
void        sam_window_open_example     (SamWindow         *self);
/* Saves (asking where for an untitled project); @func learns whether the
 * project was saved. */
void        sam_window_save             (SamWindow         *self,
                                         SamWindowDoneFunc  func,
                                         gpointer           user_data);
void        sam_window_save_to_file     (SamWindow         *self,
                                         GFile             *file,
                                         SamWindowDoneFunc  func,
                                         gpointer           user_data);
/* Asks to save unsaved changes; @func learns whether it may go on (saved,
 * discarded or nothing to save) or must stop (cancelled, save failed). */
void        sam_window_confirm_discard  (SamWindow         *self,
                                         SamWindowDoneFunc  func,
                                         gpointer           user_data);
const char *sam_window_get_display_title(SamWindow         *self);

/* The SamLadderView canvas. */
GtkWidget  *sam_window_get_ladder_view  (SamWindow         *self);
/* Containers the canvas and the editors are placed in. */
GtkBox     *sam_window_get_canvas_box   (SamWindow         *self);
GtkStack   *sam_window_get_editor_stack (SamWindow         *self);
/* The editor of a page ("vision", "stakeholders", "parking"), made on
 * demand: pages get their editor when first shown. */
GtkWidget  *sam_window_get_editor       (SamWindow         *self,
                                         const char        *page);
/* The keyboard shortcuts window, or NULL until it was first shown. */
GtkWindow  *sam_window_get_shortcuts_window (SamWindow     *self);

G_END_DECLS
