/* TEMPORARY local stub, never committed: replaced by the io branch. */
#include "config.h"
#include "sam-project-io.h"
G_DEFINE_QUARK (sam-project-error-quark, sam_project_error)
SamProject *sam_project_load_from_bytes (GBytes *bytes, GError **error) {
  g_autoptr(JsonParser) p = json_parser_new ();
  JsonObject *o; SamProject *pr;
  if (!json_parser_load_from_data (p, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error)) return NULL;
  o = json_node_get_object (json_parser_get_root (p));
  pr = sam_project_new_with_id (json_object_get_string_member (o, "id"));
  g_object_set (pr, "title", json_object_get_string_member (o, "title"), NULL);
  { JsonArray *a = json_object_get_array_member (o, "stakeholders");
    for (guint i = 0; i < json_array_get_length (a); i++) {
      JsonObject *so = json_array_get_object_element (a, i);
      g_autoptr(SamStakeholder) s = sam_stakeholder_new_with_id (json_object_get_string_member (so, "id"));
      g_object_set (s, "name", json_object_get_string_member (so, "name"), "role-now", (int) json_object_get_int_member (so, "role_now"), "role-wanted", (int) json_object_get_int_member (so, "role_wanted"), NULL);
      sam_project_load_stakeholder (pr, s); } }
  return pr;
}
SamProject *sam_project_load_from_file (GFile *file, char **etag_out, GCancellable *c, GError **error) {
  g_autoptr(GBytes) b = g_file_load_bytes (file, c, etag_out, error);
  return b ? sam_project_load_from_bytes (b, error) : NULL;
}
static void load_thread (GTask *t, gpointer s, gpointer d, GCancellable *c) {
  GError *e = NULL; char *etag = NULL; SamProject *p = sam_project_load_from_file (d, &etag, c, &e);
  g_object_set_data_full (G_OBJECT (t), "etag", etag, g_free);
  if (p) g_task_return_pointer (t, p, g_object_unref); else g_task_return_error (t, e);
}
void sam_project_load_async (GFile *file, GCancellable *c, GAsyncReadyCallback cb, gpointer ud) {
  g_autoptr(GTask) t = g_task_new (NULL, c, cb, ud);
  g_task_set_task_data (t, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (t, load_thread);
}
SamProject *sam_project_load_finish (GAsyncResult *r, char **etag_out, GError **error) {
  if (etag_out) *etag_out = g_strdup (g_object_get_data (G_OBJECT (r), "etag"));
  return g_task_propagate_pointer (G_TASK (r), error);
}
GBytes *sam_project_save_to_bytes (SamProject *p) {
  char *s = g_strdup_printf ("{\"id\": \"%s\", \"title\": \"%s\", \"stakeholders\": []}\n", sam_project_get_id (p), sam_project_get_title (p));
  return g_bytes_new_take (s, strlen (s)); }
gboolean sam_project_save_to_file (SamProject *p, GFile *f, const char *e, char **eo, GCancellable *c, GError **error) {
  g_autoptr(GBytes) b = sam_project_save_to_bytes (p);
  return g_file_replace_contents (f, g_bytes_get_data (b, NULL), g_bytes_get_size (b), NULL, FALSE, 0, eo, c, error);
}
void sam_project_save_async (SamProject *p, GFile *f, const char *e, GCancellable *c, GAsyncReadyCallback cb, gpointer ud) {
  g_autoptr(GTask) t = g_task_new (NULL, c, cb, ud); GError *err = NULL; char *eo = NULL;
  if (sam_project_save_to_file (p, f, e, &eo, c, &err)) { g_object_set_data_full (G_OBJECT (t), "etag", eo, g_free); g_task_return_boolean (t, TRUE);} else g_task_return_error (t, err);
}
gboolean sam_project_save_finish (GAsyncResult *r, char **eo, GError **error) {
  if (eo) *eo = g_strdup (g_object_get_data (G_OBJECT (r), "etag"));
  return g_task_propagate_boolean (G_TASK (r), error);
}
