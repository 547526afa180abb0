/* sam-merge.h: merging an edited copy of a project back into the open one
 *
 * No GTK here.  Items (stakeholders, notes and each field of the project
 * itself) are matched by id.  Whether an item changed on one side or on
 * both is decided with the merge history every project file carries (the
 * top-level member "merge_history", see docs/merging.md): per item, the
 * fingerprints of the states this copy has been saved, loaded or merged in.
 */
#pragma once

#include <gio/gio.h>

#include "sam-project.h"

G_BEGIN_DECLS

#define SAM_MERGE_ERROR (sam_merge_error_quark ())

typedef enum {
  SAM_MERGE_ERROR_DIFFERENT_PROJECT,  /* other project id: offer an import */
} SamMergeError;

/* The name of the top-level member that holds the merge history. */
#define SAM_MERGE_HISTORY_MEMBER "merge_history"
/* How many fingerprints are kept per item (oldest dropped first). */
#define SAM_MERGE_HISTORY_DEPTH 20

typedef enum {
  SAM_MERGE_ITEM_PROJECT,      /* one field of the project: title, a mark, a vision answer */
  SAM_MERGE_ITEM_STAKEHOLDER,
  SAM_MERGE_ITEM_NOTE,
  SAM_MERGE_ITEM_SESSION,      /* a work session, its snapshot included */
} SamMergeItemKind;

typedef enum {
  /* Taken without asking. */
  SAM_MERGE_CHANGE_THEIRS_EDITED,    /* changed only in their copy */
  SAM_MERGE_CHANGE_THEIRS_ADDED,     /* new in their copy */
  SAM_MERGE_CHANGE_THEIRS_DELETED,   /* deleted in their copy, unchanged here */
  /* Conflicts: the user chooses. */
  SAM_MERGE_CHANGE_BOTH_EDITED,      /* changed differently on both sides */
  SAM_MERGE_CHANGE_EDITED_DELETED,   /* changed here, deleted in their copy */
  SAM_MERGE_CHANGE_DELETED_EDITED,   /* deleted here, changed in their copy */
} SamMergeChangeKind;

typedef enum {
  SAM_MERGE_CHOICE_OURS,    /* keep this copy's version (or its deletion) */
  SAM_MERGE_CHOICE_THEIRS,  /* take their version (or their deletion) */
} SamMergeChoice;

typedef struct {
  SamMergeItemKind    item_kind;
  SamMergeChangeKind  kind;
  char               *id;           /* item id, or "project:<property>" */
  char               *label;        /* translated: "Stakeholder “Library”" */
  char               *ours_text;    /* translated description of our version */
  char               *theirs_text;  /* translated description of theirs */
  gint64              ours_modified;   /* 0 when unknown or deleted */
  gint64              theirs_modified;
  SamMergeChoice      choice;       /* preset: THEIRS for non-conflicts; the
                                     * newer side for conflicts */
} SamMergeChange;

#define SAM_TYPE_MERGE (sam_merge_get_type ())
G_DECLARE_FINAL_TYPE (SamMerge, sam_merge, SAM, MERGE, GObject)

GQuark                sam_merge_error_quark     (void);

/* Compares @theirs with @ours.  Fails with DIFFERENT_PROJECT when the two
 * are not copies of the same project. */
SamMerge             *sam_merge_new             (SamProject     *ours,
                                                 SamProject     *theirs,
                                                 GError        **error);
guint                 sam_merge_get_n_changes   (SamMerge       *self);
const SamMergeChange *sam_merge_get_change      (SamMerge       *self,
                                                 guint           index);
gboolean              sam_merge_change_is_conflict (const SamMergeChange *change);
guint                 sam_merge_get_n_conflicts (SamMerge       *self);
void                  sam_merge_set_choice      (SamMerge       *self,
                                                 guint           index,
                                                 SamMergeChoice  choice);
/* Applies every change as chosen to the project given as @ours, as ONE
 * undo step, and records the merge in its merge history.  Call once. */
void                  sam_merge_apply           (SamMerge       *self);

/* Adds copies of all stakeholders and notes of @other (another project)
 * to @project with new ids, as one undo step.  Returns how many items. */
guint                 sam_merge_import_items    (SamProject     *project,
                                                 SamProject     *other);

/* Records the fingerprint of every item's current state in the project's
 * merge history.  Called after a project was loaded or saved (the window
 * does it), and by sam_merge_apply(). */
void                  sam_merge_record_state    (SamProject     *project);
/* The same, with the fingerprints taken a slice at a time when the main
 * loop is idle (after a large project has been drawn).  The outcome is
 * exactly that of sam_merge_record_state() now: whatever is left is
 * recorded at once before the project's history changes anything, before
 * any merge history is read or recorded, and by
 * sam_merge_complete_recording(), which whoever saves the project calls
 * first. */
void                  sam_merge_record_state_soon  (SamProject  *project);
void                  sam_merge_complete_recording (SamProject  *project);

/* The fingerprint of one item's content (every property but id and
 * modification time, plus its unknown members): 16 hex digits. */
char                 *sam_merge_fingerprint     (GObject        *item);

G_END_DECLS
