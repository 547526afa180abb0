/* sam-export.c: the ladder as a PNG, SVG or PDF file
 *
 * The same renderer as the canvas, onto a cairo image, SVG or PDF surface.
 * Output goes through a GFileOutputStream (g_file_replace), so a failed
 * export leaves an existing file as it was and every error is a GError.
 */

#define G_LOG_DOMAIN "samenspel-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sam-export.h"

typedef struct {
  GOutputStream *stream;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *user_data,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *closure = user_data;

  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (closure->stream, data, length, NULL, NULL, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
sam_export_format_for_path (const char      *path,
                            SamExportFormat *format,
                            GError         **error)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  dot = strrchr (path, '.');
  if (dot != NULL && strchr (dot, '/') == NULL)
    {
      if (g_ascii_strcasecmp (dot, ".png") == 0)
        *format = SAM_EXPORT_FORMAT_PNG;
      else if (g_ascii_strcasecmp (dot, ".svg") == 0)
        *format = SAM_EXPORT_FORMAT_SVG;
      else if (g_ascii_strcasecmp (dot, ".pdf") == 0)
        *format = SAM_EXPORT_FORMAT_PDF;
      else
        dot = NULL;
    }
  else
    dot = NULL;

  if (dot == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot tell the export format of “%s”: the name must end in .png, .svg or .pdf"),
                   path);
      return FALSE;
    }
  return TRUE;
}

gboolean
sam_export_parse_size (const char *text,
                       int        *width,
                       int        *height,
                       GError    **error)
{
  guint64 w = 0, h = 0;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  if (text != NULL)
    parts = g_strsplit_set (text, "xX", -1);
  if (parts == NULL || g_strv_length (parts) != 2
      || !g_ascii_string_to_unsigned (parts[0], 10, SAM_EXPORT_MIN_SIZE, SAM_EXPORT_MAX_SIZE, &w, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, SAM_EXPORT_MIN_SIZE, SAM_EXPORT_MAX_SIZE, &h, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a size: use WIDTHxHEIGHT, each between %d and %d, such as 1920x1080"),
                   text ? text : "", SAM_EXPORT_MIN_SIZE, SAM_EXPORT_MAX_SIZE);
      return FALSE;
    }
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

gboolean
sam_export_parse_style (const char     *text,
                        SamRenderStyle *style,
                        GError        **error)
{
  g_return_val_if_fail (style != NULL, FALSE);

  if (!sam_render_style_from_string (text, style))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Unknown style “%s”: use light, dark or projector"), text ? text : "");
      return FALSE;
    }
  return TRUE;
}

/* The compare view of an export (--compare), or NULL. */
typedef struct {
  SamSession *from;
  SamSession *to;   /* NULL: now */
} ExportCompare;

static void
render_to (cairo_surface_t     *surface,
           SamProject          *project,
           int                  width,
           int                  height,
           SamRenderStyle       style,
           const ExportCompare *compare)
{
  SamRenderOptions options;
  cairo_t *cr = cairo_create (surface);
  g_autoptr(SamProject) later = NULL;
  g_autofree char *caption = NULL;

  sam_render_options_init (&options, style);
  if (compare != NULL && compare->from != NULL)
    {
      options.compare_from = sam_session_get_snapshot (compare->from);
      caption = sam_session_compare_caption (compare->from, compare->to);
      options.compare_caption = caption;
      if (compare->to != NULL)
        project = later = sam_snapshot_to_project (sam_session_get_snapshot (compare->to), project);
    }
  sam_ladder_geometry_free (sam_ladder_render (cr, project, width, height, &options));
  cairo_destroy (cr);
}

static gboolean
export_to_file (SamProject          *project,
                GFile               *file,
                int                  width,
                int                  height,
                SamRenderStyle       style,
                const ExportCompare *compare,
                GError             **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autofree char *name = NULL;
  SamExportFormat format;
  WriteClosure closure = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (SAM_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (style < SAM_RENDER_N_STYLES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);
  if (!sam_export_format_for_path (name, &format, error))
    return FALSE;
  if (width < SAM_EXPORT_MIN_SIZE || width > SAM_EXPORT_MAX_SIZE
      || height < SAM_EXPORT_MIN_SIZE || height > SAM_EXPORT_MAX_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The export size %d×%d is out of range: each side must be between %d and %d"),
                   width, height, SAM_EXPORT_MIN_SIZE, SAM_EXPORT_MAX_SIZE);
      return FALSE;
    }

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    return FALSE;
  closure.stream = G_OUTPUT_STREAM (stream);

  switch (format)
    {
    case SAM_EXPORT_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      render_to (surface, project, width, height, style, compare);
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, write_cb, &closure);
      break;
    case SAM_EXPORT_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_cb, &closure, width, height);
      /* The size asked for is the size viewers show: pixels, not points
       * (which they would draw a third larger). */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      render_to (surface, project, width, height, style, compare);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      break;
    case SAM_EXPORT_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_cb, &closure, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Participation ladder"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Samenspel " PACKAGE_VERSION);
      render_to (surface, project, width, height, style, compare);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_surface_destroy (surface);

  if (closure.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      /* Cancel, so g_file_replace() leaves the old file in place. */
      g_autoptr(GCancellable) cancel = g_cancellable_new ();
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      if (closure.error != NULL)
        g_propagate_error (error, closure.error);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not draw the ladder: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

gboolean
sam_export_ladder_to_file (SamProject     *project,
                           GFile          *file,
                           int             width,
                           int             height,
                           SamRenderStyle  style,
                           GError        **error)
{
  return export_to_file (project, file, width, height, style, NULL, error);
}

gboolean
sam_export_compare (SamProject      *project,
                    const char      *path,
                    int              width,
                    int              height,
                    SamRenderStyle   style,
                    SamSession      *from,
                    SamSession      *to,
                    GError         **error)
{
  g_autoptr(GFile) file = NULL;
  ExportCompare compare = { from, to };

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (SAM_IS_SESSION (from), FALSE);
  g_return_val_if_fail (to == NULL || SAM_IS_SESSION (to), FALSE);

  file = g_file_new_for_commandline_arg (path);
  return export_to_file (project, file, width, height, style, &compare, error);
}

gboolean
sam_export_ladder (SamProject     *project,
                   const char     *path,
                   int             width,
                   int             height,
                   SamRenderStyle  style,
                   GError        **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_commandline_arg (path);
  return sam_export_ladder_to_file (project, file, width, height, style, error);
}
