/* sam-history.h: the one undo mechanism for every kind of edit
 *
 * An edit is a property change on any GObject, or an insertion into or
 * removal from a GListStore.  Edits are collected in groups (one undo step
 * each); consecutive mergeable property edits of the same property (typing)
 * fold into one step until sam_history_seal() or a pause.
 *
 * Signal "changing" (no arguments): emitted right before the history
 * changes an object (a new edit, an undo, a redo), while every object
 * still holds its old state.
 */
#pragma once

#include <gio/gio.h>

#include "sam-types.h"

G_BEGIN_DECLS

#define SAM_TYPE_HISTORY (sam_history_get_type ())
G_DECLARE_FINAL_TYPE (SamHistory, sam_history, SAM, HISTORY, GObject)

/* Called with every object an edit (or its undo/redo) changed. */
typedef void (*SamHistoryTouchFunc) (GObject  *object,
                                     gpointer  owner);

/* How long a pause in typing may be before a new undo step starts. */
#define SAM_HISTORY_MERGE_USEC (2 * G_USEC_PER_SEC)

SamHistory *sam_history_new              (void);
/* @owner (the document) keeps the history alive, so the history holds no
 * reference to it, not even in edits of the owner's own properties. */
void        sam_history_set_owner        (SamHistory          *self,
                                          GObject             *owner,
                                          SamHistoryTouchFunc  func);

void        sam_history_begin_group      (SamHistory   *self,
                                          const char   *label);
void        sam_history_end_group        (SamHistory   *self);

/* Apply and record.  Each returns without recording when nothing changes. */
void        sam_history_set_property     (SamHistory   *self,
                                          GObject      *object,
                                          const char   *property,
                                          const GValue *value,
                                          gboolean      mergeable);
void        sam_history_insert           (SamHistory   *self,
                                          GListStore   *store,
                                          guint         position,
                                          GObject      *item);
void        sam_history_remove           (SamHistory   *self,
                                          GListStore   *store,
                                          guint         position);

/* Ends typing-merge: the next edit starts a new undo step. */
void        sam_history_seal             (SamHistory   *self);

gboolean    sam_history_can_undo         (SamHistory   *self);
gboolean    sam_history_can_redo         (SamHistory   *self);
const char *sam_history_get_undo_label   (SamHistory   *self);
const char *sam_history_get_redo_label   (SamHistory   *self);
gboolean    sam_history_undo             (SamHistory   *self);
gboolean    sam_history_redo             (SamHistory   *self);
void        sam_history_clear            (SamHistory   *self);

/* The dirty state is derived: the document is clean when the history
 * stands where it stood at the last sam_history_mark_clean(). */
gboolean    sam_history_get_dirty        (SamHistory   *self);
void        sam_history_mark_clean       (SamHistory   *self);
/* For a document that is unsaved from the start (an untitled copy). */
void        sam_history_mark_unclean     (SamHistory   *self);

G_END_DECLS
