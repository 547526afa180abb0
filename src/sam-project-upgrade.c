/* sam-project-upgrade.c: version 0, the pre-release layout
 * (docs/file-format.md, "Version 0")
 *
 * The upgrade rewrites a json-glib copy of the (small, rare) old file into
 * the version 1 layout, which the version 1 reader then reads.
 */

#define G_LOG_DOMAIN "samenspel-io"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-project-io-private.h"

static gboolean
jis_type (JsonNode *node,
          GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static const char *
jnode_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("a list");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING: return _("a text");
        case G_TYPE_BOOLEAN: return _("true or false");
        case G_TYPE_DOUBLE: return _("a number with a decimal point");
        default: return _("a number");
        }
    }
}

static gboolean
jcheck_list (JsonNode    *node,
             const char  *member,
             GError     **error)
{
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, member, NULL,
                        _("expected a list, not %s"), jnode_type_name (node));

  n = json_array_get_length (json_node_get_array (node));
  if (n > SAM_PROJECT_MAX_ITEMS)
    return sam_io_fail (error, SAM_PROJECT_ERROR_TOO_LARGE, member, NULL,
                        _("the list has %u items, more than the %u allowed"),
                        n, (guint) SAM_PROJECT_MAX_ITEMS);
  return TRUE;
}

static JsonNode *
string_node (const char *value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, value);
  return node;
}

static gboolean
upgrade_timestamp (JsonObject  *object,
                   const char  *where,
                   const char  *member,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 seconds;
  int y, mo, d;
  char text[32];

  if (node == NULL)
    return TRUE;
  if (!jis_type (node, G_TYPE_INT64)
      || (seconds = json_node_get_int (node)) < 0
      || seconds > G_GINT64_CONSTANT (253402300799))
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                        _("expected a time in seconds since 1970 (a version 0 file)"));

  sam_io_civil_from_days (seconds / 86400, &y, &mo, &d);
  g_snprintf (text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d,
              (int) (seconds % 86400 / 3600), (int) (seconds % 3600 / 60), (int) (seconds % 60));
  json_object_set_member (object, member, string_node (text));
  return TRUE;
}

static gboolean
upgrade_root (JsonObject  *root,
              GError     **error)
{
  JsonNode *node;
  g_autoptr(GPtrArray) stakeholder_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *project_id = sam_new_id ();

  /* Ids did not exist yet. */
  json_object_set_member (root, "id", string_node (project_id));

  if (!upgrade_timestamp (root, NULL, "created", error)
      || !upgrade_timestamp (root, NULL, "modified", error))
    return FALSE;

  /* "ladder": [producer-now, producer-wanted, consumer-now, consumer-wanted] */
  node = json_object_get_member (root, "ladder");
  if (node != NULL)
    {
      JsonArray *array;
      g_autoptr(JsonObject) ladder = json_object_new ();

      if (!JSON_NODE_HOLDS_ARRAY (node)
          || json_array_get_length (array = json_node_get_array (node)) != SAM_N_MARKS)
        return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, "ladder", NULL,
                            _("expected a list of 4 rungs (a version 0 file)"));
      for (int mark = 0; mark < SAM_N_MARKS; mark++)
        json_object_set_member (ladder, sam_mark_property_name (mark),
                                json_node_copy (json_array_get_element (array, mark)));
      node = json_node_new (JSON_NODE_OBJECT);
      json_node_set_object (node, ladder);
      json_object_set_member (root, "ladder", node);
    }

  node = json_object_get_member (root, "stakeholders");
  if (node != NULL)
    {
      JsonArray *array;

      if (!jcheck_list (node, "stakeholders", error))
        return FALSE;
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *object;
          char where[40];
          char *id;

          g_snprintf (where, sizeof where, "stakeholders[%u]", i);
          if (!JSON_NODE_HOLDS_OBJECT (element))
            return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
                                _("expected an object, not %s"), jnode_type_name (element));
          object = json_node_get_object (element);

          id = sam_new_id ();
          g_ptr_array_add (stakeholder_ids, id);
          json_object_set_member (object, "id", string_node (id));

          /* "role": [now, wanted] */
          if (json_object_has_member (object, "role"))
            {
              JsonNode *role = json_object_get_member (object, "role");
              JsonArray *pair;

              if (!JSON_NODE_HOLDS_ARRAY (role)
                  || json_array_get_length (pair = json_node_get_array (role)) != 2)
                return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, "role",
                                    _("expected a list of 2 rungs (a version 0 file)"));
              json_object_set_member (object, "role-now",
                                      json_node_copy (json_array_get_element (pair, 0)));
              json_object_set_member (object, "role-wanted",
                                      json_node_copy (json_array_get_element (pair, 1)));
              json_object_remove_member (object, "role");
            }
        }
    }

  /* "bears" became "notes"; a note named its stakeholder by position. */
  node = json_object_get_member (root, "bears");
  if (node != NULL)
    {
      JsonArray *array;

      if (json_object_has_member (root, "notes"))
        return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, "notes", NULL,
                            _("a version 0 file has “bears”, not “notes”"));
      if (!jcheck_list (node, "bears", error))
        return FALSE;
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *object;
          JsonNode *link;
          char where[40];
          g_autofree char *id = sam_new_id ();

          g_snprintf (where, sizeof where, "bears[%u]", i);
          if (!JSON_NODE_HOLDS_OBJECT (element))
            return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
                                _("expected an object, not %s"), jnode_type_name (element));
          object = json_node_get_object (element);
          json_object_set_member (object, "id", string_node (id));

          if (!upgrade_timestamp (object, where, "created", error))
            return FALSE;
          if (json_object_has_member (object, "created")
              && !json_object_has_member (object, "modified"))
            json_object_set_member (object, "modified",
                                    json_node_copy (json_object_get_member (object, "created")));

          link = json_object_get_member (object, "stakeholder");
          if (link != NULL && !JSON_NODE_HOLDS_NULL (link))
            {
              gint64 position;

              if (!jis_type (link, G_TYPE_INT64))
                return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, "stakeholder",
                                    _("expected the number of a stakeholder or null "
                                      "(a version 0 file)"));
              position = json_node_get_int (link);
              if (position < 0 || position >= stakeholder_ids->len)
                return sam_io_fail (error, SAM_PROJECT_ERROR_MISSING_REFERENCE,
                                    where, "stakeholder",
                                    _("there is no stakeholder number %lld"), (long long) position);
              json_object_set_member (object, "stakeholder",
                                      string_node (g_ptr_array_index (stakeholder_ids, position)));
            }
        }
      json_object_set_member (root, "notes", json_node_copy (node));
      json_object_remove_member (root, "bears");
    }

  return TRUE;
}

/* Through json-glib and text back to a compact tree: version 0 files are
 * small and rare, so simple beats fast here. */
SamJsonTree *
sam_io_upgrade_v0 (SamJsonTree  *tree,
                   GError      **error)
{
  g_autoptr(JsonNode) root = sam_json_tree_to_json_node (tree, 0);
  g_autoptr(GString) text = g_string_new (NULL);

  if (!upgrade_root (json_node_get_object (root), error))
    return NULL;
  json_object_set_int_member (json_node_get_object (root), "version", 1);
  sam_io_append_node (text, root, 0);
  return sam_json_tree_new (text->str, text->len);
}
