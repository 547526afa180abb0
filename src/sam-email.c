/* sam-email.c: sending the project file by email
 *
 * One GTask walks the methods in order; each step either completes the
 * task or moves on to the next method.  Only the last method (a mailto:
 * link, which cannot carry an attachment) needs the user to do something,
 * and the caller tells them so.
 */

#define _GNU_SOURCE 1  /* O_PATH */
#define G_LOG_DOMAIN "samenspel-share"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gunixfdlist.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "sam-dialogs.h"
#include "sam-email.h"
#include "sam-handout.h"

#define PORTAL_BUS_NAME   "org.freedesktop.portal.Desktop"
#define PORTAL_PATH       "/org/freedesktop/portal/desktop"
#define PORTAL_EMAIL      "org.freedesktop.portal.Email"
#define PORTAL_REQUEST    "org.freedesktop.portal.Request"
/* attachment_fds is there since the first version of the interface. */
#define PORTAL_EMAIL_MIN_VERSION 1

typedef struct {
  char            *subject;
  GPtrArray       *files;          /* GFile */
  SamEmailMethod   methods;
  GDBusConnection *bus;
  guint            response_id;
  char            *request_path;
  guint            timeout_id;
} Compose;

static void try_xdg_email (GTask *task);
static void try_mailto (GTask *task);

static void
compose_free (Compose *c)
{
  if (c->response_id != 0)
    g_dbus_connection_signal_unsubscribe (c->bus, c->response_id);
  g_clear_handle_id (&c->timeout_id, g_source_remove);
  g_clear_object (&c->bus);
  g_free (c->subject);
  g_ptr_array_unref (c->files);
  g_free (c->request_path);
  g_free (c);
}

static void
next_after (GTask          *task,
            SamEmailMethod  failed)
{
  Compose *c = g_task_get_task_data (task);

  if (failed < SAM_EMAIL_METHOD_XDG_EMAIL && (c->methods & SAM_EMAIL_METHOD_XDG_EMAIL))
    try_xdg_email (task);
  else if (failed < SAM_EMAIL_METHOD_MAILTO && (c->methods & SAM_EMAIL_METHOD_MAILTO))
    try_mailto (task);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                             _("No mail program could be opened. Attach the project file "
                               "to a message in your mail program by hand."));
}

/* ---- 1. The desktop portal ---- */

static void
portal_response_cb (GDBusConnection *bus,
                    const char      *sender,
                    const char      *path,
                    const char      *interface,
                    const char      *signal,
                    GVariant        *parameters,
                    gpointer         user_data)
{
  GTask *task = user_data;
  Compose *c = g_task_get_task_data (task);
  guint32 response = 2;

  g_dbus_connection_signal_unsubscribe (c->bus, c->response_id);
  c->response_id = 0;
  g_clear_handle_id (&c->timeout_id, g_source_remove);

  g_variant_get (parameters, "(u@a{sv})", &response, NULL);
  if (response == 0)
    g_task_return_int (task, SAM_EMAIL_METHOD_PORTAL);
  else if (response == 1)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
  else
    {
      g_debug ("The email portal could not open a mail program; trying xdg-email");
      next_after (task, SAM_EMAIL_METHOD_PORTAL);
    }
  g_object_unref (task);
}

/* The portal answers within moments; one that never does must not leave
 * the user waiting for a mail window that will not come. */
static gboolean
portal_timeout_cb (gpointer user_data)
{
  GTask *task = user_data;
  Compose *c = g_task_get_task_data (task);

  c->timeout_id = 0;
  g_dbus_connection_signal_unsubscribe (c->bus, c->response_id);
  c->response_id = 0;
  g_debug ("The email portal did not answer; trying xdg-email");
  next_after (task, SAM_EMAIL_METHOD_PORTAL);
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

static void
portal_compose_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  GTask *task = user_data;
  Compose *c = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL, result, &error);
  if (reply == NULL)
    {
      g_debug ("ComposeEmail failed: %s", error->message);
      g_dbus_connection_signal_unsubscribe (c->bus, c->response_id);
      c->response_id = 0;
      next_after (task, SAM_EMAIL_METHOD_PORTAL);
      g_object_unref (task);
      return;
    }
  /* Now wait for the Response signal (the task reference goes with it). */
  c->timeout_id = g_timeout_add_seconds (60, portal_timeout_cb, task);
}

