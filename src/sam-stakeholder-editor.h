/* sam-stakeholder-editor.h: the stakeholder list and card editor */
#pragma once

#include <gtk/gtk.h>

#include "sam-project.h"

G_BEGIN_DECLS

#define SAM_TYPE_STAKEHOLDER_EDITOR (sam_stakeholder_editor_get_type ())
G_DECLARE_FINAL_TYPE (SamStakeholderEditor, sam_stakeholder_editor, SAM, STAKEHOLDER_EDITOR, GtkWidget)

GtkWidget      *sam_stakeholder_editor_new                      (void);
SamProject     *sam_stakeholder_editor_get_project              (SamStakeholderEditor *self);
void            sam_stakeholder_editor_set_project              (SamStakeholderEditor *self,
                                                                 SamProject           *project);
/* The id of the stakeholder whose card is shown, or NULL.  Setting it
 * (from the canvas, say) selects the row, clearing search and filters when
 * they hide it. */
const char     *sam_stakeholder_editor_get_selected_stakeholder (SamStakeholderEditor *self);
void            sam_stakeholder_editor_set_selected_stakeholder (SamStakeholderEditor *self,
                                                                 const char           *id);
/* The list as shown: filtered and sorted. */
GListModel     *sam_stakeholder_editor_get_shown                (SamStakeholderEditor *self);
/* Moves keyboard focus to the search field. */
void            sam_stakeholder_editor_focus_search             (SamStakeholderEditor *self);

G_END_DECLS
