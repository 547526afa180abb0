/* sam-ladder-accessible.h: the canvas's rungs and chips as accessibles
 *
 * GTK 4.10 lets a widget expose accessible children that are not widgets
 * (the GtkAccessible interface's get_first_accessible_child and
 * get_next_accessible_sibling).  The ladder canvas uses it to show a
 * screen reader each rung and each stakeholder chip it draws, named in
 * full and placed where it is drawn.  On GTK 4.8 there is no such API and
 * this file is empty: the canvas names the rung that has the focus.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#if GTK_CHECK_VERSION (4, 10, 0)

#define SAM_TYPE_LADDER_ACCESSIBLE (sam_ladder_accessible_get_type ())
G_DECLARE_FINAL_TYPE (SamLadderAccessible, sam_ladder_accessible, SAM, LADDER_ACCESSIBLE, GObject)

/* A rung (GTK_ACCESSIBLE_ROLE_LIST) or a chip on it
 * (GTK_ACCESSIBLE_ROLE_LIST_ITEM) of @parent, the canvas or a rung, at @x, @y, @width, @height in
 * @parent's coordinates.  @parent is not referenced: it owns its
 * children. */
SamLadderAccessible *sam_ladder_accessible_new          (GtkAccessible       *parent,
                                                         GtkAccessibleRole    role,
                                                         const char          *name,
                                                         const char          *description,
                                                         int                  x,
                                                         int                  y,
                                                         int                  width,
                                                         int                  height);
/* Appends @child (transfer full) to @self's children. */
void                 sam_ladder_accessible_add_child    (SamLadderAccessible *self,
                                                         SamLadderAccessible *child);
/* The first of @siblings (SamLadderAccessible) links to the next, and so
 * on; the last to @last_next (the canvas's popover, or NULL). */
void                 sam_ladder_accessible_link         (GPtrArray           *siblings,
                                                         GtkAccessible       *last_next);
void                 sam_ladder_accessible_set_bounds   (SamLadderAccessible *self,
                                                         int                  x,
                                                         int                  y,
                                                         int                  width,
                                                         int                  height);
SamLadderAccessible *sam_ladder_accessible_get_child    (SamLadderAccessible *self,
                                                         guint                i);

#endif

G_END_DECLS
