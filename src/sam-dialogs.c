/* sam-dialogs.c: the app's few dialogs, one code path for GTK 4.8 and newer */

#define G_LOG_DOMAIN "samenspel-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-a11y.h"
#include "sam-dialogs.h"

typedef struct {
  gpointer func;
  gpointer user_data;
} Callback;

static Callback *
callback_new (gpointer func,
              gpointer user_data)
{
  Callback *cb = g_new0 (Callback, 1);

  cb->func = func;
  cb->user_data = user_data;
  return cb;
}

GtkFileFilter *
sam_project_file_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Samenspel projects"));
  gtk_file_filter_add_mime_type (filter, "application/x-samenspel");
  gtk_file_filter_add_suffix (filter, "samenspel");
  return filter;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
save_changes_done_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autofree Callback *cb = user_data;
  int button = gtk_alert_dialog_choose_finish (GTK_ALERT_DIALOG (source), result, NULL);
  SamSaveChangesResponse response = button == 2 ? SAM_SAVE_CHANGES_SAVE
                                    : button == 1 ? SAM_SAVE_CHANGES_DISCARD
                                    : SAM_SAVE_CHANGES_CANCEL;

  ((SamSaveChangesFunc) cb->func) (response, cb->user_data);
}

void
sam_dialog_save_changes (GtkWindow          *parent,
                         const char         *document_title,
                         SamSaveChangesFunc  func,
                         gpointer            user_data)
{
  g_autoptr(GtkAlertDialog) dialog = NULL;
  const char *buttons[] = { _("_Cancel"), _("_Discard"), _("_Save"), NULL };

  dialog = gtk_alert_dialog_new (_("Save changes to “%s”?"), document_title);
  gtk_alert_dialog_set_detail (dialog, _("Changes that are not saved will be lost for good."));
  gtk_alert_dialog_set_buttons (dialog, buttons);
  gtk_alert_dialog_set_cancel_button (dialog, 0);
  gtk_alert_dialog_set_default_button (dialog, 2);
  gtk_alert_dialog_choose (dialog, parent, NULL, save_changes_done_cb,
                           callback_new (func, user_data));
}

static void
question_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autofree Callback *cb = user_data;
  int button = gtk_alert_dialog_choose_finish (GTK_ALERT_DIALOG (source), result, NULL);

  ((SamQuestionFunc) cb->func) (button == 1, cb->user_data);
}

void
sam_dialog_question (GtkWindow       *parent,
                     const char      *heading,
                     const char      *body,
                     const char      *accept_label,
                     SamQuestionFunc  func,
                     gpointer         user_data)
{
  g_autoptr(GtkAlertDialog) dialog = gtk_alert_dialog_new ("%s", heading);
  const char *buttons[] = { _("_Cancel"), accept_label, NULL };

  gtk_alert_dialog_set_detail (dialog, body);
  gtk_alert_dialog_set_buttons (dialog, buttons);
  gtk_alert_dialog_set_cancel_button (dialog, 0);
  gtk_alert_dialog_set_default_button (dialog, 0);
  gtk_alert_dialog_choose (dialog, parent, NULL, question_done_cb,
                           callback_new (func, user_data));
}

void
sam_dialog_error (GtkWindow  *parent,
                  const char *heading,
                  const char *body)
{
  g_autoptr(GtkAlertDialog) dialog = gtk_alert_dialog_new ("%s", heading);

  gtk_alert_dialog_set_detail (dialog, body);
  gtk_alert_dialog_show (dialog, parent);
}

static void
file_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autofree Callback *cb = user_data;
  g_autoptr(GFile) file = NULL;
  GtkFileDialog *dialog = GTK_FILE_DIALOG (source);

  if (g_object_get_data (G_OBJECT (dialog), "sam-save") != NULL)
    file = gtk_file_dialog_save_finish (dialog, result, NULL);
  else
    file = gtk_file_dialog_open_finish (dialog, result, NULL);

  ((SamFileFunc) cb->func) (file, cb->user_data);
}

static GtkFileDialog *
file_dialog_new (const char    *title,
                 GtkFileFilter *filter)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (filter != NULL)
    {
      g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

      g_list_store_append (filters, filter);
      gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
      gtk_file_dialog_set_default_filter (dialog, filter);
    }
  return dialog;
}

void
sam_dialog_open_file (GtkWindow     *parent,
                      const char    *title,
                      GFile         *folder,
                      GtkFileFilter *filter,
                      SamFileFunc    func,
                      gpointer       user_data)
{
  g_autoptr(GtkFileDialog) dialog = file_dialog_new (title, filter);

  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);
  gtk_file_dialog_open (dialog, parent, NULL, file_done_cb, callback_new (func, user_data));
}

