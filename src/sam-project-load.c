/* sam-project-load.c: reading project files into the model
 *
 * sam_json_check() vets the raw bytes (size, UTF-8, depth, strict
 * grammar), sam_json_tree_new() turns them into a compact tree in one pass
 * (json-glib's parser costs twice as much and has no depth limit), and the
 * reader below checks every known member's type and bounds while building
 * a fresh SamProject; members it does not know become json-glib objects on
 * the model, kept for the next save.  Version 0 files (the pre-release
 * layout) are rewritten into the version 1 layout first
 * (sam-project-upgrade.c) and then read by the same reader.
 *
 * The format is documented in docs/file-format.md.
 */

#define G_LOG_DOMAIN "samenspel-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-json-check.h"
#include "sam-json-tree.h"
#include "sam-project-io-private.h"

/* The kinds of item an id can belong to, for duplicate-id messages. */
enum { ID_PROJECT = 1, ID_STAKEHOLDER, ID_NOTE, ID_SESSION };
#define ID_CODE(kind, index) GINT_TO_POINTER (((kind) << 24) | ((index) & 0xFFFFFF))

/* Cuts user data quoted in messages to a readable length. */
static char *
quote_excerpt (const char *text)
{
  if (g_utf8_strlen (text, 41) <= 40)
    return g_strdup (text);
  return g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (text, 40) - text), text);
}

/* ---------------------------------------------------------------------- */
/* Typed member readers                                                   */

typedef const SamJsonNode Node;

typedef struct {
  SamJsonTree *tree;
  Node        *nodes;
  GHashTable  *ids;     /* id (owned by the tree) -> ID_CODE */
  GError     **error;
} Reader;

#define INDEX(reader, node) ((guint32) ((node) - (reader)->nodes))
/* Iterates over the children of @node. */
#define FOR_CHILDREN(reader, node, child) \
  for (Node *child = (node) + 1; child < (reader)->nodes + (node)->end; \
       child = (reader)->nodes + child->end)

static const char *
node_type_name (Node *node)
{
  switch (node->type)
    {
    case SAM_JSON_OBJECT: return _("an object");
    case SAM_JSON_ARRAY: return _("a list");
    case SAM_JSON_NULL: return _("null");
    case SAM_JSON_STRING: return _("a text");
    case SAM_JSON_BOOLEAN: return _("true or false");
    case SAM_JSON_DOUBLE: return _("a number with a decimal point");
    case SAM_JSON_INT:
    default: return _("a number");
    }
}

static gboolean
read_string (Node        *node,
             const char  *where,
             const char  *member,
             guint        max_chars,
             const char **out,
             GError     **error)
{
  const char *value;
  gsize len;

  if (node->type != SAM_JSON_STRING)
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                        _("expected a text, not %s"), node_type_name (node));

  value = node->v.string;
  len = strlen (value);
  /* Bytes bound characters from above: count only when it can matter. */
  if (len > max_chars && g_utf8_strlen (value, len) > max_chars)
    return sam_io_fail (error, SAM_PROJECT_ERROR_TOO_LARGE, where, member,
                        g_dngettext (GETTEXT_PACKAGE,
                                     "the text is longer than the %u character allowed",
                                     "the text is longer than the %u characters allowed",
                                     max_chars),
                        max_chars);

  *out = value;
  return TRUE;
}

static gboolean
read_rung (Node        *node,
           const char  *where,
           const char  *member,
           int         *out,
           GError     **error)
{
  if (node->type != SAM_JSON_INT)
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                        _("expected a whole number from 0 (not set) to 4, not %s"),
                        node_type_name (node));

  if (node->v.integer < 0 || node->v.integer > 4)
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                        _("expected a whole number from 0 (not set) to 4, not %lld"),
                        (long long) node->v.integer);

  *out = (int) node->v.integer;
  return TRUE;
}

static gboolean
read_boolean (Node        *node,
              const char  *where,
              const char  *member,
              gboolean    *out,
              GError     **error)
{
  if (node->type != SAM_JSON_BOOLEAN)
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                        _("expected true or false, not %s"), node_type_name (node));

  *out = node->v.boolean;
  return TRUE;
}

static gboolean
read_enum (Node        *node,
           const char  *where,
           const char  *member,
           GType        enum_type,
           int         *out,
           GError     **error)
{
  const char *nick;

  if (node->type != SAM_JSON_STRING)
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                        _("expected a text, not %s"), node_type_name (node));

  nick = node->v.string;
  if (!sam_enum_from_nick (enum_type, nick, out))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
      g_autoptr(GString) nicks = g_string_new (NULL);
      g_autofree char *excerpt = quote_excerpt (nick);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (nicks, "%s“%s”", i > 0 ? ", " : "",
                                klass->values[i].value_nick);
      return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                          _("unknown value “%s”; expected one of %s"), excerpt, nicks->str);
    }

  return TRUE;
}

