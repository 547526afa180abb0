/* sam-snapshot.c: the ladder as it stood at one work session */

#define G_LOG_DOMAIN "samenspel-model"

#include "config.h"

#include <string.h>

#include "sam-project.h"
#include "sam-snapshot.h"

struct _SamSnapshot
{
  gatomicrefcount  ref_count;
  int              marks[SAM_N_MARKS];
  GArray          *entries;     /* SamSnapshotEntry */
  GStringChunk    *strings;     /* the entries' ids and names */
  GHashTable      *by_id;       /* id -> index + 1, made when first asked */
  JsonObject      *unknown;     /* of the snapshot object */
  JsonObject      *ladder_unknown;
};

G_DEFINE_BOXED_TYPE (SamSnapshot, sam_snapshot, sam_snapshot_ref, sam_snapshot_unref)

SamSnapshot *
sam_snapshot_new (guint n_reserved)
{
  SamSnapshot *self = g_new0 (SamSnapshot, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->entries = g_array_sized_new (FALSE, FALSE, sizeof (SamSnapshotEntry), n_reserved);
  /* Ids (37 bytes) and short names: about 64 bytes an entry. */
  self->strings = g_string_chunk_new (MAX (1024, MIN (n_reserved, 4096) * 64));
  return self;
}

static SamSide
stakeholder_side (SamStakeholder *stakeholder)
{
  return sam_stakeholder_get_side (stakeholder);
}

SamSnapshot *
sam_snapshot_new_from_project (SamProject *project)
{
  GListModel *list;
  SamSnapshot *self;
  guint n;

  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);

  list = sam_project_get_stakeholders (project);
  n = g_list_model_get_n_items (list);
  self = sam_snapshot_new (n);
  for (int mark = 0; mark < SAM_N_MARKS; mark++)
    self->marks[mark] = sam_project_get_mark (project, mark);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);

      sam_snapshot_add (self, sam_stakeholder_get_id (s), sam_stakeholder_get_name (s),
                        sam_stakeholder_get_role_now (s), sam_stakeholder_get_role_wanted (s),
                        stakeholder_side (s), NULL);
    }
  return self;
}

void
sam_snapshot_set_mark (SamSnapshot *self,
                       SamMark      mark,
                       int          rung)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (mark < SAM_N_MARKS);
  g_return_if_fail (rung >= 0 && rung <= 4);

  self->marks[mark] = rung;
}

void
sam_snapshot_add (SamSnapshot *self,
                  const char  *id,
                  const char  *name,
                  int          role_now,
                  int          role_wanted,
                  SamSide      side,
                  JsonObject  *unknown)
{
  SamSnapshotEntry entry;

  g_return_if_fail (self != NULL);
  g_return_if_fail (id != NULL);
  g_return_if_fail (self->by_id == NULL);   /* sealed once read */

  entry.id = g_string_chunk_insert (self->strings, id);
  entry.name = g_string_chunk_insert (self->strings, name != NULL ? name : "");
  entry.role_now = CLAMP (role_now, 0, 4);
  entry.role_wanted = CLAMP (role_wanted, 0, 4);
  entry.side = side == SAM_SIDE_PRODUCER ? SAM_SIDE_PRODUCER : SAM_SIDE_CONSUMER;
  entry.unknown = unknown != NULL ? json_object_ref (unknown) : NULL;
  g_array_append_val (self->entries, entry);
}

void
sam_snapshot_set_unknown (SamSnapshot *self,
                          JsonObject  *unknown)
{
  g_return_if_fail (self != NULL);

  if (unknown != NULL)
    json_object_ref (unknown);
  g_clear_pointer (&self->unknown, json_object_unref);
  self->unknown = unknown;
}

void
sam_snapshot_set_ladder_unknown (SamSnapshot *self,
                                 JsonObject  *unknown)
{
  g_return_if_fail (self != NULL);

  if (unknown != NULL)
    json_object_ref (unknown);
  g_clear_pointer (&self->ladder_unknown, json_object_unref);
  self->ladder_unknown = unknown;
}

SamSnapshot *
sam_snapshot_ref (SamSnapshot *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sam_snapshot_unref (SamSnapshot *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint i = 0; i < self->entries->len; i++)
    {
      SamSnapshotEntry *entry = &g_array_index (self->entries, SamSnapshotEntry, i);

      g_clear_pointer (&entry->unknown, json_object_unref);
    }
  g_array_unref (self->entries);
  g_string_chunk_free (self->strings);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->unknown, json_object_unref);
  g_clear_pointer (&self->ladder_unknown, json_object_unref);
  g_free (self);
}

int
sam_snapshot_get_mark (SamSnapshot *self,
                       SamMark      mark)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (mark < SAM_N_MARKS, 0);

  return self->marks[mark];
}

guint
sam_snapshot_get_n_entries (SamSnapshot *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entries->len;
}

