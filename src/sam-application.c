/* sam-application.c: the GtkApplication
 *
 * Opens files from the command line and the desktop, handles the modes
 * that need no display (--validate, --export) before GTK starts, and asks
 * about unsaved work in every window before quitting.
 */

#define G_LOG_DOMAIN "samenspel-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-a11y.h"
#include "sam-application.h"
#include "sam-drafts.h"
#include "sam-window.h"

struct _SamApplication
{
  GtkApplication parent_instance;
  gboolean       recovery_offered;
};

G_DEFINE_FINAL_TYPE (SamApplication, sam_application, GTK_TYPE_APPLICATION)

static SamWindow *
find_reusable_window (SamApplication *self)
{
  /* An untouched, untitled window may be replaced by an opened file. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (SAM_IS_WINDOW (l->data) &&
        sam_window_get_file (l->data) == NULL &&
        !sam_history_can_undo (sam_project_get_history (sam_window_get_project (l->data))))
      return l->data;
  return NULL;
}

/* Drafts left behind by a crash or a kill (sam-drafts.c) are offered
 * once per run, when the first window is up. */
static void
offer_recovery_once (SamApplication *self)
{
  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  sam_drafts_offer_recovery (GTK_APPLICATION (self));
}

static void
sam_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (sam_window_new (GTK_APPLICATION (app)));
      sam_window_open_example (SAM_WINDOW (window));
    }
  gtk_window_present (window);
  offer_recovery_once (SAM_APPLICATION (app));
}

static void
sam_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  SamApplication *self = SAM_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      SamWindow *window = find_reusable_window (self);

      if (window == NULL)
        window = sam_window_new (GTK_APPLICATION (app));
      sam_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
  offer_recovery_once (self);
}

static int
sam_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("samenspel %s\n", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

/* Quitting walks the windows one by one, asking about each with unsaved
 * work; any "Cancel" stops the whole quit. */
static void quit_next (SamApplication *self);

static void
quit_window_confirmed_cb (SamWindow *window,
                          gboolean   proceed,
                          gpointer   user_data)
{
  SamApplication *self = user_data;

  if (proceed)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      quit_next (self);
    }
  g_object_unref (self);
}

static void
quit_next (SamApplication *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  for (GList *l = windows; l != NULL; l = l->next)
    if (SAM_IS_WINDOW (l->data))
      {
        sam_window_confirm_discard (l->data, quit_window_confirmed_cb, g_object_ref (self));
        return;
      }

  g_application_quit (G_APPLICATION (self));
}

static void
app_quit_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  quit_next (SAM_APPLICATION (user_data));
}

static void
app_new_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  SamWindow *window = sam_window_new (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
}

static void
app_about_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  static const char *developers[] = { "Samenspel developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *about;

  /* Not gtk_show_about_dialog (): the dialog's text views need names
   * before it shows (sam_a11y_fix_about_dialog). */
  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                         "transient-for", parent,
                         "modal", TRUE,
                         "destroy-with-parent", TRUE,
                         "program-name", _("Samenspel"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Map and grow co-creation with clients and stakeholders"),
                         "website", "https://github.com/samenspel/samenspel",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
  sam_a11y_fix_about_dialog (about);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", app_quit_action },
  { "new", app_new_action },
  { "about", app_about_action },
};

static void
sam_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.export-ladder", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "present.start", { "F5", NULL } },
    { "win.editor-page::vision", { "<Alt>1", NULL } },
    { "win.editor-page::stakeholders", { "<Alt>2", NULL } },
    { "win.editor-page::parking", { "<Alt>3", NULL } },
    { "win.new-note", { "<Control>b", NULL } },
    { "win.find-stakeholder", { "<Control>f", NULL } },
    /* What GtkApplication sets when it finds gtk/help-overlay.ui; the
     * window builds the overlay itself, when first shown. */
    { "win.show-help-overlay", { "<Control>question", "<Control>F1", NULL } },
  };

  G_APPLICATION_CLASS (sam_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  /* GTK's own file chooser and print dialogs, and every menu (GTK's
   * context menus too), get names as they show. */
  sam_a11y_watch_gtk_dialogs ();
  sam_a11y_watch_popover_menus ();
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
sam_application_class_init (SamApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = sam_application_activate;
  app_class->open = sam_application_open;
  app_class->startup = sam_application_startup;
  app_class->handle_local_options = sam_application_handle_local_options;
}

static void
sam_application_init (SamApplication *self)
{
  static const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Samenspel: map and grow co-creation with clients and stakeholders."));
  g_application_set_option_context_description (G_APPLICATION (self),
                                                _("Without a display:\n"
                                                  "  samenspel --validate FILE…\n"
                                                  "  samenspel --export OUT.png|OUT.svg|OUT.pdf [--size WxH] [--style light|dark|projector] FILE\n"
                                                  "  samenspel --export HANDOUT.pdf --handout FILE"));
}

SamApplication *
sam_application_new (void)
{
  return g_object_new (SAM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