static gboolean
read_id (Reader      *reader,
         Node        *node,
         const char  *where,
         int          kind,
         int          index,
         const char **out)
{
  const char *id;
  gpointer previous;

  if (node->type != SAM_JSON_STRING)
    return sam_io_fail (reader->error, SAM_PROJECT_ERROR_INVALID, where, "id",
                        _("expected a text, not %s"), node_type_name (node));

  id = node->v.string;
  if (!g_uuid_string_is_valid (id))
    {
      g_autofree char *excerpt = quote_excerpt (id);

      return sam_io_fail (reader->error, SAM_PROJECT_ERROR_INVALID, where, "id",
                          _("“%s” is not a valid id (expected a UUID such as "
                            "“2f1c7a4e-5b3d-4e8f-9a6b-0c1d2e3f4a5b”)"), excerpt);
    }

  if (g_hash_table_lookup_extended (reader->ids, id, NULL, &previous))
    {
      int code = GPOINTER_TO_INT (previous);
      int other_kind = code >> 24;
      int other_index = code & 0xFFFFFF;
      g_autofree char *other = NULL;

      if (other_kind == ID_STAKEHOLDER)
        other = g_strdup_printf ("stakeholders[%d].id", other_index);
      else if (other_kind == ID_NOTE)
        other = g_strdup_printf ("notes[%d].id", other_index);
      else if (other_kind == ID_SESSION)
        other = g_strdup_printf ("sessions[%d].id", other_index);
      else
        other = g_strdup (_("the project itself"));
      return sam_io_fail (reader->error, SAM_PROJECT_ERROR_DUPLICATE_ID, where, "id",
                          _("the id “%s” is used twice (also by %s); "
                            "every item needs its own id"),
                          id, other);
    }

  g_hash_table_insert (reader->ids, (gpointer) id, ID_CODE (kind, index));
  *out = id;
  return TRUE;
}

static gboolean
read_timestamp (Node        *node,
                const char  *where,
                const char  *member,
                gint64      *out,
                GError     **error)
{
  if (node->type != SAM_JSON_STRING || !sam_io_parse_timestamp (node->v.string, out))
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                        _("expected a date and time in UTC such as “2026-03-01T09:30:00Z”"));
  return TRUE;
}

static gboolean
read_colour (Node        *node,
             const char  *where,
             const char  *member,
             const char **out,
             GError     **error)
{
  const char *value;

  if (!read_string (node, where, member, 7, &value, error))
    return FALSE;

  if (value[0] != '\0')
    {
      gboolean ok = strlen (value) == 7 && value[0] == '#';

      for (int i = 1; ok && i < 7; i++)
        ok = g_ascii_isxdigit (value[i]);
      if (!ok)
        return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                            _("expected a colour such as “#3465a4”, or an empty text"));
    }

  *out = value;
  return TRUE;
}

static void
keep_unknown (Reader      *reader,
              JsonObject **unknown,
              Node        *node)
{
  if (*unknown == NULL)
    *unknown = json_object_new ();
  json_object_set_member (*unknown, node->key,
                          sam_json_tree_to_json_node (reader->tree, INDEX (reader, node)));
}

/* A member twice in one object: JSON parsers disagree on which one
 * counts, so neither does. */
static gboolean
check_once (guint64     *seen,
            guint        bit,
            const char  *where,
            const char  *member,
            GError     **error)
{
  if (*seen & (G_GUINT64_CONSTANT (1) << bit))
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                        _("the member appears twice"));
  *seen |= G_GUINT64_CONSTANT (1) << bit;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* The version 1 reader                                                    */

