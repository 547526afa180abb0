/* test-email.c: "Send by Email…" against the real desktop portal
 *
 * Run by tests/run-with-portal.sh, which provides a private session bus
 * (with Debian's xdg-desktop-portal + xdg-desktop-portal-gtk, or a bare
 * bus without any portal), a display, and a recording mail program set
 * as the default mailto: handler.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "sam-email.h"
#include "sam-project-io.h"
#include "sam-window.h"
#include "test-util.h"

static const char *
bus_kind (void)
{
  return g_getenv ("SAM_TEST_BUS");
}

static gboolean
portal_expected (void)
{
  return g_strcmp0 (bus_kind (), "portal") == 0;
}

/* Waits until the recorder wrote @path; the recorder runs in another
 * process, started by the portal or by gio. */
static char *
wait_for_file (const char *path)
{
  char *contents = NULL;

  wait_for (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
clear_logs (void)
{
  g_unlink (g_getenv ("SAM_TEST_MAILTO_LOG"));
  g_unlink (g_getenv ("SAM_TEST_FOLDER_LOG"));
}

/* The decoded value of @name in the query of a mailto: URI (NULL when
 * absent).  Both "attachment=" (portal) and "attach=" (xdg-email) are
 * parameter names mail programs take. */
static char *
mailto_param (const char *uri,
              const char *name)
{
  const char *query = strchr (uri, '?');
  g_auto(GStrv) parts = NULL;

  if (query == NULL)
    return NULL;
  parts = g_strsplit (query + 1, "&", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *prefix = g_strconcat (name, "=", NULL);

      if (g_str_has_prefix (parts[i], prefix))
        {
          g_autofree char *value = g_strdup (parts[i] + strlen (prefix));

          g_strchomp (value);
          return g_uri_unescape_string (value, NULL);
        }
    }
  return NULL;
}

static char *
make_project_file (const char *title)
{
  g_autoptr(SamProject) project = sam_project_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strconcat (title, ".samenspel", NULL);
  char *path = g_build_filename (g_getenv ("SAM_TEST_TMP"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_object_set (project, "title", title, NULL);
  g_assert_true (sam_project_save_to_file (project, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

typedef struct {
  gboolean       done;
  SamEmailMethod method;
  GError        *error;
} Result;

static void
composed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Result *r = user_data;

  r->method = sam_email_compose_finish (result, &r->error);
  r->done = TRUE;
}

static SamEmailMethod
compose (const char     *subject,
         const char     *path,
         SamEmailMethod  methods)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GFile *files[] = { file, NULL };
  Result r = { 0 };

  sam_email_compose_async (subject, files, methods, NULL, composed_cb, &r);
  wait_for (r.done);
  g_assert_no_error (r.error);
  return r.method;
}

/* The whole chain: ComposeEmail with the file as an fd, the portal's GTK
 * backend, the default mailto: handler with attachment=FILE. */
static void
test_email_portal (void)
{
  g_autofree char *path = NULL;
  g_autofree char *log = NULL;
  g_autofree char *attachment = NULL;
  g_autofree char *subject = NULL;

  if (!portal_expected ())
    {
      g_test_skip ("runs on the bus with the portal");
      return;
    }

  clear_logs ();
  path = make_project_file ("Pilot Zuid");
  g_assert_cmpint (compose ("Pilot Zuid & co", path, SAM_EMAIL_METHOD_PORTAL), ==, SAM_EMAIL_METHOD_PORTAL);

  log = wait_for_file (g_getenv ("SAM_TEST_MAILTO_LOG"));
  g_test_message ("mailto handler got: %s", log);
  g_assert_true (g_str_has_prefix (log, "mailto:"));
  attachment = mailto_param (log, "attachment");
  g_assert_nonnull (attachment);
  g_assert_cmpstr (attachment, ==, path);
  subject = mailto_param (log, "subject");
  g_assert_cmpstr (subject, ==, "Pilot Zuid & co");
}

/* All methods allowed: the portal when it is there, else xdg-email; the
 * file is attached either way. */
static void
test_email_chain (void)
{
  g_autofree char *path = NULL;
  g_autofree char *log = NULL;
  g_autofree char *attachment = NULL;
  SamEmailMethod method;

  clear_logs ();
  path = make_project_file ("Chain");
  method = compose ("Chain", path, SAM_EMAIL_METHOD_ALL);
  g_assert_cmpint (method, ==, portal_expected () ? SAM_EMAIL_METHOD_PORTAL : SAM_EMAIL_METHOD_XDG_EMAIL);

  log = wait_for_file (g_getenv ("SAM_TEST_MAILTO_LOG"));
  g_test_message ("mailto handler got: %s", log);
  g_assert_true (g_str_has_prefix (log, "mailto:"));
  attachment = mailto_param (log, method == SAM_EMAIL_METHOD_PORTAL ? "attachment" : "attach");
  g_assert_cmpstr (attachment, ==, path);
}

/* The last resort: a plain mailto: link (no attachment) and the folder
 * holding the file, opened in the file manager. */
static void
test_email_mailto (void)
{
  g_autofree char *path = NULL;
  g_autofree char *log = NULL;
  g_autofree char *folder_log = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *dir_uri = NULL;

  clear_logs ();
  path = make_project_file ("Fallback");
  g_assert_cmpint (compose ("Fallback", path, SAM_EMAIL_METHOD_MAILTO), ==, SAM_EMAIL_METHOD_MAILTO);

  log = wait_for_file (g_getenv ("SAM_TEST_MAILTO_LOG"));
  g_assert_true (g_str_has_prefix (log, "mailto:"));
  subject = mailto_param (log, "subject");
  g_assert_cmpstr (subject, ==, "Fallback");
  g_assert_null (mailto_param (log, "attachment"));

  folder_log = wait_for_file (g_getenv ("SAM_TEST_FOLDER_LOG"));
  {
    g_autoptr(GFile) dir = g_file_new_for_path (g_getenv ("SAM_TEST_TMP"));
    dir_uri = g_file_get_uri (dir);
  }
  g_strchomp (folder_log);
  /* GLib hands a local folder over as a path or as a URI. */
  if (g_str_has_prefix (folder_log, "file://"))
    g_assert_cmpstr (folder_log, ==, dir_uri);
  else
    g_assert_cmpstr (folder_log, ==, g_getenv ("SAM_TEST_TMP"));
}

static void
saved_cb (GObject    *object,
          GParamSpec *pspec,
          gboolean   *saved)
{
  *saved = TRUE;
}

/* The command on a real window: unsaved changes are saved first, and
 * the mail program gets the file as saved. */
static void
test_email_send_project (void)
{
  SamWindow *window = sam_window_new (NULL);
  g_autoptr(SamProject) project = sam_project_new ();
  g_autofree char *path = make_project_file ("Send");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SamProject) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  g_autofree char *attachment = NULL;
  gboolean saved = FALSE;

  clear_logs ();
  g_object_set (project, "title", "Send", NULL);
  sam_window_set_project (window, project, file, NULL);
  sam_project_set_string (project, project, "organisation", "Cultural education foundation");
  g_assert_true (sam_history_get_dirty (sam_project_get_history (project)));
  g_signal_connect (window, "notify::file", G_CALLBACK (saved_cb), &saved);

  sam_email_send_project (window);
  log = wait_for_file (g_getenv ("SAM_TEST_MAILTO_LOG"));
  g_assert_true (saved);
  g_assert_false (sam_history_get_dirty (sam_project_get_history (project)));
  attachment = mailto_param (log, portal_expected () ? "attachment" : "attach");
  g_assert_cmpstr (attachment, ==, path);

  on_disk = sam_project_load_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam_project_get_organisation (on_disk), ==, "Cultural education foundation");

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_params (const char *uri,
              const char *name)
{
  g_autofree char *prefix = g_strconcat (name, "=", NULL);
  guint n = 0;

  for (const char *p = strchr (uri, '?'); p != NULL; p = strchr (p + 1, '&'))
    n += g_str_has_prefix (p + 1, prefix);
  return n;
}

/* With the attach-handout setting, the PDF handout goes along. */
static void
test_email_with_handout (void)
{
  SamWindow *window = sam_window_new (NULL);
  g_autoptr(SamProject) project = sam_project_new ();
  g_autofree char *path = make_project_file ("Handout");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *log = NULL;
  g_autofree char *pdf = NULL;
  const char *name = portal_expected () ? "attachment" : "attach";

  clear_logs ();
  g_object_set (project, "title", "Handout", NULL);
  sam_window_set_project (window, project, file, NULL);
  g_settings_set_boolean (settings, "attach-handout", TRUE);

  sam_email_send_project (window);
  log = wait_for_file (g_getenv ("SAM_TEST_MAILTO_LOG"));
  g_test_message ("mailto handler got: %s", log);
  g_assert_cmpuint (count_params (log, name), ==, 2);
  pdf = g_build_filename (g_get_user_cache_dir (), "samenspel", "handouts", "Handout.pdf", NULL);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *escaped = g_uri_escape_string (pdf, "/", FALSE);
    g_assert_true (strstr (log, pdf) != NULL || strstr (log, escaped) != NULL);
  }

  g_settings_set_boolean (settings, "attach-handout", FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  if (bus_kind () == NULL || g_getenv ("SAM_TEST_MAILTO_LOG") == NULL)
    g_error ("Run this test through tests/run-with-portal.sh");

  g_test_add_func ("/samenspel/email/portal", test_email_portal);
  g_test_add_func ("/samenspel/email/chain", test_email_chain);
  g_test_add_func ("/samenspel/email/mailto", test_email_mailto);
  g_test_add_func ("/samenspel/email/send-project", test_email_send_project);
  g_test_add_func ("/samenspel/email/with-handout", test_email_with_handout);

  return g_test_run ();
}