static void
portal_compose (GTask *task)
{
  Compose *c = g_task_get_task_data (task);
  g_autoptr(GUnixFDList) fds = g_unix_fd_list_new ();
  g_autofree char *token = g_strdup_printf ("samenspel%u", g_random_int ());
  g_autofree char *sender = NULL;
  GVariantBuilder options;
  GVariantBuilder handles;

  g_variant_builder_init (&handles, G_VARIANT_TYPE ("ah"));
  for (guint i = 0; i < c->files->len; i++)
    {
      g_autofree char *path = g_file_get_path (g_ptr_array_index (c->files, i));
      g_autoptr(GError) error = NULL;
      int fd = path != NULL ? open (path, O_PATH | O_CLOEXEC) : -1;
      int index;

      if (fd < 0)
        {
          g_debug ("Cannot open %s for the portal", path);
          next_after (task, SAM_EMAIL_METHOD_PORTAL);
          g_object_unref (task);
          return;
        }
      index = g_unix_fd_list_append (fds, fd, &error);
      close (fd);
      if (index < 0)
        {
          next_after (task, SAM_EMAIL_METHOD_PORTAL);
          g_object_unref (task);
          return;
        }
      g_variant_builder_add (&handles, "h", index);
    }

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "subject", g_variant_new_string (c->subject));
  g_variant_builder_add (&options, "{sv}", "attachment_fds", g_variant_builder_end (&handles));

  /* Subscribe before calling, on the path the request will have, so the
   * answer cannot come before we listen. */
  sender = g_strdup (g_dbus_connection_get_unique_name (c->bus) + 1);
  g_strdelimit (sender, ".", '_');
  c->request_path = g_strdup_printf ("%s/request/%s/%s", PORTAL_PATH, sender, token);
  c->response_id = g_dbus_connection_signal_subscribe (c->bus, PORTAL_BUS_NAME, PORTAL_REQUEST, "Response",
                                                       c->request_path, NULL,
                                                       G_DBUS_SIGNAL_FLAGS_NONE,
                                                       portal_response_cb, task, NULL);

  g_dbus_connection_call_with_unix_fd_list (c->bus, PORTAL_BUS_NAME, PORTAL_PATH, PORTAL_EMAIL,
                                            "ComposeEmail",
                                            g_variant_new ("(sa{sv})", "", &options),
                                            G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, 30000,
                                            fds, g_task_get_cancellable (task),
                                            portal_compose_done_cb, task);
}

static void
portal_version_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GTask *task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  g_autoptr(GVariant) value = NULL;
  guint32 version = 0;

  if (reply != NULL)
    {
      g_variant_get (reply, "(v)", &value);
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
        version = g_variant_get_uint32 (value);
    }

  if (version < PORTAL_EMAIL_MIN_VERSION)
    {
      g_debug ("No usable email portal (%s)", error != NULL ? error->message : "old version");
      next_after (task, SAM_EMAIL_METHOD_PORTAL);
      g_object_unref (task);
      return;
    }

  portal_compose (task);
}

static void
portal_check_version (GTask *task)
{
  Compose *c = g_task_get_task_data (task);

  g_dbus_connection_call (c->bus, PORTAL_BUS_NAME, PORTAL_PATH, "org.freedesktop.DBus.Properties", "Get",
                          g_variant_new ("(ss)", PORTAL_EMAIL, "version"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, 30000,
                          g_task_get_cancellable (task), portal_version_cb, task);
}

static gboolean
strv_contains_variant (GVariant   *reply,
                       const char *name)
{
  g_autoptr(GVariant) names = g_variant_get_child_value (reply, 0);
  g_autofree const char **strv = g_variant_get_strv (names, NULL);

  return g_strv_contains (strv, name);
}

static void
portal_activatable_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  GTask *task = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);

  if (reply != NULL && strv_contains_variant (reply, PORTAL_BUS_NAME))
    portal_check_version (task);
  else
    {
      g_debug ("No desktop portal on the session bus");
      next_after (task, SAM_EMAIL_METHOD_PORTAL);
      g_object_unref (task);
    }
}

