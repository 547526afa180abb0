/* sam-enums.h: the enumerations of the model and their JSON nicks
 *
 * The GEnumValue nick of each value is the string stored in the project
 * file, so renaming a nick is a file-format change.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The four ladder marks of the organisation and its clients. */
typedef enum {
  SAM_MARK_PRODUCER_NOW,
  SAM_MARK_PRODUCER_WANTED,
  SAM_MARK_CONSUMER_NOW,
  SAM_MARK_CONSUMER_WANTED,
} SamMark;
#define SAM_N_MARKS 4

typedef enum {
  SAM_SIDE_PRODUCER,
  SAM_SIDE_CONSUMER,
} SamSide;

typedef enum {
  SAM_VERDICT_UNSET,
  SAM_VERDICT_FITS,
  SAM_VERDICT_PARTLY,
  SAM_VERDICT_NO,
} SamVerdict;

typedef enum {
  SAM_WILLINGNESS_UNKNOWN,
  SAM_WILLINGNESS_NONE,
  SAM_WILLINGNESS_LOW,
  SAM_WILLINGNESS_MEDIUM,
  SAM_WILLINGNESS_HIGH,
} SamWillingness;

typedef enum {
  SAM_NOTE_KIND_FEAR,
  SAM_NOTE_KIND_OBSTACLE,
  SAM_NOTE_KIND_QUESTION,
  SAM_NOTE_KIND_IDEA,
} SamNoteKind;

typedef enum {
  SAM_NOTE_STATUS_PARKED,
  SAM_NOTE_STATUS_DISCUSSED,
  SAM_NOTE_STATUS_RESOLVED,
} SamNoteStatus;

#define SAM_TYPE_MARK          (sam_mark_get_type ())
#define SAM_TYPE_SIDE          (sam_side_get_type ())
#define SAM_TYPE_VERDICT       (sam_verdict_get_type ())
#define SAM_TYPE_WILLINGNESS   (sam_willingness_get_type ())
#define SAM_TYPE_NOTE_KIND     (sam_note_kind_get_type ())
#define SAM_TYPE_NOTE_STATUS   (sam_note_status_get_type ())

GType        sam_mark_get_type        (void) G_GNUC_CONST;
GType        sam_side_get_type        (void) G_GNUC_CONST;
GType        sam_verdict_get_type     (void) G_GNUC_CONST;
GType        sam_willingness_get_type (void) G_GNUC_CONST;
GType        sam_note_kind_get_type   (void) G_GNUC_CONST;
GType        sam_note_status_get_type (void) G_GNUC_CONST;

/* The JSON nick of @value in @enum_type, or NULL when out of range. */
const char  *sam_enum_to_nick         (GType       enum_type,
                                       int         value);
/* Looks up @nick; returns FALSE when @nick is not a value of @enum_type. */
gboolean     sam_enum_from_nick       (GType       enum_type,
                                       const char *nick,
                                       int        *value);
/* The translated, user-visible label of @value. */
const char  *sam_enum_to_label        (GType       enum_type,
                                       int         value);

G_END_DECLS
