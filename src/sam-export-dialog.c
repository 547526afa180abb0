/* sam-export-dialog.c: File ▸ Export Ladder…
 *
 * A small options window first (format, size, style), then the file
 * chooser of sam-dialogs.c, which already holds the GTK 4.8 / 4.10+
 * branches.  An options window rather than choices inside the file
 * chooser, because GtkFileDialog (4.10+) has no choices.
 */

#define G_LOG_DOMAIN "samenspel-export"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-a11y.h"
#include "sam-dialogs.h"
#include "sam-export-dialog.h"
#include "sam-export.h"

typedef struct {
  const char *label;   /* translated at use */
  int         width, height;
} SizeChoice;

/* PNG and SVG in pixels (screen pictures); PDF in points (pages). */
static const SizeChoice png_sizes[] = {
  { N_("1280 × 720 (HD)"), 1280, 720 },
  { N_("1920 × 1080 (Full HD)"), 1920, 1080 },
  { N_("3840 × 2160 (4K)"), 3840, 2160 },
  { N_("1024 × 768 (4:3 projector)"), 1024, 768 },
};
static const SizeChoice page_sizes[] = {
  { N_("A4 landscape"), 842, 595 },
  { N_("US Letter landscape"), 792, 612 },
  { N_("Slide 16:9"), 960, 540 },
};
static const char * const format_ext[] = { "png", "svg", "pdf" };

typedef struct {
  SamProject *project;
  GtkWindow  *parent;
  GtkWidget  *format;
  GtkWidget  *size;
  GtkWidget  *style;
} ExportDialog;

static void
export_dialog_free (gpointer data)
{
  ExportDialog *d = data;

  g_clear_object (&d->project);
  g_free (d);
}

static ExportDialog *
get_data (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "sam-export-dialog");
}

static const SizeChoice *
current_size (ExportDialog *d)
{
  guint format = gtk_drop_down_get_selected (GTK_DROP_DOWN (d->format));
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (d->size));

  if (format != SAM_EXPORT_FORMAT_PDF)
    return &png_sizes[MIN (i, G_N_ELEMENTS (png_sizes) - 1)];
  return &page_sizes[MIN (i, G_N_ELEMENTS (page_sizes) - 1)];
}

static void
format_changed_cb (GtkDropDown  *format,
                   GParamSpec   *pspec,
                   ExportDialog *d)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  gboolean pixels = gtk_drop_down_get_selected (format) != SAM_EXPORT_FORMAT_PDF;
  const SizeChoice *sizes = pixels ? png_sizes : page_sizes;
  guint n = pixels ? G_N_ELEMENTS (png_sizes) : G_N_ELEMENTS (page_sizes);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, _(sizes[i].label));
  gtk_drop_down_set_model (GTK_DROP_DOWN (d->size), G_LIST_MODEL (list));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (d->size), pixels ? 1 : 0);
}

gboolean
sam_export_dialog_export_to (GtkWindow  *dialog,
                             GFile      *file,
                             GError    **error)
{
  ExportDialog *d;
  const SizeChoice *size;
  SamRenderStyle style;

  g_return_val_if_fail (GTK_IS_WINDOW (dialog), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  d = get_data (dialog);
  g_return_val_if_fail (d != NULL, FALSE);

  size = current_size (d);
  style = gtk_drop_down_get_selected (GTK_DROP_DOWN (d->style));
  return sam_export_ladder_to_file (d->project, file, size->width, size->height, style, error);
}

static void
file_chosen_cb (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(GtkWindow) dialog = user_data;
  g_autoptr(GError) error = NULL;
  ExportDialog *d = get_data (dialog);

  if (file == NULL)
    return;   /* cancelled: keep the options window for another try */

  if (!sam_export_dialog_export_to (dialog, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could not export “%s”"), name);
      sam_dialog_error (d->parent, heading, error->message);
      return;
    }
  gtk_window_destroy (dialog);
}

static void
export_clicked_cb (GtkButton *button,
                   GtkWindow *dialog)
{
  ExportDialog *d = get_data (dialog);
  guint format = gtk_drop_down_get_selected (GTK_DROP_DOWN (d->format));
  const char *title = sam_project_get_title (d->project);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  gtk_file_filter_add_suffix (filter, format_ext[format]);
  gtk_file_filter_set_name (filter, format == SAM_EXPORT_FORMAT_PNG ? _("PNG images")
                                    : format == SAM_EXPORT_FORMAT_SVG ? _("SVG images")
                                    : _("PDF documents"));
  if (title != NULL && *title != '\0')
    /* Translators: suggested export file name; the first %s is the project
     * title, the second the file extension */
    name = g_strdup_printf (_("%s ladder.%s"), title, format_ext[format]);
  else
    /* Translators: suggested export file name for an untitled project; %s is
     * the file extension */
    name = g_strdup_printf (_("Participation ladder.%s"), format_ext[format]);
  g_strdelimit (name, "/\\", '-');
  sam_dialog_save_file (GTK_WINDOW (dialog), _("Export Ladder"), name, NULL, filter,
                        file_chosen_cb, g_object_ref (dialog));
}

static GtkWidget *
labelled (GtkWidget  *grid,
          int         row,
          const char *text,
          GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), widget, 1, row, 1, 1);
  gtk_widget_set_hexpand (widget, TRUE);
  return widget;
}

GtkWindow *
sam_export_dialog_run (GtkWindow  *parent,
                       SamProject *project)
{
  const char *formats[] = { "PNG", "SVG", "PDF", NULL };
  const char *styles[] = { C_("ladder style", "Light"), C_("ladder style", "Dark"),
                           C_("ladder style", "Projector"), NULL };
  ExportDialog *d;
  GtkWidget *window, *header, *cancel, *export, *grid;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);

  d = g_new0 (ExportDialog, 1);
  d->project = g_object_ref (project);
  d->parent = parent;

  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Export Ladder"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  g_object_set_data_full (G_OBJECT (window), "sam-export-dialog", d, export_dialog_free);

  header = gtk_header_bar_new ();
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  export = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_add_css_class (export, "suggested-action");
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), export);
  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  gtk_window_set_default_widget (GTK_WINDOW (window), export);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  g_signal_connect (export, "clicked", G_CALLBACK (export_clicked_cb), window);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);

  d->format = labelled (grid, 0, _("_Format"), gtk_drop_down_new_from_strings (formats));
  d->size = labelled (grid, 1, _("_Size"), gtk_drop_down_new (NULL, NULL));
  d->style = labelled (grid, 2, _("S_tyle"), gtk_drop_down_new_from_strings (styles));
  gtk_widget_set_tooltip_text (d->style, _("Projector: high contrast, large type and thick lines"));
  g_signal_connect (d->format, "notify::selected", G_CALLBACK (format_changed_cb), d);
  format_changed_cb (GTK_DROP_DOWN (d->format), NULL, d);

  gtk_window_set_child (GTK_WINDOW (window), grid);
  sam_a11y_fix_mnemonics (window);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}