static SamStakeholder *
read_stakeholder (Reader *reader,
                  Node   *object,
                  int     index)
{
  char where[40];
  const char *id = NULL;
  const char *name = "", *category = "", *interest = "", *benefit = "";
  const char *notes = "", *colour = "";
  int willingness = SAM_WILLINGNESS_UNKNOWN, role_now = 0, role_wanted = 0;
  int side = SAM_SIDE_CONSUMER;  /* a file without "side" reads as before */
  gboolean ambassador = FALSE, informed_only = FALSE, critical_voice = FALSE;
  gint64 modified = -1;
  guint64 seen = 0;
  g_autoptr(JsonObject) unknown = NULL;
  GError **error = reader->error;
  SamStakeholder *stakeholder;

  g_snprintf (where, sizeof where, "stakeholders[%d]", index);

  FOR_CHILDREN (reader, object, node)
    {
      const char *m = node->key;
      int number = sam_io_member_number (sam_io_stakeholder_members, m);
      gboolean ok;

      if (number >= 0 && !check_once (&seen, number, where, m, error))
        return NULL;

      switch (number)
        {
        case 0: ok = read_id (reader, node, where, ID_STAKEHOLDER, index, &id); break;
        case 1: ok = read_string (node, where, m, SAM_PROJECT_MAX_NAME_CHARS, &name, error); break;
        case 2: ok = read_string (node, where, m, SAM_PROJECT_MAX_NAME_CHARS, &category, error); break;
        case 3: ok = read_string (node, where, m, SAM_PROJECT_MAX_TEXT_CHARS, &interest, error); break;
        case 4: ok = read_string (node, where, m, SAM_PROJECT_MAX_TEXT_CHARS, &benefit, error); break;
        case 5: ok = read_enum (node, where, m, SAM_TYPE_WILLINGNESS, &willingness, error); break;
        case 6: ok = read_enum (node, where, m, SAM_TYPE_SIDE, &side, error); break;
        case 7: ok = read_rung (node, where, m, &role_now, error); break;
        case 8: ok = read_rung (node, where, m, &role_wanted, error); break;
        case 9: ok = read_boolean (node, where, m, &ambassador, error); break;
        case 10: ok = read_boolean (node, where, m, &informed_only, error); break;
        case 11: ok = read_boolean (node, where, m, &critical_voice, error); break;
        case 12: ok = read_string (node, where, m, SAM_PROJECT_MAX_TEXT_CHARS, &notes, error); break;
        case 13: ok = read_colour (node, where, m, &colour, error); break;
        case 14: ok = read_timestamp (node, where, m, &modified, error); break;
        default:
          keep_unknown (reader, &unknown, node);
          ok = TRUE;
          break;
        }

      if (!ok)
        return NULL;
    }

  if (id == NULL)
    {
      sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, "id",
                   _("missing; every stakeholder needs an id"));
      return NULL;
    }

  stakeholder = g_object_new (SAM_TYPE_STAKEHOLDER,
                              "id", id,
                              "name", name,
                              "category", category,
                              "interest", interest,
                              "benefit", benefit,
                              "willingness", willingness,
                              "side", side,
                              "role-now", role_now,
                              "role-wanted", role_wanted,
                              "ambassador", ambassador,
                              "informed-only", informed_only,
                              "critical-voice", critical_voice,
                              "notes", notes,
                              "colour", colour,
                              modified >= 0 ? "modified" : NULL, modified,
                              NULL);
  if (unknown != NULL)
    sam_stakeholder_set_unknown (stakeholder, unknown);

  return stakeholder;
}

static SamNote *
read_note (Reader      *reader,
           Node        *object,
           int          index,
           const char **stakeholder_out)
{
  char where[40];
  const char *id = NULL, *text = "", *owner = "", *stakeholder_id = "";
  int kind = SAM_NOTE_KIND_FEAR, status = SAM_NOTE_STATUS_PARKED;
  gint64 created = -1, modified = -1;
  guint64 seen = 0;
  g_autoptr(JsonObject) unknown = NULL;
  GError **error = reader->error;
  SamNote *note;

  g_snprintf (where, sizeof where, "notes[%d]", index);

  FOR_CHILDREN (reader, object, node)
    {
      const char *m = node->key;
      int number = sam_io_member_number (sam_io_note_members, m);
      gboolean ok;

      if (number >= 0 && !check_once (&seen, number, where, m, error))
        return NULL;

      switch (number)
        {
        case 0: ok = read_id (reader, node, where, ID_NOTE, index, &id); break;
        case 1: ok = read_string (node, where, m, SAM_PROJECT_MAX_TEXT_CHARS, &text, error); break;
        case 2: ok = read_enum (node, where, m, SAM_TYPE_NOTE_KIND, &kind, error); break;
        case 3: ok = read_enum (node, where, m, SAM_TYPE_NOTE_STATUS, &status, error); break;
        case 4: ok = read_string (node, where, m, SAM_PROJECT_MAX_NAME_CHARS, &owner, error); break;
        case 5:
          /* null (or "") when the note is about no one in particular;
           * whether the id exists is checked once all are read. */
          ok = TRUE;
          if (node->type == SAM_JSON_NULL)
            stakeholder_id = "";
          else if (node->type != SAM_JSON_STRING)
            ok = sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, m,
                              _("expected the id of a stakeholder or null, not %s"),
                              node_type_name (node));
          else
            stakeholder_id = node->v.string;
          break;
        case 6: ok = read_timestamp (node, where, m, &created, error); break;
        case 7: ok = read_timestamp (node, where, m, &modified, error); break;
        default:
          keep_unknown (reader, &unknown, node);
          ok = TRUE;
          break;
        }

      if (!ok)
        return NULL;
    }

  if (id == NULL)
    {
      sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, "id",
                   _("missing; every note needs an id"));
      return NULL;
    }

  note = g_object_new (SAM_TYPE_NOTE,
                       "id", id,
                       "text", text,
                       "kind", kind,
                       "status", status,
                       "owner", owner,
                       "stakeholder-id", stakeholder_id,
                       NULL);
  if (created >= 0)
    g_object_set (note, "created", created, NULL);
  if (modified >= 0)
    g_object_set (note, "modified", modified, NULL);
  if (unknown != NULL)
    sam_note_set_unknown (note, unknown);

  *stakeholder_out = stakeholder_id;
  return note;
}

