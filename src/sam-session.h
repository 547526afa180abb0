/* sam-session.h: one work session, with the ladder as it stood then
 *
 * A session has a name, a date (a day, "2026-03-01"), the stakeholders who
 * took part (their ids), a short note, and a snapshot of the ladder taken
 * when it was recorded.  Name, date, participants and note change through
 * the project's undoable setters; the snapshot never changes.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sam-snapshot.h"
#include "sam-types.h"

G_BEGIN_DECLS

#define SAM_TYPE_SESSION (sam_session_get_type ())
G_DECLARE_FINAL_TYPE (SamSession, sam_session, SAM, SESSION, GObject)

SamSession         *sam_session_new              (const char  *id,
                                                  SamSnapshot *snapshot);

const char         *sam_session_get_id           (SamSession  *self);
const char         *sam_session_get_name         (SamSession  *self);
/* "YYYY-MM-DD" */
const char         *sam_session_get_date         (SamSession  *self);
const char         *sam_session_get_note         (SamSession  *self);
const char * const *sam_session_get_participants (SamSession  *self);
gint64              sam_session_get_modified     (SamSession  *self);
SamSnapshot        *sam_session_get_snapshot     (SamSession  *self);

/* The name to show: the session's name, or its date when it has none. */
char               *sam_session_dup_title        (SamSession  *self);
/* The date for people: "1 March 2026" (translated month names). */
char               *sam_session_format_date      (SamSession  *self);

/* What a comparison shows, for captions: "Since 3 February 2026" (@to
 * NULL: now) or "From 3 February 2026 to 7 April 2026". */
char               *sam_session_compare_caption  (SamSession  *from,
                                                  SamSession  *to);

JsonObject         *sam_session_get_unknown      (SamSession  *self);
void                sam_session_set_unknown      (SamSession  *self,
                                                  JsonObject  *unknown);

/* TRUE for "YYYY-MM-DD", a real day in the years 1970 to 9999. */
gboolean            sam_session_date_is_valid    (const char  *date);
/* Today in local time, "YYYY-MM-DD". */
char               *sam_session_today            (void);

/* Orders sessions by date, then by @a and @b's order in the project
 * (the caller breaks ties). */
int                 sam_session_compare_dates    (SamSession  *a,
                                                  SamSession  *b);

G_END_DECLS
