/* sam-merge-dialog.c: "Merge Changes From…" and its review dialog
 *
 * The review lists what will be taken from the other copy and, for each
 * item changed on both sides, asks which version to keep.  Nothing
 * changes until "Merge", and the merge is one undo step.
 */

#define G_LOG_DOMAIN "samenspel-share"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-a11y.h"
#include "sam-dialogs.h"
#include "sam-merge-dialog.h"
#include "sam-project-io.h"

typedef struct {
  SamWindow *window;
  SamMerge  *merge;
  GPtrArray *theirs_buttons;   /* per change: GtkCheckButton or NULL */
  GtkWindow *dialog;
} Review;

static void
review_free (Review *r)
{
  g_object_unref (r->window);
  g_object_unref (r->merge);
  g_ptr_array_unref (r->theirs_buttons);
  g_free (r);
}

static const char *
change_summary (const SamMergeChange *change)
{
  switch (change->kind)
    {
    case SAM_MERGE_CHANGE_THEIRS_EDITED: return _("Changed in their copy");
    case SAM_MERGE_CHANGE_THEIRS_ADDED: return _("New in their copy");
    case SAM_MERGE_CHANGE_THEIRS_DELETED: return _("Deleted in their copy");
    case SAM_MERGE_CHANGE_BOTH_EDITED: return _("Changed in both copies");
    case SAM_MERGE_CHANGE_EDITED_DELETED: return _("Changed here, deleted in their copy");
    case SAM_MERGE_CHANGE_DELETED_EDITED: return _("Deleted here, changed in their copy");
    default: return "";
    }
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
choice_button (const char *title,
               const char *text)
{
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_box_append (GTK_BOX (box), wrapped_label (title, "heading"));
  gtk_box_append (GTK_BOX (box), wrapped_label (text, NULL));
  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), box);
  /* GTK 4.8 names a check button with a child of its own by its class:
   * the choice is its name, the version it keeps its description. */
  sam_a11y_set_name (button, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
  return button;
}

static GtkWidget *
change_row (Review               *r,
            guint                 index,
            const SamMergeChange *change)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = wrapped_label (change->label, "heading");

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), wrapped_label (change_summary (change), "dim-label"));

  if (sam_merge_change_is_conflict (change))
    {
      GtkWidget *ours = choice_button (_("Keep yours"), change->ours_text);
      GtkWidget *theirs = choice_button (_("Take theirs"), change->theirs_text);

      gtk_widget_set_name (ours, "keep-ours");
      gtk_widget_set_name (theirs, "take-theirs");
      gtk_check_button_set_group (GTK_CHECK_BUTTON (theirs), GTK_CHECK_BUTTON (ours));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (change->choice == SAM_MERGE_CHOICE_THEIRS ? theirs : ours), TRUE);
      gtk_box_append (GTK_BOX (box), ours);
      gtk_box_append (GTK_BOX (box), theirs);
      g_ptr_array_index (r->theirs_buttons, index) = theirs;
    }
  else if (change->kind != SAM_MERGE_CHANGE_THEIRS_DELETED)
    gtk_box_append (GTK_BOX (box), wrapped_label (change->theirs_text, NULL));

  gtk_frame_set_child (GTK_FRAME (frame), box);
  return frame;
}

static void
merge_clicked_cb (GtkButton *button,
                  Review    *r)
{
  for (guint i = 0; i < sam_merge_get_n_changes (r->merge); i++)
    {
      GtkCheckButton *theirs = g_ptr_array_index (r->theirs_buttons, i);

      if (theirs != NULL)
        sam_merge_set_choice (r->merge, i, gtk_check_button_get_active (theirs)
                                           ? SAM_MERGE_CHOICE_THEIRS : SAM_MERGE_CHOICE_OURS);
    }
  sam_merge_apply (r->merge);
  gtk_window_destroy (r->dialog);
}

static void
cancel_clicked_cb (GtkButton *button,
                   Review    *r)
{
  gtk_window_destroy (r->dialog);
}

GtkWindow *
sam_merge_dialog_review (SamWindow  *window,
                         SamMerge   *merge,
                         const char *source_name)
{
  GtkWidget *dialog, *content, *heading, *body, *list, *scrolled, *buttons, *cancel, *apply;
  g_autofree char *heading_text = NULL;
  g_autofree char *body_text = NULL;
  guint n_changes, n_conflicts;
  Review *r;

  g_return_val_if_fail (SAM_IS_WINDOW (window), NULL);
  g_return_val_if_fail (SAM_IS_MERGE (merge), NULL);

  n_changes = sam_merge_get_n_changes (merge);
  n_conflicts = sam_merge_get_n_conflicts (merge);

  r = g_new0 (Review, 1);
  r->window = g_object_ref (window);
  r->merge = g_object_ref (merge);
  r->theirs_buttons = g_ptr_array_new ();
  g_ptr_array_set_size (r->theirs_buttons, n_changes);

  dialog = gtk_window_new ();
  r->dialog = GTK_WINDOW (dialog);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Merge Changes"));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, 600);
  g_object_set_data_full (G_OBJECT (dialog), "sam-review", r, (GDestroyNotify) review_free);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);

  heading_text = g_strdup_printf (_("Merge changes from “%s”"), source_name);
  heading = wrapped_label (heading_text, "title-2");
  if (n_conflicts > 0)
    body_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u item was changed in both copies: choose which version to keep. "
                                              "Everything else below is taken from their copy.",
                                              "%u items were changed in both copies: choose which version to keep. "
                                              "Everything else below is taken from their copy.", n_conflicts),
                                 n_conflicts);
  else
    body_text = g_strdup (_("These changes are taken from their copy. Your own changes stay. "
                            "You can undo the whole merge in one step."));
  body = wrapped_label (body_text, NULL);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  /* Questions first: they need the user; the rest is for reading. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_changes; i++)
      {
        const SamMergeChange *change = sam_merge_get_change (merge, i);

        if (sam_merge_change_is_conflict (change) == (pass == 0))
          gtk_box_append (GTK_BOX (list), change_row (r, i, change));
      }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  apply = gtk_button_new_with_mnemonic (_("_Merge"));
  gtk_widget_add_css_class (apply, "suggested-action");
  gtk_widget_set_name (apply, "merge-button");
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), apply);
  g_signal_connect (apply, "clicked", G_CALLBACK (merge_clicked_cb), r);
  g_signal_connect (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), r);

  gtk_box_append (GTK_BOX (content), heading);
  gtk_box_append (GTK_BOX (content), body);
  gtk_box_append (GTK_BOX (content), scrolled);
  gtk_box_append (GTK_BOX (content), buttons);
  gtk_window_set_child (GTK_WINDOW (dialog), content);
  gtk_window_set_default_widget (GTK_WINDOW (dialog), apply);
  /* "Cancel", not "_Cancel Cancel", for a screen reader. */
  sam_a11y_fix_mnemonics (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

typedef struct {
  SamWindow  *window;
  SamProject *other;
} ImportData;

static void
import_answer_cb (gboolean accepted,
                  gpointer user_data)
{
  ImportData *data = user_data;

  if (accepted)
    sam_merge_import_items (sam_window_get_project (data->window), data->other);
  g_object_unref (data->window);
  g_object_unref (data->other);
  g_free (data);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GFile) file = user_data;
  g_autoptr(SamWindow) window = g_object_steal_data (G_OBJECT (file), "sam-merge-window");
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) theirs = sam_project_load_finish (result, NULL, &error);
  g_autoptr(SamMerge) merge = NULL;
  g_autofree char *name = g_file_get_basename (file);
  if (theirs == NULL)
    {
      g_autofree char *heading = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      heading = g_strdup_printf (_("Could not open “%s”"), name);
      sam_dialog_error (GTK_WINDOW (window), heading, error->message);
      return;
    }

  merge = sam_merge_new (sam_window_get_project (window), theirs, &error);
  if (merge == NULL)
    {
      ImportData *data;

      if (!g_error_matches (error, SAM_MERGE_ERROR, SAM_MERGE_ERROR_DIFFERENT_PROJECT))
        {
          sam_dialog_error (GTK_WINDOW (window), _("Could not merge"), error->message);
          return;
        }
      data = g_new0 (ImportData, 1);
      data->window = g_object_ref (window);
      data->other = g_object_ref (theirs);
      sam_dialog_question (GTK_WINDOW (window), _("This is a different project"), error->message,
                           _("_Import Items"), import_answer_cb, data);
      return;
    }

  if (sam_merge_get_n_changes (merge) == 0)
    {
      g_autofree char *body = g_strdup_printf (_("“%s” holds no changes that this copy does not have already."), name);

      sam_dialog_error (GTK_WINDOW (window), _("Nothing to merge"), body);
      return;
    }

  sam_merge_dialog_review (window, merge, name);
}

void
sam_merge_dialog_merge_file (SamWindow *window,
                             GFile     *file)
{
  g_return_if_fail (SAM_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  /* The file travels as the callback data and carries the window. */
  file = g_file_dup (file);
  g_object_set_data (G_OBJECT (file), "sam-merge-window", g_object_ref (window));
  sam_project_load_async (file, NULL, loaded_cb, file);
}

static void
file_chosen_cb (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(SamWindow) window = user_data;

  if (file != NULL)
    sam_merge_dialog_merge_file (window, file);
}

void
sam_merge_dialog_choose_file (SamWindow *window)
{
  g_autoptr(GtkFileFilter) filter = sam_project_file_filter ();
  GFile *file;
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (SAM_IS_WINDOW (window));

  /* The returned copy is most often saved next to the project. */
  file = sam_window_get_file (window);
  folder = file != NULL ? g_file_get_parent (file) : NULL;
  sam_dialog_open_file (GTK_WINDOW (window), _("Merge Changes From"), folder, filter,
                        file_chosen_cb, g_object_ref (window));
}