static gboolean
read_ladder (Reader     *reader,
             Node       *section,
             SamProject *project)
{
  g_autoptr(JsonObject) unknown = NULL;
  GError **error = reader->error;
  guint64 seen = 0;

  if (section->type != SAM_JSON_OBJECT)
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, "ladder", NULL,
                        _("expected an object, not %s"), node_type_name (section));

  FOR_CHILDREN (reader, section, node)
    {
      gboolean known = FALSE;

      for (int mark = 0; mark < SAM_N_MARKS; mark++)
        if (g_str_equal (node->key, sam_mark_property_name (mark)))
          {
            int rung;

            if (!check_once (&seen, mark, "ladder", node->key, error)
                || !read_rung (node, "ladder", node->key, &rung, error))
              return FALSE;
            g_object_set (project, sam_mark_property_name (mark), rung, NULL);
            known = TRUE;
            break;
          }

      if (!known)
        keep_unknown (reader, &unknown, node);
    }

  if (unknown != NULL)
    sam_project_set_unknown (project, "ladder", unknown);
  return TRUE;
}

static gboolean
read_vision (Reader     *reader,
             Node       *section,
             SamProject *project)
{
  g_autoptr(JsonObject) unknown = NULL;
  GError **error = reader->error;
  guint64 seen = 0;

  if (section->type != SAM_JSON_OBJECT)
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, "vision", NULL,
                        _("expected an object, not %s"), node_type_name (section));

  FOR_CHILDREN (reader, section, node)
    {
      gboolean known = FALSE;

      if (g_str_equal (node->key, "verdict"))
        {
          int verdict;

          if (!check_once (&seen, SAM_VISION_N_FIELDS, "vision", node->key, error)
              || !read_enum (node, "vision", node->key, SAM_TYPE_VERDICT, &verdict, error))
            return FALSE;
          g_object_set (project, "verdict", verdict, NULL);
          continue;
        }

      for (int field = 0; field < SAM_VISION_N_FIELDS; field++)
        if (g_str_equal (node->key, sam_io_vision_member (field)))
          {
            const char *text;

            if (!check_once (&seen, field, "vision", node->key, error)
                || !read_string (node, "vision", node->key, SAM_PROJECT_MAX_TEXT_CHARS, &text, error))
              return FALSE;
            g_object_set (project, sam_vision_property_name (field), text, NULL);
            known = TRUE;
            break;
          }

      if (!known)
        keep_unknown (reader, &unknown, node);
    }

  if (unknown != NULL)
    sam_project_set_unknown (project, "vision", unknown);
  return TRUE;
}

static gboolean
check_list (Node        *node,
            const char  *member,
            GError     **error)
{
  if (node->type != SAM_JSON_ARRAY)
    return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, member, NULL,
                        _("expected a list, not %s"), node_type_name (node));

  if (node->length > SAM_PROJECT_MAX_ITEMS)
    return sam_io_fail (error, SAM_PROJECT_ERROR_TOO_LARGE, member, NULL,
                        _("the list has %u items, more than the %u allowed"),
                        node->length, (guint) SAM_PROJECT_MAX_ITEMS);
  return TRUE;
}

/* ---- Work sessions (docs/file-format.md, "A session") ---- */

/* Snapshot entries are many (a snapshot of every stakeholder at every
 * session), so their place in the file is only formatted for a message:
 * each member is read without one first, and again with it on failure. */
#define ENTRY_WHERE(buf, session, entry) \
  g_snprintf ((buf), sizeof (buf), "sessions[%d].snapshot.stakeholders[%d]", (session), (entry))

static gboolean
read_snapshot_entry (Reader      *reader,
                     Node        *object,
                     int          session_index,
                     int          index,
                     SamSnapshot *snapshot,
                     GHashTable  *seen_ids)
{
  char where[80];
  const char *id = NULL, *name = "";
  int role_now = 0, role_wanted = 0, side = SAM_SIDE_CONSUMER;
  guint64 seen = 0;
  g_autoptr(JsonObject) unknown = NULL;
  GError **error = reader->error;

  if (object->type != SAM_JSON_OBJECT)
    {
      ENTRY_WHERE (where, session_index, index);
      return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
                          _("expected an object, not %s"), node_type_name (object));
    }

  FOR_CHILDREN (reader, object, node)
    {
      const char *m = node->key;
      int number = sam_io_member_number (sam_io_snapshot_entry_members, m);
      gboolean ok;

      if (number >= 0 && !check_once (&seen, number, NULL, m, NULL))
        {
          ENTRY_WHERE (where, session_index, index);
          return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, m,
                              _("the member appears twice"));
        }

      switch (number)
        {
        case 0:
          ok = node->type == SAM_JSON_STRING && g_uuid_string_is_valid (node->v.string);
          if (ok)
            id = node->v.string;
          break;
        case 1: ok = read_string (node, NULL, m, SAM_PROJECT_MAX_NAME_CHARS, &name, NULL); break;
        case 2: ok = read_rung (node, NULL, m, &role_now, NULL); break;
        case 3: ok = read_rung (node, NULL, m, &role_wanted, NULL); break;
        case 4: ok = read_enum (node, NULL, m, SAM_TYPE_SIDE, &side, NULL); break;
        default:
          keep_unknown (reader, &unknown, node);
          ok = TRUE;
          break;
        }

      if (!ok)
        {
          ENTRY_WHERE (where, session_index, index);
          switch (number)
            {
            case 0:
              if (node->type != SAM_JSON_STRING)
                return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, m,
                                    _("expected the id of a stakeholder, not %s"),
                                    node_type_name (node));
              else
                {
                  g_autofree char *excerpt = quote_excerpt (node->v.string);

                  return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, m,
                                      _("“%s” is not a valid id (expected a UUID such as "
                                        "“2f1c7a4e-5b3d-4e8f-9a6b-0c1d2e3f4a5b”)"), excerpt);
                }
            case 1: return read_string (node, where, m, SAM_PROJECT_MAX_NAME_CHARS, &name, error);
            case 2: return read_rung (node, where, m, &role_now, error);
            case 3: return read_rung (node, where, m, &role_wanted, error);
            default: return read_enum (node, where, m, SAM_TYPE_SIDE, &side, error);
            }
        }
    }

  if (id == NULL)
    {
      ENTRY_WHERE (where, session_index, index);
      return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, "id",
                          _("missing; every stakeholder in a snapshot needs the id "
                            "of the stakeholder"));
    }
  if (!g_hash_table_add (seen_ids, (gpointer) id))
    {
      ENTRY_WHERE (where, session_index, index);
      return sam_io_fail (error, SAM_PROJECT_ERROR_DUPLICATE_ID, where, "id",
                          _("the stakeholder “%s” is in this snapshot twice"), id);
    }

  sam_snapshot_add (snapshot, id, name, role_now, role_wanted, side, unknown);
  return TRUE;
}

static SamSnapshot *
read_snapshot (Reader     *reader,
               Node       *object,
               int         session_index,
               GHashTable *seen_ids)
{
  char where[48];
  GError **error = reader->error;
  Node *ladder = NULL, *stakeholders = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(JsonObject) ladder_unknown = NULL;
  g_autoptr(SamSnapshot) snapshot = NULL;
  guint64 seen = 0;

  g_snprintf (where, sizeof where, "sessions[%d].snapshot", session_index);
  if (object->type != SAM_JSON_OBJECT)
    {
      sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
                   _("expected an object, not %s"), node_type_name (object));
      return NULL;
    }

  FOR_CHILDREN (reader, object, node)
    {
      int number = sam_io_member_number (sam_io_snapshot_members, node->key);

      if (number >= 0 && !check_once (&seen, number, where, node->key, error))
        return NULL;
      if (number == 0)
        ladder = node;
      else if (number == 1)
        stakeholders = node;
      else
        keep_unknown (reader, &unknown, node);
    }

  snapshot = sam_snapshot_new (stakeholders != NULL && stakeholders->type == SAM_JSON_ARRAY
                               ? stakeholders->length : 0);

  if (ladder != NULL)
    {
      char ladder_where[64];
      guint64 marks_seen = 0;

      g_snprintf (ladder_where, sizeof ladder_where, "%s.ladder", where);
      if (ladder->type != SAM_JSON_OBJECT)
        {
          sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, ladder_where, NULL,
                       _("expected an object, not %s"), node_type_name (ladder));
          return NULL;
        }
      FOR_CHILDREN (reader, ladder, node)
        {
          gboolean known = FALSE;

          for (int mark = 0; mark < SAM_N_MARKS; mark++)
            if (g_str_equal (node->key, sam_mark_property_name (mark)))
              {
                int rung;

                if (!check_once (&marks_seen, mark, ladder_where, node->key, error)
                    || !read_rung (node, ladder_where, node->key, &rung, error))
                  return NULL;
                sam_snapshot_set_mark (snapshot, mark, rung);
                known = TRUE;
                break;
              }
          if (!known)
            keep_unknown (reader, &ladder_unknown, node);
        }
    }

  if (stakeholders != NULL)
    {
      char list_where[64];
      int i = 0;

      g_snprintf (list_where, sizeof list_where, "%s.stakeholders", where);
      if (!check_list (stakeholders, list_where, error))
        return NULL;
      g_hash_table_remove_all (seen_ids);
      FOR_CHILDREN (reader, stakeholders, element)
        {
          if (!read_snapshot_entry (reader, element, session_index, i, snapshot, seen_ids))
            return NULL;
          i++;
        }
    }

  sam_snapshot_set_unknown (snapshot, unknown);
  sam_snapshot_set_ladder_unknown (snapshot, ladder_unknown);
  return g_steal_pointer (&snapshot);
}