void
sam_dialog_save_file (GtkWindow     *parent,
                      const char    *title,
                      const char    *suggested_name,
                      GFile         *folder,
                      GtkFileFilter *filter,
                      SamFileFunc    func,
                      gpointer       user_data)
{
  g_autoptr(GtkFileDialog) dialog = file_dialog_new (title, filter);

  g_object_set_data (G_OBJECT (dialog), "sam-save", GINT_TO_POINTER (1));
  if (suggested_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, suggested_name);
  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);
  gtk_file_dialog_save (dialog, parent, NULL, file_done_cb, callback_new (func, user_data));
}

#else /* GTK 4.8 */

/* The answer may close the parent window; the dialog must not outlive it
 * pointing at it, so it lets go of the parent before anything else. */
static void
close_dialog (GtkDialog *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
save_changes_response_cb (GtkDialog *dialog,
                          int        response_id,
                          gpointer   user_data)
{
  g_autofree Callback *cb = user_data;
  SamSaveChangesResponse response = response_id == GTK_RESPONSE_ACCEPT ? SAM_SAVE_CHANGES_SAVE
                                    : response_id == GTK_RESPONSE_REJECT ? SAM_SAVE_CHANGES_DISCARD
                                    : SAM_SAVE_CHANGES_CANCEL;

  close_dialog (dialog);
  ((SamSaveChangesFunc) cb->func) (response, cb->user_data);
}

void
sam_dialog_save_changes (GtkWindow          *parent,
                         const char         *document_title,
                         SamSaveChangesFunc  func,
                         gpointer            user_data)
{
  GtkWidget *dialog;
  GtkWidget *discard;

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save changes to “%s”?"), document_title);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Changes that are not saved will be lost for good."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  discard = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Discard"), GTK_RESPONSE_REJECT);
  gtk_widget_add_css_class (discard, "destructive-action");
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Save"), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect (dialog, "response", G_CALLBACK (save_changes_response_cb),
                    callback_new (func, user_data));
  sam_a11y_fix_mnemonics (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
question_response_cb (GtkDialog *dialog,
                      int        response_id,
                      gpointer   user_data)
{
  g_autofree Callback *cb = user_data;

  close_dialog (dialog);
  ((SamQuestionFunc) cb->func) (response_id == GTK_RESPONSE_ACCEPT, cb->user_data);
}

void
sam_dialog_question (GtkWindow       *parent,
                     const char      *heading,
                     const char      *body,
                     const char      *accept_label,
                     SamQuestionFunc  func,
                     gpointer         user_data)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", heading);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", body);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), accept_label, GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect (dialog, "response", G_CALLBACK (question_response_cb),
                    callback_new (func, user_data));
  sam_a11y_fix_mnemonics (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sam_dialog_error (GtkWindow  *parent,
                  const char *heading,
                  const char *body)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", heading);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", body);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  sam_a11y_fix_mnemonics (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
file_response_cb (GtkNativeDialog *native,
                  int              response_id,
                  gpointer         user_data)
{
  g_autofree Callback *cb = user_data;
  g_autoptr(GFile) file = NULL;

  if (response_id == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  ((SamFileFunc) cb->func) (file, cb->user_data);
  g_object_unref (native);
}

static GtkFileChooserNative *
file_chooser_new (GtkWindow            *parent,
                  const char           *title,
                  GtkFileChooserAction  action,
                  GtkFileFilter        *filter)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent, action, NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  return native;
}

void
sam_dialog_open_file (GtkWindow     *parent,
                      const char    *title,
                      GFile         *folder,
                      GtkFileFilter *filter,
                      SamFileFunc    func,
                      gpointer       user_data)
{
  GtkFileChooserNative *native = file_chooser_new (parent, title, GTK_FILE_CHOOSER_ACTION_OPEN, filter);

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  g_signal_connect (native, "response", G_CALLBACK (file_response_cb), callback_new (func, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
sam_dialog_save_file (GtkWindow     *parent,
                      const char    *title,
                      const char    *suggested_name,
                      GFile         *folder,
                      GtkFileFilter *filter,
                      SamFileFunc    func,
                      gpointer       user_data)
{
  GtkFileChooserNative *native = file_chooser_new (parent, title, GTK_FILE_CHOOSER_ACTION_SAVE, filter);

  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  g_signal_connect (native, "response", G_CALLBACK (file_response_cb), callback_new (func, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif
