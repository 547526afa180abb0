/* sam-snapshot.h: the ladder as it stood at one work session
 *
 * An immutable, reference-counted record of the organisation's and the
 * clients' marks and of every stakeholder's rungs and side, with each
 * stakeholder's name as it was then: a stakeholder deleted since is still
 * drawn from the snapshot.  Taken by "Record Session…", read by the loader.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sam-enums.h"
#include "sam-types.h"

G_BEGIN_DECLS

typedef struct _SamSnapshot SamSnapshot;

typedef struct {
  const char *id;           /* the stakeholder's id (it may be gone now) */
  const char *name;         /* its name at that moment */
  guint8      role_now;     /* 0 = not set, 1..4 */
  guint8      role_wanted;
  guint8      side;         /* SamSide */
  JsonObject *unknown;      /* members of the file this version does not know, or NULL */
} SamSnapshotEntry;

#define SAM_TYPE_SNAPSHOT (sam_snapshot_get_type ())

GType                   sam_snapshot_get_type          (void) G_GNUC_CONST;

/* The ladder of @project now. */
SamSnapshot            *sam_snapshot_new_from_project  (SamProject   *project);

/* For the loader: an empty snapshot to fill, then sealed. */
SamSnapshot            *sam_snapshot_new               (guint         n_reserved);
void                    sam_snapshot_set_mark          (SamSnapshot  *self,
                                                        SamMark       mark,
                                                        int           rung);
void                    sam_snapshot_add               (SamSnapshot  *self,
                                                        const char   *id,
                                                        const char   *name,
                                                        int           role_now,
                                                        int           role_wanted,
                                                        SamSide       side,
                                                        JsonObject   *unknown);
void                    sam_snapshot_set_unknown       (SamSnapshot  *self,
                                                        JsonObject   *unknown);
void                    sam_snapshot_set_ladder_unknown (SamSnapshot *self,
                                                        JsonObject   *unknown);

SamSnapshot            *sam_snapshot_ref               (SamSnapshot  *self);
void                    sam_snapshot_unref             (SamSnapshot  *self);

int                     sam_snapshot_get_mark          (SamSnapshot  *self,
                                                        SamMark       mark);
guint                   sam_snapshot_get_n_entries     (SamSnapshot  *self);
const SamSnapshotEntry *sam_snapshot_get_entry         (SamSnapshot  *self,
                                                        guint         index);
/* The entry of the stakeholder @id, or NULL. */
const SamSnapshotEntry *sam_snapshot_find              (SamSnapshot  *self,
                                                        const char   *id);
JsonObject             *sam_snapshot_get_unknown       (SamSnapshot  *self);
JsonObject             *sam_snapshot_get_ladder_unknown (SamSnapshot *self);

/* A project holding the ladder of @self (see sam-snapshot.c). */
SamProject             *sam_snapshot_to_project        (SamSnapshot  *self,
                                                        SamProject   *project);

/* Appends a canonical text of the content, for merge fingerprints. */
void                    sam_snapshot_append_content    (SamSnapshot  *self,
                                                        GString      *out);
gboolean                sam_snapshot_equal             (SamSnapshot  *a,
                                                        SamSnapshot  *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamSnapshot, sam_snapshot_unref)

G_END_DECLS