static gboolean
read_participants (Node        *node,
                   const char  *where,
                   GPtrArray   *out,
                   GError     **error)
{
  g_autoptr(GHashTable) seen = NULL;
  int i = 0;

  if (!check_list (node, where, error))
    return FALSE;

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (const SamJsonNode *child = node + 1; i < (int) node->length; i++)
    {
      char element_where[80];

      g_snprintf (element_where, sizeof element_where, "%s[%d]", where, i);
      if (child->type != SAM_JSON_STRING)
        return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, element_where, NULL,
                            _("expected the id of a stakeholder, not %s"), node_type_name (child));
      if (!g_uuid_string_is_valid (child->v.string))
        {
          g_autofree char *excerpt = quote_excerpt (child->v.string);

          return sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, element_where, NULL,
                              _("“%s” is not a valid id (expected a UUID such as "
                                "“2f1c7a4e-5b3d-4e8f-9a6b-0c1d2e3f4a5b”)"), excerpt);
        }
      if (!g_hash_table_add (seen, (gpointer) child->v.string))
        return sam_io_fail (error, SAM_PROJECT_ERROR_DUPLICATE_ID, element_where, NULL,
                            _("the stakeholder “%s” is named twice"), child->v.string);
      g_ptr_array_add (out, (gpointer) child->v.string);
      child = child + 1;   /* strings have no children */
    }
  g_ptr_array_add (out, NULL);
  return TRUE;
}

static SamSession *
read_session (Reader     *reader,
              Node       *object,
              int         index,
              GHashTable *seen_ids)
{
  char where[40];
  const char *id = NULL, *name = "", *date = NULL, *note = "";
  gint64 modified = -1;
  guint64 seen = 0;
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(GPtrArray) participants = g_ptr_array_new ();
  g_autoptr(SamSnapshot) snapshot = NULL;
  GError **error = reader->error;
  SamSession *session;

  g_snprintf (where, sizeof where, "sessions[%d]", index);
  if (object->type != SAM_JSON_OBJECT)
    {
      sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
                   _("expected an object, not %s"), node_type_name (object));
      return NULL;
    }

  FOR_CHILDREN (reader, object, node)
    {
      const char *m = node->key;
      int number = sam_io_member_number (sam_io_session_members, m);
      gboolean ok;

      if (number >= 0 && !check_once (&seen, number, where, m, error))
        return NULL;

      switch (number)
        {
        case 0: ok = read_id (reader, node, where, ID_SESSION, index, &id); break;
        case 1: ok = read_string (node, where, m, SAM_PROJECT_MAX_NAME_CHARS, &name, error); break;
        case 2:
          ok = node->type == SAM_JSON_STRING && sam_session_date_is_valid (node->v.string);
          if (ok)
            date = node->v.string;
          else
            sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, m,
                         _("expected a day such as “2026-03-01” (years 1970 to 9999)"));
          break;
        case 3:
          {
            char participants_where[64];

            g_snprintf (participants_where, sizeof participants_where, "%s.%s", where, m);
            ok = read_participants (node, participants_where, participants, error);
          }
          break;
        case 4: ok = read_string (node, where, m, SAM_PROJECT_MAX_TEXT_CHARS, &note, error); break;
        case 5: ok = read_timestamp (node, where, m, &modified, error); break;
        case 6:
          snapshot = read_snapshot (reader, node, index, seen_ids);
          ok = snapshot != NULL;
          break;
        default:
          keep_unknown (reader, &unknown, node);
          ok = TRUE;
          break;
        }

      if (!ok)
        return NULL;
    }

  if (id == NULL)
    {
      sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, "id",
                   _("missing; every session needs an id"));
      return NULL;
    }
  if (date == NULL)
    {
      sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, "date",
                   _("missing; every session needs its date"));
      return NULL;
    }
  if (snapshot == NULL)
    snapshot = sam_snapshot_new (0);   /* a session of an empty ladder */
  if (participants->len == 0)
    g_ptr_array_add (participants, NULL);

  session = sam_session_new (id, snapshot);
  g_object_set (session,
                "name", name,
                "date", date,
                "note", note,
                "participants", participants->pdata,
                NULL);
  if (modified >= 0)
    g_object_set (session, "modified", modified, NULL);
  if (unknown != NULL)
    sam_session_set_unknown (session, unknown);
  return session;
}

