/* sam-drafts.h: autosave of unsaved changes as drafts, and recovery
 *
 * A few seconds (GSettings autosave-delay) after the last edit, a window
 * with unsaved changes writes its project as a draft in
 * $XDG_DATA_HOME/samenspel/drafts/ (never over the user's file), with a
 * small key file that says what it is.  Saving the project, or closing the
 * window after "Discard", removes the draft.  Drafts left behind by a
 * crashed or killed Samenspel are offered for recovery at the next start.
 */
#pragma once

#include <gtk/gtk.h>

#include "sam-window.h"

G_BEGIN_DECLS

typedef struct {
  char   *id;           /* the draft's own id (file name stem) */
  char   *project_path; /* the draft's project file */
  char   *uri;          /* the user's file, or NULL for an untitled project */
  char   *title;        /* the project title when the draft was written */
  gint64  time;         /* when the draft was written, unix seconds */
} SamDraftInfo;

void          sam_draft_info_free          (SamDraftInfo   *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamDraftInfo, sam_draft_info_free)

/* The folder drafts are written in. */
char         *sam_drafts_get_dir           (void);

/* Starts autosaving for @window (called once, from the window). */
void          sam_drafts_attach            (SamWindow      *window);
/* Writes @window's draft now if it has unsaved changes (for quitting
 * paths and tests); returns whether a write was started. */
gboolean      sam_drafts_write_now         (SamWindow      *window);
/* The draft file @window writes, or NULL when it has none on disk. */
const char   *sam_drafts_get_window_draft  (SamWindow      *window);

/* Drafts no running Samenspel is writing: left by a crash or a kill.
 * Newest first. */
GPtrArray    *sam_drafts_list_orphans      (void);
/* Puts the draft's project into @window as unsaved changes to its file
 * (or as an untitled project) and removes the old draft. */
gboolean      sam_drafts_restore           (SamWindow      *window,
                                            SamDraftInfo   *info,
                                            GError        **error);
void          sam_drafts_delete            (SamDraftInfo   *info);

/* At start-up: when drafts were left behind, asks which to restore. */
void          sam_drafts_offer_recovery    (GtkApplication *application);

G_END_DECLS
