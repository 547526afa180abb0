/* sam-project.h: the document, one co-creation process
 *
 * Read with the getters or g_object_get(); change ONLY through the
 * sam_project_set_*() / add / remove functions below, which record every
 * change in the project's SamHistory (undo, redo, dirty state) and update
 * modification times.  Plain g_object_set() is for loaders and tests.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sam-enums.h"
#include "sam-history.h"
#include "sam-note.h"
#include "sam-session.h"
#include "sam-stakeholder.h"
#include "sam-types.h"

G_BEGIN_DECLS

#define SAM_TYPE_PROJECT (sam_project_get_type ())
G_DECLARE_FINAL_TYPE (SamProject, sam_project, SAM, PROJECT, GObject)

/* The vision questions, in the order the app asks them. */
typedef enum {
  SAM_VISION_CLIENT_WANTS,   /* What does the client want? */
  SAM_VISION_MISSION,        /* In that light: our mission and vision? */
  SAM_VISION_APPROACH,       /* How do we carry it out? */
  SAM_VISION_CURRENT,        /* What do we do now? */
  SAM_VISION_FIT_NOTES,      /* Does that still fit? (notes beside the verdict) */
} SamVisionField;
#define SAM_VISION_N_FIELDS 5

SamProject     *sam_project_new                 (void);
SamProject     *sam_project_new_with_id         (const char     *id);

const char     *sam_project_get_id              (SamProject     *self);
const char     *sam_project_get_title           (SamProject     *self);
const char     *sam_project_get_organisation    (SamProject     *self);
gint64          sam_project_get_created         (SamProject     *self);
gint64          sam_project_get_modified        (SamProject     *self);

/* 0 when not set, else 1..4 */
int             sam_project_get_mark            (SamProject     *self,
                                                 SamMark         mark);
const char     *sam_project_get_vision          (SamProject     *self,
                                                 SamVisionField  field);
SamVerdict      sam_project_get_verdict         (SamProject     *self);

/* Property names, for sam_project_set_*() and bindings. */
const char     *sam_mark_property_name          (SamMark         mark);
const char     *sam_vision_property_name        (SamVisionField  field);
/* Translated question and guidance text of a vision field. */
const char     *sam_vision_question             (SamVisionField  field);
const char     *sam_vision_guidance             (SamVisionField  field);

GListModel     *sam_project_get_stakeholders    (SamProject     *self);
GListModel     *sam_project_get_notes           (SamProject     *self);
SamStakeholder *sam_project_find_stakeholder    (SamProject     *self,
                                                 const char     *id);
SamNote        *sam_project_find_note           (SamProject     *self,
                                                 const char     *id);
SamHistory     *sam_project_get_history         (SamProject     *self);

/* Work sessions (SamSession), in the order of the file; see
 * sam_project_dup_sessions_in_order() for the order of their dates. */
GListModel     *sam_project_get_sessions        (SamProject     *self);
SamSession     *sam_project_find_session        (SamProject     *self,
                                                 const char     *id);
/* A new array (of references) of the sessions by date; sessions of one
 * day keep the order of the file. */
GPtrArray      *sam_project_dup_sessions_in_order (SamProject   *self);

/* Undoable edits.  @object is the project itself, one of its stakeholders
 * or one of its notes.  String edits merge while the user types. */
void            sam_project_set_string          (SamProject     *self,
                                                 gpointer        object,
                                                 const char     *property,
                                                 const char     *value);
void            sam_project_set_int             (SamProject     *self,
                                                 gpointer        object,
                                                 const char     *property,
                                                 int             value);
void            sam_project_set_enum            (SamProject     *self,
                                                 gpointer        object,
                                                 const char     *property,
                                                 int             value);
void            sam_project_set_boolean         (SamProject     *self,
                                                 gpointer        object,
                                                 const char     *property,
                                                 gboolean        value);
void            sam_project_set_mark            (SamProject     *self,
                                                 SamMark         mark,
                                                 int             rung);

void            sam_project_add_stakeholder     (SamProject     *self,
                                                 SamStakeholder *stakeholder,
                                                 int             position); /* -1: append */
void            sam_project_remove_stakeholder  (SamProject     *self,
                                                 SamStakeholder *stakeholder);
void            sam_project_add_note            (SamProject     *self,
                                                 SamNote        *note,
                                                 int             position); /* -1: append */
void            sam_project_remove_note         (SamProject     *self,
                                                 SamNote        *note);

/* A session named on the command line: its id, its number in the order of
 * dates (1 = the first), "first", "last", or a date ("2026-03-01": the
 * first session that day).  NULL when none matches. */
SamSession     *sam_project_lookup_session      (SamProject     *self,
                                                 const char     *spec);

/* Records a work session with a snapshot of the ladder now, as one undo
 * step ("Record Session").  @date is "YYYY-MM-DD" (NULL: today),
 * @participants stakeholder ids.  Returns the session (owned by the
 * project), or NULL when the project holds SAM_PROJECT_MAX_SESSIONS. */
SamSession     *sam_project_record_session      (SamProject     *self,
                                                 const char     *name,
                                                 const char     *date,
                                                 const char * const *participants,
                                                 const char     *note);
void            sam_project_add_session         (SamProject     *self,
                                                 SamSession     *session,
                                                 int             position); /* -1: by date */
void            sam_project_remove_session      (SamProject     *self,
                                                 SamSession     *session);
/* Undoable change of the participants (ids of stakeholders). */
void            sam_project_set_participants    (SamProject     *self,
                                                 SamSession     *session,
                                                 const char * const *participants);

/* Several edits as one undo step. */
void            sam_project_begin_edit          (SamProject     *self,
                                                 const char     *label);
void            sam_project_end_edit            (SamProject     *self);

/* Loading: fill a fresh project without recording history. */
void            sam_project_load_stakeholder    (SamProject     *self,
                                                 SamStakeholder *stakeholder);
void            sam_project_load_note           (SamProject     *self,
                                                 SamNote        *note);
void            sam_project_load_session        (SamProject     *self,
                                                 SamSession     *session);

/* The most sessions a project holds (docs/file-format.md). */
#define SAM_PROJECT_MAX_SESSIONS 1000

/* Members of the file this version does not know, per JSON object of the
 * project file ("" is the top level; other names are the file's sections,
 * such as "ladder" or "vision").  Kept for the next save. */
JsonObject     *sam_project_get_unknown         (SamProject     *self,
                                                 const char     *section);
void            sam_project_set_unknown         (SamProject     *self,
                                                 const char     *section,
                                                 JsonObject     *unknown);
/* The sections that hold unknown members, for the saver. */
GList          *sam_project_list_unknown_sections (SamProject   *self);

/* A new random UUID string, for ids. */
char           *sam_new_id                      (void);

G_END_DECLS