static gboolean
read_sessions (Reader     *reader,
               Node       *list,
               SamProject *project)
{
  g_autoptr(GHashTable) seen_ids = g_hash_table_new (g_str_hash, g_str_equal);
  int i = 0;

  if (list->length > SAM_PROJECT_MAX_SESSIONS)
    return sam_io_fail (reader->error, SAM_PROJECT_ERROR_TOO_LARGE, "sessions", NULL,
                        _("the list has %u sessions, more than the %u allowed"),
                        list->length, (guint) SAM_PROJECT_MAX_SESSIONS);

  FOR_CHILDREN (reader, list, element)
    {
      g_autoptr(SamSession) session = read_session (reader, element, i, seen_ids);

      if (session == NULL)
        return FALSE;
      sam_project_load_session (project, session);
      i++;
    }
  return TRUE;
}


static SamProject *
read_project_v1 (SamJsonTree  *tree,
                 GError      **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  Reader reader = { tree, sam_json_tree_nodes (tree), ids, error };
  Node *root = reader.nodes;
  const char *id = NULL, *title = "", *organisation = "";
  gint64 created = -1, modified = -1;
  Node *ladder = NULL, *vision = NULL, *stakeholders = NULL, *notes = NULL, *sessions = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(SamProject) project = NULL;
  g_autofree const char **references = NULL;
  guint64 seen = 0;

  FOR_CHILDREN (&reader, root, node)
    {
      const char *m = node->key;
      int number = sam_io_member_number (sam_io_project_members, m);
      gboolean ok = TRUE;

      if (number >= 0 && !check_once (&seen, number, NULL, m, error))
        return NULL;

      switch (number)
        {
        case 0: case 1: break;   /* checked by the caller */
        case 2: ok = read_id (&reader, node, NULL, ID_PROJECT, 0, &id); break;
        case 3: ok = read_string (node, NULL, m, SAM_PROJECT_MAX_NAME_CHARS, &title, error); break;
        case 4: ok = read_string (node, NULL, m, SAM_PROJECT_MAX_NAME_CHARS, &organisation, error); break;
        case 5: ok = read_timestamp (node, NULL, m, &created, error); break;
        case 6: ok = read_timestamp (node, NULL, m, &modified, error); break;
        case 7: ladder = node; break;
        case 8: vision = node; break;
        case 9: ok = check_list (node, m, error); stakeholders = node; break;
        case 10: ok = check_list (node, m, error); notes = node; break;
        case 11: ok = check_list (node, m, error); sessions = node; break;
        default: keep_unknown (&reader, &unknown, node); break;
        }

      if (!ok)
        return NULL;
    }

  if (id == NULL)
    {
      sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, "id", NULL,
                   _("missing; a project file needs an id"));
      return NULL;
    }

  project = sam_project_new_with_id (id);
  g_object_set (project, "title", title, "organisation", organisation, NULL);
  if (created >= 0)
    g_object_set (project, "created", created, NULL);

  if (ladder != NULL && !read_ladder (&reader, ladder, project))
    return NULL;
  if (vision != NULL && !read_vision (&reader, vision, project))
    return NULL;

  if (stakeholders != NULL)
    {
      int i = 0;

      FOR_CHILDREN (&reader, stakeholders, element)
        {
          g_autoptr(SamStakeholder) stakeholder = NULL;

          if (element->type != SAM_JSON_OBJECT)
            {
              char where[40];

              g_snprintf (where, sizeof where, "stakeholders[%d]", i);
              sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
                           _("expected an object, not %s"), node_type_name (element));
              return NULL;
            }
          stakeholder = read_stakeholder (&reader, element, i);
          if (stakeholder == NULL)
            return NULL;
          sam_project_load_stakeholder (project, stakeholder);
          i++;
        }
    }

  if (notes != NULL)
    {
      int i = 0;

      references = g_new0 (const char *, notes->length + 1);
      FOR_CHILDREN (&reader, notes, element)
        {
          g_autoptr(SamNote) note = NULL;

          if (element->type != SAM_JSON_OBJECT)
            {
              char where[40];

              g_snprintf (where, sizeof where, "notes[%d]", i);
              sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
                           _("expected an object, not %s"), node_type_name (element));
              return NULL;
            }
          note = read_note (&reader, element, i, &references[i]);
          if (note == NULL)
            return NULL;
          sam_project_load_note (project, note);
          i++;
        }

      /* Every id is known now, wherever the notes stood in the file. */
      for (guint n = 0; n < notes->length; n++)
        {
          gpointer code;

          if (references[n][0] == '\0')
            continue;
          if (!g_hash_table_lookup_extended (ids, references[n], NULL, &code)
              || (GPOINTER_TO_INT (code) >> 24) != ID_STAKEHOLDER)
            {
              char where[40];
              g_autofree char *excerpt = quote_excerpt (references[n]);

              g_snprintf (where, sizeof where, "notes[%u]", n);
              sam_io_fail (error, SAM_PROJECT_ERROR_MISSING_REFERENCE, where, "stakeholder",
                           _("no stakeholder has the id “%s”; the stakeholder may have been "
                             "deleted in another copy of the file"), excerpt);
              return NULL;
            }
        }
    }

  if (sessions != NULL && !read_sessions (&reader, sessions, project))
    return NULL;

  if (unknown != NULL)
    sam_project_set_unknown (project, "", unknown);

  /* Last: loading set properties, which must not count as edits. */
  if (modified >= 0)
    g_object_set (project, "modified", modified, NULL);

  return g_steal_pointer (&project);
}

