/* sam-note.h: one "bear on the road" in the parking lot */
#pragma once

#include <json-glib/json-glib.h>

#include "sam-enums.h"
#include "sam-types.h"

G_BEGIN_DECLS

#define SAM_TYPE_NOTE (sam_note_get_type ())
G_DECLARE_FINAL_TYPE (SamNote, sam_note, SAM, NOTE, GObject)

SamNote       *sam_note_new                (const char  *text,
                                            SamNoteKind  kind);
SamNote       *sam_note_new_with_id        (const char  *id);
SamNote       *sam_note_copy               (SamNote     *self);

const char    *sam_note_get_id             (SamNote     *self);
const char    *sam_note_get_text           (SamNote     *self);
SamNoteKind    sam_note_get_kind           (SamNote     *self);
SamNoteStatus  sam_note_get_status         (SamNote     *self);
const char    *sam_note_get_owner          (SamNote     *self);
const char    *sam_note_get_stakeholder_id (SamNote     *self);
gint64         sam_note_get_created        (SamNote     *self);
gint64         sam_note_get_modified       (SamNote     *self);

JsonObject    *sam_note_get_unknown        (SamNote     *self);
void           sam_note_set_unknown        (SamNote     *self,
                                            JsonObject  *unknown);

G_END_DECLS