static void
portal_owner_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *task = user_data;
  Compose *c = g_task_get_task_data (task);
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  gboolean has_owner = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);
  if (has_owner)
    {
      portal_check_version (task);
      return;
    }

  /* Not running yet is fine when the bus can start it. */
  g_dbus_connection_call (c->bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "ListActivatableNames", NULL, G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE,
                          -1, g_task_get_cancellable (task), portal_activatable_cb, task);
}

static void
try_portal (GTask *task)
{
  Compose *c = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  c->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, g_task_get_cancellable (task), &error);
  if (c->bus == NULL)
    {
      g_debug ("No session bus: %s", error->message);
      next_after (task, SAM_EMAIL_METHOD_PORTAL);
      g_object_unref (task);
      return;
    }

  g_dbus_connection_call (c->bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "NameHasOwner", g_variant_new ("(s)", PORTAL_BUS_NAME),
                          G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                          g_task_get_cancellable (task), portal_owner_cb, task);
}

/* ---- 2. xdg-email ---- */

static void
xdg_email_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GTask *task = user_data;
  g_autoptr(GError) error = NULL;

  if (g_subprocess_wait_check_finish (G_SUBPROCESS (source), result, &error))
    g_task_return_int (task, SAM_EMAIL_METHOD_XDG_EMAIL);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    {
      g_debug ("xdg-email failed: %s", error->message);
      next_after (task, SAM_EMAIL_METHOD_XDG_EMAIL);
    }
  g_object_unref (task);
}

static void
try_xdg_email (GTask *task)
{
  Compose *c = g_task_get_task_data (task);
  g_autofree char *program = g_find_program_in_path ("xdg-email");
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  if (program == NULL)
    {
      next_after (task, SAM_EMAIL_METHOD_XDG_EMAIL);
      return;
    }

  g_ptr_array_add (argv, g_steal_pointer (&program));
  g_ptr_array_add (argv, g_strdup ("--utf8"));
  g_ptr_array_add (argv, g_strdup ("--subject"));
  g_ptr_array_add (argv, g_strdup (c->subject));
  for (guint i = 0; i < c->files->len; i++)
    {
      g_ptr_array_add (argv, g_strdup ("--attach"));
      g_ptr_array_add (argv, g_file_get_path (g_ptr_array_index (c->files, i)));
    }
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_NONE, &error);
  if (process == NULL)
    {
      g_debug ("Cannot run xdg-email: %s", error->message);
      next_after (task, SAM_EMAIL_METHOD_XDG_EMAIL);
      return;
    }
  g_subprocess_wait_check_async (process, g_task_get_cancellable (task), xdg_email_done_cb,
                                 g_object_ref (task));
}

/* ---- 3. A mailto: link and the folder ---- */

static void
show_folder (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GVariant) reply = NULL;

  /* A file manager that can select the file is best; else the folder. */
  if (bus != NULL)
    {
      const char *uris[] = { uri, NULL };

      reply = g_dbus_connection_call_sync (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                                           "org.freedesktop.FileManager1", "ShowItems",
                                           g_variant_new ("(^ass)", uris, ""), NULL,
                                           G_DBUS_CALL_FLAGS_NO_AUTO_START, 5000, NULL, &error);
      if (reply != NULL)
        return;
      g_debug ("No FileManager1: %s", error->message);
      g_clear_error (&error);
    }

  {
    g_autoptr(GFile) folder = g_file_get_parent (file);
    g_autofree char *folder_uri = g_file_get_uri (folder);

    if (!g_app_info_launch_default_for_uri (folder_uri, NULL, &error))
      g_debug ("Cannot open the folder %s: %s", folder_uri, error->message);
  }
}

static void
try_mailto (GTask *task)
{
  Compose *c = g_task_get_task_data (task);
  g_autofree char *subject = g_uri_escape_string (c->subject, NULL, FALSE);
  g_autofree char *uri = g_strconcat ("mailto:?subject=", subject, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("No mail program could be opened (%s). Attach the project file "
                                 "to a message in your mail program by hand."), error->message);
      return;
    }
  if (c->files->len > 0)
    show_folder (g_ptr_array_index (c->files, 0));
  g_task_return_int (task, SAM_EMAIL_METHOD_MAILTO);
}

