/* sam-vision-editor.h: the vision questions and the ladder ambition */
#pragma once

#include <gtk/gtk.h>

#include "sam-project.h"

G_BEGIN_DECLS

#define SAM_TYPE_VISION_EDITOR (sam_vision_editor_get_type ())
G_DECLARE_FINAL_TYPE (SamVisionEditor, sam_vision_editor, SAM, VISION_EDITOR, GtkWidget)

GtkWidget  *sam_vision_editor_new          (void);
SamProject *sam_vision_editor_get_project  (SamVisionEditor *self);
void        sam_vision_editor_set_project  (SamVisionEditor *self,
                                            SamProject      *project);
/* The answer field of @field, and the widgets of the ambition and the
 * verdict: for keyboard focus and for tests. */
GtkTextView *sam_vision_editor_get_answer  (SamVisionEditor *self,
                                            SamVisionField   field);
GtkDropDown *sam_vision_editor_get_mark    (SamVisionEditor *self,
                                            SamMark          mark);
GtkDropDown *sam_vision_editor_get_verdict (SamVisionEditor *self);

G_END_DECLS
