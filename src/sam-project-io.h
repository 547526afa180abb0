/* sam-project-io.h: reading and writing project files
 *
 * The one loader and the one saver.  Project files arrive by email, so the
 * loader treats its input as hostile: it either returns a complete project
 * or NULL and a GError whose message names the problem and where; it never
 * hands out a half-loaded document.  The saver writes atomically.
 */
#pragma once

#include <gio/gio.h>

#include "sam-project.h"

G_BEGIN_DECLS

#define SAM_PROJECT_ERROR (sam_project_error_quark ())

typedef enum {
  SAM_PROJECT_ERROR_TOO_LARGE,        /* file or a string/array over its cap */
  SAM_PROJECT_ERROR_ENCODING,         /* not UTF-8, or a NUL character */
  SAM_PROJECT_ERROR_TOO_DEEP,         /* nesting over the depth cap */
  SAM_PROJECT_ERROR_SYNTAX,           /* not strict JSON (RFC 8259) */
  SAM_PROJECT_ERROR_NOT_A_PROJECT,    /* no "format": "samenspel" */
  SAM_PROJECT_ERROR_NEWER_VERSION,    /* needs a newer Samenspel */
  SAM_PROJECT_ERROR_INVALID,          /* wrong type or value of a member */
  SAM_PROJECT_ERROR_DUPLICATE_ID,
  SAM_PROJECT_ERROR_MISSING_REFERENCE,
  SAM_PROJECT_ERROR_CHANGED_ON_DISK,  /* the file changed since it was read */
} SamProjectError;

/* Caps, documented in docs/file-format.md. */
#define SAM_PROJECT_MAX_FILE_SIZE   (128 * 1024 * 1024)
#define SAM_PROJECT_MAX_DEPTH       32
#define SAM_PROJECT_FORMAT_VERSION  1
/* Added by the IO module (see docs/file-format.md): characters in a name
 * (title, organisation, stakeholder name and category, note owner), in a
 * text (vision answers, interest, benefit, notes, note text), and items in
 * each of the stakeholder and note lists. */
#define SAM_PROJECT_MAX_NAME_CHARS  200
#define SAM_PROJECT_MAX_TEXT_CHARS  100000
#define SAM_PROJECT_MAX_ITEMS       100000

GQuark      sam_project_error_quark        (void);

SamProject *sam_project_load_from_bytes    (GBytes        *bytes,
                                            GError       **error);
/* Reads at most SAM_PROJECT_MAX_FILE_SIZE bytes.  @etag_out, if not NULL,
 * receives the file's etag for sam_project_save_to_file(). */
SamProject *sam_project_load_from_file     (GFile         *file,
                                            char         **etag_out,
                                            GCancellable  *cancellable,
                                            GError       **error);
void        sam_project_load_async         (GFile               *file,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
SamProject *sam_project_load_finish        (GAsyncResult  *result,
                                            char         **etag_out,
                                            GError       **error);

/* Pretty-printed, stable member order, final newline. */
GBytes     *sam_project_save_to_bytes      (SamProject    *project);

/* Atomic: a temporary file in the same folder, fsync, rename; keeps the
 * permissions of an existing file.  When @expected_etag is not NULL and the
 * file on disk no longer has it, fails with CHANGED_ON_DISK and writes
 * nothing.  @etag_out receives the new etag.  On any failure the old file
 * is untouched. */
gboolean    sam_project_save_to_file       (SamProject    *project,
                                            GFile         *file,
                                            const char    *expected_etag,
                                            char         **etag_out,
                                            GCancellable  *cancellable,
                                            GError       **error);
void        sam_project_save_async         (SamProject          *project,
                                            GFile               *file,
                                            const char          *expected_etag,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    sam_project_save_finish        (GAsyncResult  *result,
                                            char         **etag_out,
                                            GError       **error);

G_END_DECLS