const SamSnapshotEntry *
sam_snapshot_get_entry (SamSnapshot *self,
                        guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return &g_array_index (self->entries, SamSnapshotEntry, index);
}

const SamSnapshotEntry *
sam_snapshot_find (SamSnapshot *self,
                   const char  *id)
{
  gpointer value;

  g_return_val_if_fail (self != NULL, NULL);

  if (id == NULL)
    return NULL;

  /* Only the main thread draws; the loader never looks up. */
  if (self->by_id == NULL)
    {
      self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < self->entries->len; i++)
        g_hash_table_insert (self->by_id,
                             (gpointer) g_array_index (self->entries, SamSnapshotEntry, i).id,
                             GUINT_TO_POINTER (i + 1));
    }

  value = g_hash_table_lookup (self->by_id, id);
  if (value == NULL)
    return NULL;
  return &g_array_index (self->entries, SamSnapshotEntry, GPOINTER_TO_UINT (value) - 1);
}

JsonObject *
sam_snapshot_get_unknown (SamSnapshot *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->unknown;
}

JsonObject *
sam_snapshot_get_ladder_unknown (SamSnapshot *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->ladder_unknown;
}

static void
append_json (GString    *out,
             JsonObject *object)
{
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  if (object == NULL || json_object_get_size (object) == 0)
    {
      g_string_append (out, "-\n");
      return;
    }
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  text = json_to_string (node, FALSE);
  g_string_append_printf (out, "%" G_GSIZE_FORMAT ":%s\n", strlen (text), text);
}

/* Length-prefixed, so no name can imitate the next entry. */
void
sam_snapshot_append_content (SamSnapshot *self,
                             GString     *out)
{
  g_return_if_fail (self != NULL);

  g_string_append_printf (out, "snapshot:%d,%d,%d,%d\n",
                          self->marks[0], self->marks[1], self->marks[2], self->marks[3]);
  for (guint i = 0; i < self->entries->len; i++)
    {
      const SamSnapshotEntry *e = &g_array_index (self->entries, SamSnapshotEntry, i);

      g_string_append_printf (out, "%s:%" G_GSIZE_FORMAT ":%s:%d,%d,%d\n", e->id,
                              strlen (e->name), e->name, e->role_now, e->role_wanted, e->side);
      if (e->unknown != NULL)
        append_json (out, e->unknown);
    }
  append_json (out, self->unknown);
  append_json (out, self->ladder_unknown);
}

gboolean
sam_snapshot_equal (SamSnapshot *a,
                    SamSnapshot *b)
{
  g_autoptr(GString) ta = g_string_new (NULL);
  g_autoptr(GString) tb = g_string_new (NULL);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  sam_snapshot_append_content (a, ta);
  sam_snapshot_append_content (b, tb);
  return g_string_equal (ta, tb);
}

/**
 * sam_snapshot_to_project:
 * @self: a snapshot
 * @project: the project it was taken of
 *
 * A project that holds the ladder of @self, for drawing a session as the
 * later side of a comparison: @project's title, organisation and vision,
 * the snapshot's marks, and a stakeholder per entry with the entry's name,
 * rungs and side (and the colour and category of the stakeholder, when
 * @project still has it).  Not under undo; not for saving.
 *
 * Returns: (transfer full): a new project
 */
SamProject *
sam_snapshot_to_project (SamSnapshot *self,
                         SamProject  *project)
{
  g_autoptr(GHashTable) live_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *list;
  SamProject *copy;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);

  list = sam_project_get_stakeholders (project);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);

      /* The project keeps every stakeholder alive meanwhile. */
      g_hash_table_insert (live_by_id, (gpointer) sam_stakeholder_get_id (s), s);
    }

  copy = sam_project_new_with_id (sam_project_get_id (project));
  g_object_set (copy,
                "title", sam_project_get_title (project),
                "organisation", sam_project_get_organisation (project),
                NULL);
  for (int mark = 0; mark < SAM_N_MARKS; mark++)
    g_object_set (copy, sam_mark_property_name (mark), self->marks[mark], NULL);
  for (guint i = 0; i < self->entries->len; i++)
    {
      const SamSnapshotEntry *e = &g_array_index (self->entries, SamSnapshotEntry, i);
      SamStakeholder *live = g_hash_table_lookup (live_by_id, e->id);
      g_autoptr(SamStakeholder) s = sam_stakeholder_new_with_id (e->id);

      g_object_set (s,
                    "name", e->name,
                    "side", (int) e->side,
                    "role-now", (int) e->role_now,
                    "role-wanted", (int) e->role_wanted,
                    NULL);
      if (live != NULL)
        g_object_set (s,
                      "colour", sam_stakeholder_get_colour (live),
                      "category", sam_stakeholder_get_category (live),
                      NULL);
      sam_project_load_stakeholder (copy, s);
    }
  return copy;
}
