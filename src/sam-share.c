/* sam-share.c: the sharing features of a window, attached in one call */

#define G_LOG_DOMAIN "samenspel-share"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-dialogs.h"
#include "sam-drafts.h"
#include "sam-email.h"
#include "sam-handout.h"
#include "sam-merge-dialog.h"
#include "sam-merge.h"
#include "sam-share.h"

/* ---- Merge history: every loaded or saved state is one both copies
 * may share later (docs/merging.md). ---- */

static void
window_file_cb (SamWindow  *window,
                GParamSpec *pspec,
                gpointer    user_data)
{
  SamProject *project = sam_window_get_project (window);

  /* "file" is notified after every load and every save.  A restored draft
   * holds changes that were never saved: not a shared state. */
  if (project == NULL || g_object_get_data (G_OBJECT (window), "sam-restoring-draft") != NULL)
    return;
  if (sam_history_get_dirty (sam_project_get_history (project)))
    return;
  /* Fingerprinting every item of a large project takes as long as loading
   * it: done when idle, after the project is on screen, with the same
   * outcome as now (see sam_merge_record_state_soon()). */
  sam_merge_record_state_soon (project);
}

/* ---- Export Handout… ---- */

static void
handout_chosen_cb (GFile    *file,
                   gpointer  user_data)
{
  g_autoptr(SamWindow) window = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      sam_dialog_error (GTK_WINDOW (window), _("Could not export the handout"),
                        _("Choose a folder on this computer."));
      return;
    }
  if (!g_str_has_suffix (path, ".pdf") && !g_str_has_suffix (path, ".PDF"))
    {
      char *with_ext = g_strconcat (path, ".pdf", NULL);
      g_free (path);
      path = with_ext;
    }
  if (!sam_handout_export (sam_window_get_project (window), path, &error))
    sam_dialog_error (GTK_WINDOW (window), _("Could not export the handout"), error->message);
}

static void
export_handout_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SamWindow *window = user_data;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *suggested = g_strdup_printf ("%s.pdf", sam_window_get_display_title (window));
  GFile *file = sam_window_get_file (window);
  g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;

  g_strdelimit (suggested, "/\\", '-');
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  sam_dialog_save_file (GTK_WINDOW (window), _("Export Handout"), suggested, folder, filter,
                        handout_chosen_cb, g_object_ref (window));
}

/* ---- Print… ---- */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  SamHandout *handout = user_data;

  gtk_print_operation_set_n_pages (operation, sam_handout_get_n_pages (handout));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              gpointer           user_data)
{
  SamHandout *handout = user_data;
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double sx = gtk_print_context_get_width (context) / SAM_HANDOUT_A4_WIDTH;
  double sy = gtk_print_context_get_height (context) / SAM_HANDOUT_A4_HEIGHT;
  double scale = MIN (sx, sy);

  /* The same A4 pages as the PDF, scaled to the paper (Letter too). */
  cairo_scale (cr, scale, scale);
  sam_handout_draw_page (handout, cr, page_nr);
}

GtkPrintOperation *
sam_share_new_print_operation (SamProject *project,
                               const char *job_name)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  SamHandout *handout;

  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);

  operation = gtk_print_operation_new ();
  handout = sam_handout_new (project, SAM_HANDOUT_A4_WIDTH, SAM_HANDOUT_A4_HEIGHT);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* Our pages have their own margins, the same as in the PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), handout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), handout);
  g_object_set_data_full (G_OBJECT (operation), "sam-handout", handout, (GDestroyNotify) sam_handout_free);
  return operation;
}

void
sam_share_print (SamWindow *window)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (SAM_IS_WINDOW (window));

  operation = sam_share_new_print_operation (sam_window_get_project (window),
                                             sam_window_get_display_title (window));
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (window), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    sam_dialog_error (GTK_WINDOW (window), _("Could not print"), error->message);
}

/* ---- Actions ---- */

static void
send_email_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  sam_email_send_project (SAM_WINDOW (user_data));
}

static void
merge_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  sam_merge_dialog_choose_file (SAM_WINDOW (user_data));
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  sam_share_print (SAM_WINDOW (user_data));
}

static const GActionEntry share_actions[] = {
  { "send-email", send_email_action },
  { "merge", merge_action },
  { "export-handout", export_handout_action },
  { "print", print_action },
};

void
sam_share_attach (SamWindow *window)
{
  g_return_if_fail (SAM_IS_WINDOW (window));

  /* win.* actions: a GtkApplicationWindow is the "win" action map. */
  g_action_map_add_action_entries (G_ACTION_MAP (window), share_actions,
                                   G_N_ELEMENTS (share_actions), window);
  /* "Attach Handout to Emails" is the attach-handout setting itself, when
   * the schema is installed (not when running from a bare build tree). */
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = source != NULL
      ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

    if (schema != NULL && g_settings_schema_has_key (schema, "attach-handout"))
      {
        g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
        g_autoptr(GAction) action = g_settings_create_action (settings, "attach-handout");

        g_action_map_add_action (G_ACTION_MAP (window), action);
      }
  }
  g_signal_connect (window, "notify::file", G_CALLBACK (window_file_cb), NULL);
  window_file_cb (window, NULL, NULL);
  sam_drafts_attach (window);
}
