/* sam-json-check.h: a strict RFC 8259 check of raw bytes
 *
 * Runs before any parser sees untrusted data: json-glib 1.6 accepts some
 * non-standard JSON and has no nesting limit (about 100,000 nested '['
 * crash it), and sam_json_tree_new() relies on the check.  One pass over
 * the bytes, no allocation on success.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Checks @data (@length bytes) for: at most SAM_PROJECT_MAX_FILE_SIZE
 * bytes, valid UTF-8 without NUL characters, nesting of at most
 * @max_depth arrays and objects, and strict JSON grammar (no comments,
 * single quotes, trailing commas or text after the value, no hex, octal,
 * leading-zero, NaN or Infinity numbers, no numbers out of range, no
 * control characters or invalid escapes in strings, no lone surrogates,
 * no \u0000).  A UTF-8 byte order mark at the start is allowed and
 * skipped: *@offset_out receives the offset of the JSON text.
 *
 * On failure returns FALSE and sets @error in SAM_PROJECT_ERROR with a
 * message that starts with "line L, column C: " where that helps. */
gboolean sam_json_check (const char  *data,
                         gsize        length,
                         guint        max_depth,
                         gsize       *offset_out,
                         GError     **error);

G_END_DECLS
