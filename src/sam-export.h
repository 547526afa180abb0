/* sam-export.h: the ladder as a PNG, SVG or PDF file, without a display */
#pragma once

#include <gio/gio.h>

#include "sam-ladder-render.h"

G_BEGIN_DECLS

typedef enum {
  SAM_EXPORT_FORMAT_PNG,
  SAM_EXPORT_FORMAT_SVG,
  SAM_EXPORT_FORMAT_PDF,
} SamExportFormat;

#define SAM_EXPORT_MIN_SIZE 64
#define SAM_EXPORT_MAX_SIZE 16384

/* The format for a file name by its extension (case-insensitive). */
gboolean sam_export_format_for_path (const char      *path,
                                     SamExportFormat *format,
                                     GError         **error);
/* "1920x1080" -> 1920, 1080, within SAM_EXPORT_MIN_SIZE..MAX_SIZE. */
gboolean sam_export_parse_size      (const char      *text,
                                     int             *width,
                                     int             *height,
                                     GError         **error);
/* "light", "dark", "projector", with a GError for anything else. */
gboolean sam_export_parse_style     (const char      *text,
                                     SamRenderStyle  *style,
                                     GError         **error);

/* Writes the ladder of @project to @file, the format chosen by the file's
 * extension (.png, .svg, .pdf).  PNG is @width x @height pixels; SVG and
 * PDF are @width x @height points.  The file is replaced atomically. */
gboolean sam_export_ladder_to_file  (SamProject      *project,
                                     GFile           *file,
                                     int              width,
                                     int              height,
                                     SamRenderStyle   style,
                                     GError         **error);
/* The same, for a local path. */
gboolean sam_export_ladder          (SamProject      *project,
                                     const char      *path,
                                     int              width,
                                     int              height,
                                     SamRenderStyle   style,
                                     GError         **error);

/* The compare view: where each party stood at @from, faint, with arrows
 * to where it stands at @to (NULL: now). */
gboolean sam_export_compare         (SamProject      *project,
                                     const char      *path,
                                     int              width,
                                     int              height,
                                     SamRenderStyle   style,
                                     SamSession      *from,
                                     SamSession      *to,
                                     GError         **error);

G_END_DECLS
