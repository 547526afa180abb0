/* sam-note-card.h: one note of the parking lot, editable in place */
#pragma once

#include <gtk/gtk.h>

#include "sam-project.h"

G_BEGIN_DECLS

#define SAM_TYPE_NOTE_CARD (sam_note_card_get_type ())
G_DECLARE_FINAL_TYPE (SamNoteCard, sam_note_card, SAM, NOTE_CARD, GtkWidget)

GtkWidget   *sam_note_card_new              (void);
/* @stakeholder_choices: a "no stakeholder" item followed by the project's
 * stakeholders, shared by every card of the board. */
void         sam_note_card_bind             (SamNoteCard *self,
                                             SamProject  *project,
                                             SamNote     *note,
                                             GListModel  *stakeholder_choices);
void         sam_note_card_unbind           (SamNoteCard *self);
SamNote     *sam_note_card_get_note         (SamNoteCard *self);
GtkTextView *sam_note_card_get_text_view    (SamNoteCard *self);

/* Icon of a note kind, shown beside its label and colour. */
const char  *sam_note_kind_icon_name        (SamNoteKind  kind);

G_END_DECLS