/* ---------------------------------------------------------------------- */
/* Loading                                                                 */

/* @data has passed sam_json_check(). */
static SamProject *
load_checked (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(SamJsonTree) tree = sam_json_tree_new (data, length);
  Node *nodes = sam_json_tree_nodes (tree);
  Node *format = NULL, *version_node = NULL;
  gint64 version;

  if (nodes[0].type != SAM_JSON_OBJECT)
    {
      g_set_error_literal (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_NOT_A_PROJECT,
                           _("this is not a Samenspel project: the file holds no JSON object"));
      return NULL;
    }

  for (Node *node = nodes + 1; node < nodes + nodes[0].end; node = nodes + node->end)
    {
      if (g_str_equal (node->key, "format"))
        format = node;
      else if (g_str_equal (node->key, "version"))
        version_node = node;
    }

  if (format == NULL)
    {
      g_set_error_literal (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_NOT_A_PROJECT,
                           _("this is not a Samenspel project: "
                             "the member “format” with the value “samenspel” is missing"));
      return NULL;
    }
  if (format->type != SAM_JSON_STRING || !g_str_equal (format->v.string, SAM_PROJECT_FORMAT_NAME))
    {
      g_set_error_literal (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_NOT_A_PROJECT,
                           _("this is not a Samenspel project: its “format” is not “samenspel”; "
                             "it may belong to another program"));
      return NULL;
    }

  if (version_node == NULL)
    {
      sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, "version", NULL, _("missing"));
      return NULL;
    }
  if (version_node->type != SAM_JSON_INT)
    {
      sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, "version", NULL,
                   _("expected a whole number, not %s"), node_type_name (version_node));
      return NULL;
    }
  version = version_node->v.integer;
  if (version < 0)
    {
      sam_io_fail (error, SAM_PROJECT_ERROR_INVALID, "version", NULL,
                   _("expected a whole number from 0, not %lld"), (long long) version);
      return NULL;
    }
  if (version > SAM_PROJECT_FORMAT_VERSION)
    {
      g_set_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_NEWER_VERSION,
                   _("this project was saved by a newer Samenspel (file format version "
                     "%lld; this version reads up to %d); "
                     "install a newer Samenspel to open it"),
                   (long long) version, SAM_PROJECT_FORMAT_VERSION);
      return NULL;
    }

  if (version == 0)
    {
      g_autoptr(SamJsonTree) upgraded = sam_io_upgrade_v0 (tree, error);

      if (upgraded == NULL)
        return NULL;
      return read_project_v1 (upgraded, error);
    }

  return read_project_v1 (tree, error);
}

SamProject *
sam_project_load_from_bytes (GBytes  *bytes,
                             GError **error)
{
  const char *data;
  gsize length, offset;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  if (!sam_json_check (data, length, SAM_PROJECT_MAX_DEPTH, &offset, error))
    return NULL;

  return load_checked (data + offset, length - offset, error);
}
