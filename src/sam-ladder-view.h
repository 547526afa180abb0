/* sam-ladder-view.h: the interactive ladder canvas */
#pragma once

#include <gtk/gtk.h>

#include "sam-ladder-render.h"
#include "sam-project.h"

G_BEGIN_DECLS

#define SAM_TYPE_LADDER_VIEW (sam_ladder_view_get_type ())
G_DECLARE_FINAL_TYPE (SamLadderView, sam_ladder_view, SAM, LADDER_VIEW, GtkWidget)

GtkWidget         *sam_ladder_view_new                      (SamProject     *project);

SamProject        *sam_ladder_view_get_project              (SamLadderView  *self);
void               sam_ladder_view_set_project              (SamLadderView  *self,
                                                             SamProject     *project);
/* The id of the selected stakeholder, or NULL. */
const char        *sam_ladder_view_get_selected_stakeholder (SamLadderView  *self);
void               sam_ladder_view_set_selected_stakeholder (SamLadderView  *self,
                                                             const char     *id);
SamRenderStyle     sam_ladder_view_get_render_style         (SamLadderView  *self);
/* Also turns "follow-dark" off: an explicit style stays. */
void               sam_ladder_view_set_render_style         (SamLadderView  *self,
                                                             SamRenderStyle  style);
/* For the presentation mode: what to put in focus (the rest is veiled). */
void               sam_ladder_view_set_render_focus         (SamLadderView  *self,
                                                             SamRenderFocus  focus,
                                                             int             rung);
/* The rung with keyboard focus; FALSE when there is none. */
gboolean           sam_ladder_view_get_focus_rung           (SamLadderView  *self,
                                                             SamSide        *side,
                                                             int            *rung);
/* The popover of a rung (for tests and the window's help). */
GtkWidget         *sam_ladder_view_get_popover              (SamLadderView  *self);
/* The geometry of the last frame drawn, or NULL before the first. */
const SamLadderGeometry *sam_ladder_view_get_geometry       (SamLadderView  *self);

/* The compare view: where each party stood at @from (faint) and where it
 * stands at @to, or now when @to is NULL.  @from NULL: the plain ladder. */
void               sam_ladder_view_set_compare              (SamLadderView  *self,
                                                             SamSession     *from,
                                                             SamSession     *to);
SamSession        *sam_ladder_view_get_compare_from         (SamLadderView  *self);
SamSession        *sam_ladder_view_get_compare_to           (SamLadderView  *self);

G_END_DECLS
