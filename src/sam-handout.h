/* sam-handout.h: the project on paper, for partners without Samenspel
 *
 * A4 pages: a title page, the ladder (drawn by the one renderer), the
 * vision answers, the stakeholder table and the parking lot (still-parked
 * items first), with a header and page numbers, in the UI language.  The
 * same page drawing serves the PDF file and printing.  No display needed.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sam-project.h"

G_BEGIN_DECLS

#define SAM_HANDOUT_A4_WIDTH  595.276   /* points */
#define SAM_HANDOUT_A4_HEIGHT 841.890

typedef struct _SamHandout SamHandout;

/* Lays out @project on pages of @width x @height points. */
SamHandout *sam_handout_new             (SamProject  *project,
                                         double       width,
                                         double       height);
void        sam_handout_free            (SamHandout  *self);
guint       sam_handout_get_n_pages     (SamHandout  *self);
/* Draws page @index (0-based) onto @cr, whose user space is the page in
 * points with the origin at its top left corner. */
void        sam_handout_draw_page       (SamHandout  *self,
                                         cairo_t     *cr,
                                         guint        index);

/* Writes the handout as an A4 PDF at @path, replacing the file atomically. */
gboolean    sam_handout_export          (SamProject  *project,
                                         const char  *path,
                                         GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamHandout, sam_handout_free)

G_END_DECLS
