/* sam-editor-util.h: two-way links between editor widgets and the model
 *
 * Every link writes through the project's undoable edits
 * (sam_project_set_*) and follows the model back, so undo, redo and edits
 * made elsewhere (the canvas) show up in the widget without being echoed
 * into the history again.
 */
#pragma once

#include <gtk/gtk.h>

#include "sam-project.h"

G_BEGIN_DECLS

/* @widget is a GtkEditable (GtkEntry, GtkText) or a GtkTextView; @property
 * a string property of @object.  The widget's own undo is switched off so
 * Ctrl+Z reaches win.undo; typing merges into one undo step until the
 * widget loses focus.  @object NULL unlinks and empties the widget. */
void        sam_link_text          (GtkWidget  *widget,
                                    SamProject *project,
                                    gpointer    object,
                                    const char *property);
/* @drop_down's position is the int or enum value of @property (0, 1, …). */
void        sam_link_drop_down     (GtkDropDown *drop_down,
                                    SamProject  *project,
                                    gpointer     object,
                                    const char  *property);
/* A GtkCheckButton or GtkToggleButton and a boolean property. */
void        sam_link_toggle        (GtkWidget  *widget,
                                    SamProject *project,
                                    gpointer    object,
                                    const char *property);

/* A drop-down of fixed string choices for a string property: @values are
 * stored, @labels shown.  A value outside the list (from a newer file)
 * appears as an extra entry, labelled by @custom_label (or the value). */
void        sam_choice_drop_down_set_choices (GtkDropDown        *drop_down,
                                              const char * const *values,
                                              const char * const *labels,
                                              const char *      (*custom_label) (const char *value));
void        sam_link_choice        (GtkDropDown *drop_down,
                                    SamProject  *project,
                                    gpointer     object,
                                    const char  *property);
/* The value of the entry at @position of such a drop-down. */
const char *sam_choice_drop_down_get_value (GtkDropDown *drop_down,
                                            guint        position);

/* The text the widget of sam_link_text() shows. */
char       *sam_link_get_text      (GtkWidget  *widget);

/* Loads the editors' style sheet once per display. */
void        sam_editors_load_css   (void);

/* A GtkStringList-backed drop-down of rung choices for one side of the
 * ladder: "Not set", "1 · Mass customiser", … */
GtkDropDown *sam_rung_drop_down_new (SamSide     side);
GListModel  *sam_rung_model_new     (SamSide     side);
/* A drop-down of the labels of an enum type, in value order. */
GtkDropDown *sam_enum_drop_down_new (GType       enum_type);
GListModel  *sam_enum_model_new     (GType       enum_type);

G_END_DECLS