/* ---- Public ---- */

void
sam_email_compose_async (const char           *subject,
                         GFile               **attachments,
                         SamEmailMethod        methods,
                         GCancellable         *cancellable,
                         GAsyncReadyCallback   callback,
                         gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  Compose *c;

  g_return_if_fail (subject != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_email_compose_async);
  c = g_new0 (Compose, 1);
  c->subject = g_strdup (subject);
  c->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; attachments != NULL && attachments[i] != NULL; i++)
    g_ptr_array_add (c->files, g_object_ref (attachments[i]));
  c->methods = methods;
  g_task_set_task_data (task, c, (GDestroyNotify) compose_free);

  if (methods & SAM_EMAIL_METHOD_PORTAL)
    try_portal (g_object_ref (task));
  else
    next_after (task, SAM_EMAIL_METHOD_PORTAL);
}

SamEmailMethod
sam_email_compose_finish (GAsyncResult  *result,
                          GError       **error)
{
  gssize method;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  method = g_task_propagate_int (G_TASK (result), error);
  return method < 0 ? 0 : (SamEmailMethod) method;
}

/* ---- The command ---- */

static gboolean
attach_handout_wanted (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  /* The schema may not be installed (a build tree): then no handout. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "attach-handout"))
    return FALSE;
  settings = g_settings_new (APPLICATION_ID);
  return g_settings_get_boolean (settings, "attach-handout");
}

static void
send_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SamWindow) window = user_data;
  g_autoptr(GError) error = NULL;
  SamEmailMethod method = sam_email_compose_finish (result, &error);

  if (method == 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sam_dialog_error (GTK_WINDOW (window), _("Could not open your mail program"), error->message);
      return;
    }

  if (method == SAM_EMAIL_METHOD_MAILTO)
    {
      g_autofree char *name = g_file_get_basename (sam_window_get_file (window));
      g_autofree char *body = g_strdup_printf (_("Your mail program opened a new message, but without the "
                                                 "project file. The folder with “%s” is open: drag the file "
                                                 "into the message to attach it."), name);

      sam_dialog_error (GTK_WINDOW (window), _("Attach the project file by hand"), body);
    }
}

static void
saved_for_email_cb (SamWindow *window,
                    gboolean   saved,
                    gpointer   user_data)
{
  GFile *file = sam_window_get_file (window);
  SamProject *project = sam_window_get_project (window);
  g_autoptr(GPtrArray) files = g_ptr_array_new_null_terminated (2, g_object_unref, TRUE);
  const char *title;

  if (!saved || file == NULL)
    return;   /* cancelled, or the save failed and said so */

  g_ptr_array_add (files, g_object_ref (file));

  if (attach_handout_wanted ())
    {
      g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "samenspel", "handouts", NULL);
      g_autofree char *base = g_file_get_basename (file);
      g_autofree char *stem = g_str_has_suffix (base, ".samenspel")
                              ? g_strndup (base, strlen (base) - strlen (".samenspel"))
                              : g_strdup (base);
      g_autofree char *name = g_strconcat (stem, ".pdf", NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;

      if (g_mkdir_with_parents (dir, 0700) == 0 && sam_handout_export (project, path, &error))
        g_ptr_array_add (files, g_file_new_for_path (path));
      else
        g_warning ("Could not write the handout for email: %s",
                   error != NULL ? error->message : g_strerror (errno));
    }

  title = sam_window_get_display_title (window);
  sam_email_compose_async (title, (GFile **) files->pdata, SAM_EMAIL_METHOD_ALL, NULL,
                           send_done_cb, g_object_ref (window));
}

void
sam_email_send_project (SamWindow *window)
{
  g_return_if_fail (SAM_IS_WINDOW (window));

  /* The colleague gets what is on disk, so unsaved work is saved first. */
  if (sam_window_get_file (window) == NULL ||
      sam_history_get_dirty (sam_project_get_history (sam_window_get_project (window))))
    sam_window_save (window, saved_for_email_cb, NULL);
  else
    saved_for_email_cb (window, TRUE, NULL);
}
