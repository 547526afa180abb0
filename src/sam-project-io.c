/* sam-project-io.c: reading and writing project files
 *
 * Loading: sam_json_check() vets the raw bytes (size, UTF-8, depth, strict
 * grammar), sam_json_tree_new() turns them into a compact tree in one pass
 * (json-glib's parser costs twice as much and has no depth limit), and the
 * reader below checks every known member's type and bounds while building
 * a fresh SamProject; members it does not know become json-glib objects on
 * the model, kept for the next save.  Version 0 files (the pre-release
 * layout) are rewritten into the version 1 layout first and then read by
 * the same reader.
 *
 * Saving: the writer prints the model straight into a GString (known
 * members in a fixed order, then unknown ones in their original order), so
 * a second save is byte-identical to the first.  The file is replaced
 * atomically: an unnamed (O_TMPFILE) or hidden temporary file in the same
 * folder, fsync, rename.
 *
 * The format is documented in docs/file-format.md.
 */

/* O_TMPFILE and linkat() */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "samenspel-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sam-json-check.h"
#include "sam-json-tree.h"
#include "sam-project-io.h"

G_DEFINE_QUARK (sam-project-error-quark, sam_project_error)

#define FORMAT_NAME "samenspel"

/* The kinds of item an id can belong to, for duplicate-id messages. */
enum { ID_PROJECT = 1, ID_STAKEHOLDER, ID_NOTE };
#define ID_CODE(kind, index) GINT_TO_POINTER (((kind) << 24) | ((index) & 0xFFFFFF))

/* ---------------------------------------------------------------------- */
/* Errors with the place of the problem: "stakeholders[3].name: …"        */

static char *
member_path (const char *where,
             const char *member)
{
  if (where == NULL || where[0] == '\0')
    return g_strdup (member);
  if (member == NULL)
    return g_strdup (where);
  return g_strdup_printf ("%s.%s", where, member);
}

G_GNUC_PRINTF (5, 6)
static gboolean
fail (GError     **error,
      int          code,
      const char  *where,
      const char  *member,
      const char  *format,
      ...)
{
  g_autofree char *path = member_path (where, member);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path == NULL || path[0] == '\0')
    g_set_error_literal (error, SAM_PROJECT_ERROR, code, message);
  else
    /* TRANSLATORS: a member of the file such as “stakeholders[3].name”, then the problem */
    g_set_error (error, SAM_PROJECT_ERROR, code, _("%s: %s"), path, message);
  return FALSE;
}

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
    case SAM_JSON_INT:
    case SAM_JSON_DOUBLE:
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
    return fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                 _("expected a text, not %s"), node_type_name (node));

  value = node->v.string;
  len = strlen (value);
  /* Bytes bound characters from above: count only when it can matter. */
  if (len > max_chars && g_utf8_strlen (value, len) > max_chars)
    return fail (error, SAM_PROJECT_ERROR_TOO_LARGE, where, member,
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
    return fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                 _("expected a whole number from 0 (not set) to 4, not %s"),
                 node_type_name (node));

  if (node->v.integer < 0 || node->v.integer > 4)
    return fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
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
    return fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
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
    return fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
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
      return fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
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
    return fail (reader->error, SAM_PROJECT_ERROR_INVALID, where, "id",
                 _("expected a text, not %s"), node_type_name (node));

  id = node->v.string;
  if (!g_uuid_string_is_valid (id))
    {
      g_autofree char *excerpt = quote_excerpt (id);

      return fail (reader->error, SAM_PROJECT_ERROR_INVALID, where, "id",
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
      else
        other = g_strdup (_("the project itself"));
      return fail (reader->error, SAM_PROJECT_ERROR_DUPLICATE_ID, where, "id",
                   _("the id “%s” is used twice (also by %s); every item needs its own id"),
                   id, other);
    }

  g_hash_table_insert (reader->ids, (gpointer) id, ID_CODE (kind, index));
  *out = id;
  return TRUE;
}

static gint64
days_from_civil (gint64 y,
                 int    m,
                 int    d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint64  z,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 era, doe, yoe, y, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = (int) (y + (*month <= 2));
}

static gboolean
parse_digits (const char *p,
              int         n,
              int        *out)
{
  int value = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (p[i] - '0');
    }
  *out = value;
  return TRUE;
}

/* "YYYY-MM-DDTHH:MM:SSZ", optionally with a fraction of a second (dropped)
 * and "+00:00" for "Z"; years 1970 to 9999. */
static gboolean
parse_timestamp (const char *text,
                 gint64     *out)
{
  static const int month_days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  int y, mo, d, h, mi, s;
  const char *p = text;

  if (strlen (text) < 20
      || !parse_digits (p, 4, &y) || p[4] != '-'
      || !parse_digits (p + 5, 2, &mo) || p[7] != '-'
      || !parse_digits (p + 8, 2, &d) || p[10] != 'T'
      || !parse_digits (p + 11, 2, &h) || p[13] != ':'
      || !parse_digits (p + 14, 2, &mi) || p[16] != ':'
      || !parse_digits (p + 17, 2, &s))
    return FALSE;

  p += 19;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (!g_str_equal (p, "Z") && !g_str_equal (p, "+00:00"))
    return FALSE;

  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > month_days[mo - 1]
      || h > 23 || mi > 59 || s > 59)
    return FALSE;
  if (mo == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
    return FALSE;

  *out = days_from_civil (y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
  return TRUE;
}

static gboolean
read_timestamp (Node        *node,
                const char  *where,
                const char  *member,
                gint64      *out,
                GError     **error)
{
  if (node->type != SAM_JSON_STRING || !parse_timestamp (node->v.string, out))
    return fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
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
        return fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
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
    return fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                 _("the member appears twice"));
  *seen |= G_GUINT64_CONSTANT (1) << bit;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* The version 1 reader                                                    */

static const char * const stakeholder_members[] = {
  "id", "name", "category", "interest", "benefit", "willingness", "role-now",
  "role-wanted", "ambassador", "informed-only", "critical-voice", "notes",
  "colour", "modified", NULL
};

static int
member_number (const char * const *members,
               const char         *name)
{
  for (int i = 0; members[i] != NULL; i++)
    if (strcmp (members[i], name) == 0)
      return i;
  return -1;
}

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
      int number = member_number (stakeholder_members, m);
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
        case 6: ok = read_rung (node, where, m, &role_now, error); break;
        case 7: ok = read_rung (node, where, m, &role_wanted, error); break;
        case 8: ok = read_boolean (node, where, m, &ambassador, error); break;
        case 9: ok = read_boolean (node, where, m, &informed_only, error); break;
        case 10: ok = read_boolean (node, where, m, &critical_voice, error); break;
        case 11: ok = read_string (node, where, m, SAM_PROJECT_MAX_TEXT_CHARS, &notes, error); break;
        case 12: ok = read_colour (node, where, m, &colour, error); break;
        case 13: ok = read_timestamp (node, where, m, &modified, error); break;
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
      fail (error, SAM_PROJECT_ERROR_INVALID, where, "id",
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

static const char * const note_members[] = {
  "id", "text", "kind", "status", "owner", "stakeholder", "created", "modified", NULL
};

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
      int number = member_number (note_members, m);
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
            ok = fail (error, SAM_PROJECT_ERROR_INVALID, where, m,
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
      fail (error, SAM_PROJECT_ERROR_INVALID, where, "id",
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
    return fail (error, SAM_PROJECT_ERROR_INVALID, "ladder", NULL,
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

/* The file's names of the vision answers: the property names without
 * their "vision-" prefix. */
static const char *
vision_member (SamVisionField field)
{
  return sam_vision_property_name (field) + strlen ("vision-");
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
    return fail (error, SAM_PROJECT_ERROR_INVALID, "vision", NULL,
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
        if (g_str_equal (node->key, vision_member (field)))
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
    return fail (error, SAM_PROJECT_ERROR_INVALID, member, NULL,
                 _("expected a list, not %s"), node_type_name (node));

  if (node->length > SAM_PROJECT_MAX_ITEMS)
    return fail (error, SAM_PROJECT_ERROR_TOO_LARGE, member, NULL,
                 _("the list has %u items, more than the %u allowed"),
                 node->length, (guint) SAM_PROJECT_MAX_ITEMS);
  return TRUE;
}

static const char * const project_members[] = {
  "format", "version", "id", "title", "organisation", "created", "modified",
  "ladder", "vision", "stakeholders", "notes", NULL
};

static SamProject *
read_project_v1 (SamJsonTree  *tree,
                 GError      **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  Reader reader = { tree, sam_json_tree_nodes (tree), ids, error };
  Node *root = reader.nodes;
  const char *id = NULL, *title = "", *organisation = "";
  gint64 created = -1, modified = -1;
  Node *ladder = NULL, *vision = NULL, *stakeholders = NULL, *notes = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(SamProject) project = NULL;
  g_autofree const char **references = NULL;
  guint64 seen = 0;

  FOR_CHILDREN (&reader, root, node)
    {
      const char *m = node->key;
      int number = member_number (project_members, m);
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
        default: keep_unknown (&reader, &unknown, node); break;
        }

      if (!ok)
        return NULL;
    }

  if (id == NULL)
    {
      fail (error, SAM_PROJECT_ERROR_INVALID, "id", NULL,
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
              fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
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
              fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
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
              fail (error, SAM_PROJECT_ERROR_MISSING_REFERENCE, where, "stakeholder",
                    _("no stakeholder has the id “%s”; the stakeholder may have been "
                      "deleted in another copy of the file"), excerpt);
              return NULL;
            }
        }
    }

  if (unknown != NULL)
    sam_project_set_unknown (project, "", unknown);

  /* Last: loading set properties, which must not count as edits. */
  if (modified >= 0)
    g_object_set (project, "modified", modified, NULL);

  return g_steal_pointer (&project);
}

/* ---------------------------------------------------------------------- */
/* Version 0: the pre-release layout (docs/file-format.md, "Version 0")    */

/* The upgrade rewrites a json-glib copy of the (small, rare) old file into
 * the version 1 layout, which the version 1 reader then reads. */

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
    return fail (error, SAM_PROJECT_ERROR_INVALID, member, NULL,
                 _("expected a list, not %s"), jnode_type_name (node));

  n = json_array_get_length (json_node_get_array (node));
  if (n > SAM_PROJECT_MAX_ITEMS)
    return fail (error, SAM_PROJECT_ERROR_TOO_LARGE, member, NULL,
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
    return fail (error, SAM_PROJECT_ERROR_INVALID, where, member,
                 _("expected a time in seconds since 1970 (a version 0 file)"));

  civil_from_days (seconds / 86400, &y, &mo, &d);
  g_snprintf (text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d,
              (int) (seconds % 86400 / 3600), (int) (seconds % 3600 / 60), (int) (seconds % 60));
  json_object_set_member (object, member, string_node (text));
  return TRUE;
}

static gboolean
upgrade_v0 (JsonObject  *root,
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
        return fail (error, SAM_PROJECT_ERROR_INVALID, "ladder", NULL,
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
            return fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
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
                return fail (error, SAM_PROJECT_ERROR_INVALID, where, "role",
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
        return fail (error, SAM_PROJECT_ERROR_INVALID, "notes", NULL,
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
            return fail (error, SAM_PROJECT_ERROR_INVALID, where, NULL,
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
                return fail (error, SAM_PROJECT_ERROR_INVALID, where, "stakeholder",
                             _("expected the number of a stakeholder or null (a version 0 file)"));
              position = json_node_get_int (link);
              if (position < 0 || position >= stakeholder_ids->len)
                return fail (error, SAM_PROJECT_ERROR_MISSING_REFERENCE, where, "stakeholder",
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

/* ---------------------------------------------------------------------- */
/* Loading                                                                 */

static void append_node (GString *out, JsonNode *node, guint indent);

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
  if (format->type != SAM_JSON_STRING || !g_str_equal (format->v.string, FORMAT_NAME))
    {
      g_set_error_literal (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_NOT_A_PROJECT,
                           _("this is not a Samenspel project: its “format” is not “samenspel”; "
                             "it may belong to another program"));
      return NULL;
    }

  if (version_node == NULL)
    {
      fail (error, SAM_PROJECT_ERROR_INVALID, "version", NULL, _("missing"));
      return NULL;
    }
  if (version_node->type != SAM_JSON_INT)
    {
      fail (error, SAM_PROJECT_ERROR_INVALID, "version", NULL,
            _("expected a whole number, not %s"), node_type_name (version_node));
      return NULL;
    }
  version = version_node->v.integer;
  if (version < 0)
    {
      fail (error, SAM_PROJECT_ERROR_INVALID, "version", NULL,
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
      g_autoptr(JsonNode) root = sam_json_tree_to_json_node (tree, 0);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(SamJsonTree) upgraded = NULL;

      if (!upgrade_v0 (json_node_get_object (root), error))
        return NULL;
      json_object_set_int_member (json_node_get_object (root), "version", 1);
      append_node (text, root, 0);
      upgraded = sam_json_tree_new (text->str, text->len);
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

/* Reads at most SAM_PROJECT_MAX_FILE_SIZE + 1 bytes, so a huge file (or an
 * endless one such as a device) is refused without reading all of it. */
static GBytes *
read_capped (GFile         *file,
             char         **etag_out,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  guint8 chunk[65536];

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                         G_FILE_ATTRIBUTE_ETAG_VALUE, cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE)
      && g_file_info_get_size (info) > SAM_PROJECT_MAX_FILE_SIZE)
    {
      g_set_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_TOO_LARGE,
                   _("the file is larger than %u MiB, the most a project file may have; "
                     "is it really a Samenspel project?"),
                     (guint) (SAM_PROJECT_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    buffer = g_byte_array_sized_new (g_file_info_get_size (info) + 1);
  else
    buffer = g_byte_array_new ();

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk,
                                      cancellable, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, n);
      if (buffer->len > SAM_PROJECT_MAX_FILE_SIZE)
        {
          g_set_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_TOO_LARGE,
                       _("the file is larger than %u MiB, the most a project file may have; "
                         "is it really a Samenspel project?"),
                         (guint) (SAM_PROJECT_MAX_FILE_SIZE / (1024 * 1024)));
          return NULL;
        }
    }

  if (etag_out != NULL)
    *etag_out = info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

SamProject *
sam_project_load_from_file (GFile         *file,
                            char         **etag_out,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *etag = NULL;
  SamProject *project;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_capped (file, &etag, cancellable, error);
  if (bytes == NULL)
    return NULL;

  project = sam_project_load_from_bytes (bytes, error);
  if (project != NULL && etag_out != NULL)
    *etag_out = g_steal_pointer (&etag);
  return project;
}

typedef struct {
  SamProject *project;
  char       *etag;
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_object (&result->project);
  g_free (result->etag);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LoadResult *result = g_new0 (LoadResult, 1);

  result->project = sam_project_load_from_file (task_data, &result->etag, cancellable, &error);
  if (result->project == NULL)
    {
      load_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, load_result_free);
}

void
sam_project_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_project_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

SamProject *
sam_project_load_finish (GAsyncResult  *result,
                         char         **etag_out,
                         GError       **error)
{
  LoadResult *load;
  SamProject *project;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sam_project_load_async, NULL);

  load = g_task_propagate_pointer (G_TASK (result), error);
  if (load == NULL)
    return NULL;

  project = g_steal_pointer (&load->project);
  if (etag_out != NULL)
    *etag_out = g_steal_pointer (&load->etag);
  load_result_free (load);
  return project;
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

static void
append_indent (GString *out,
               guint    indent)
{
  static const char spaces[] = "                                                                ";

  while (indent > sizeof spaces - 1)
    {
      g_string_append_len (out, spaces, sizeof spaces - 1);
      indent -= sizeof spaces - 1;
    }
  g_string_append_len (out, spaces, indent);
}

/* JSON string escaping: quotes, backslashes and control characters;
 * everything else, all of UTF-8 included, is written as is. */
static void
append_quoted (GString    *out,
               const char *text)
{
  const guchar *run = (const guchar *) text;
  const guchar *p = run;

  g_string_append_c (out, '"');
  for (;; p++)
    {
      guchar c = *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, (const char *) run, p - run);
      run = p + 1;
      switch (c)
        {
        case '\0':
          g_string_append_c (out, '"');
          return;
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
}

static void
append_key (GString    *out,
            guint       indent,
            gboolean   *first,
            const char *key)
{
  if (!*first)
    g_string_append_c (out, ',');
  g_string_append_c (out, '\n');
  append_indent (out, indent);
  append_quoted (out, key);
  g_string_append (out, ": ");
  *first = FALSE;
}

static void
close_container (GString  *out,
                 guint     indent,
                 gboolean  empty,
                 char      bracket)
{
  if (!empty)
    {
      g_string_append_c (out, '\n');
      append_indent (out, indent);
    }
  g_string_append_c (out, bracket);
}

static void
append_timestamp (GString *out,
                  gint64   seconds)
{
  int y, mo, d;

  /* The file holds four-digit years. */
  seconds = CLAMP (seconds, 0, G_GINT64_CONSTANT (253402300799));
  civil_from_days (seconds / 86400, &y, &mo, &d);
  g_string_append_printf (out, "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"", y, mo, d,
                          (int) (seconds % 86400 / 3600), (int) (seconds % 3600 / 60),
                          (int) (seconds % 60));
}

static void append_node (GString *out, JsonNode *node, guint indent);

static const char * const ladder_members[] = {
  "producer-now", "producer-wanted", "consumer-now", "consumer-wanted", NULL
};

static const char * const vision_members[] = {
  "client-wants", "mission", "approach", "current", "fit-notes", "verdict", NULL
};

/* The members of @object in their order, except those named in @known:
 * unknown members that other code set must not duplicate known ones, or
 * the file would not load again. */
static void
append_members (GString            *out,
                JsonObject         *object,
                guint               indent,
                gboolean           *first,
                const char * const *known)
{
  g_autoptr(GList) members = NULL;

  if (object == NULL)
    return;

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (known != NULL && member_number (known, l->data) >= 0)
        continue;
      append_key (out, indent, first, l->data);
      append_node (out, json_object_get_member (object, l->data), indent);
    }
}

static void
append_double (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      /* Never in loaded data (the check refuses it); JSON has no NaN. */
      g_string_append (out, "null");
      return;
    }
  /* The shortest of 15 or 17 digits that reads back the same value. */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  g_string_append (out, buf);
  /* Keep it a fraction ("2.0", "-0.0"), so it reads back as one and the
   * next save writes the same text. */
  if (strpbrk (buf, ".eE") == NULL)
    g_string_append (out, ".0");
}

/* Any JSON value, for members this version does not know.  @indent is the
 * indentation of the line the value starts on. */
static void
append_node (GString  *out,
             JsonNode *node,
             guint     indent)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        gboolean first = TRUE;

        g_string_append_c (out, '{');
        append_members (out, json_node_get_object (node), indent + 2, &first, NULL);
        close_container (out, indent, first, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            g_string_append_c (out, '\n');
            append_indent (out, indent + 2);
            append_node (out, json_array_get_element (array, i), indent + 2);
          }
        close_container (out, indent, n == 0, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          append_quoted (out, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_DOUBLE:
          append_double (out, json_node_get_double (node));
          break;
        default:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        }
      break;
    }
}

static void
append_string_member (GString    *out,
                      guint       indent,
                      gboolean   *first,
                      const char *key,
                      const char *value)
{
  append_key (out, indent, first, key);
  append_quoted (out, value != NULL ? value : "");
}

static void
append_int_member (GString    *out,
                   guint       indent,
                   gboolean   *first,
                   const char *key,
                   int         value)
{
  append_key (out, indent, first, key);
  g_string_append_printf (out, "%d", value);
}

static void
append_boolean_member (GString    *out,
                       guint       indent,
                       gboolean   *first,
                       const char *key,
                       gboolean    value)
{
  append_key (out, indent, first, key);
  g_string_append (out, value ? "true" : "false");
}

static void
append_timestamp_member (GString    *out,
                         guint       indent,
                         gboolean   *first,
                         const char *key,
                         gint64      value)
{
  append_key (out, indent, first, key);
  append_timestamp (out, value);
}

static void
append_stakeholder (GString        *out,
                    SamStakeholder *s,
                    guint           indent)
{
  gboolean first = TRUE;
  guint in = indent + 2;

  g_string_append_c (out, '{');
  append_string_member (out, in, &first, "id", sam_stakeholder_get_id (s));
  append_string_member (out, in, &first, "name", sam_stakeholder_get_name (s));
  append_string_member (out, in, &first, "category", sam_stakeholder_get_category (s));
  append_string_member (out, in, &first, "interest", sam_stakeholder_get_interest (s));
  append_string_member (out, in, &first, "benefit", sam_stakeholder_get_benefit (s));
  append_string_member (out, in, &first, "willingness",
                        sam_enum_to_nick (SAM_TYPE_WILLINGNESS, sam_stakeholder_get_willingness (s)));
  append_int_member (out, in, &first, "role-now", sam_stakeholder_get_role_now (s));
  append_int_member (out, in, &first, "role-wanted", sam_stakeholder_get_role_wanted (s));
  append_boolean_member (out, in, &first, "ambassador", sam_stakeholder_get_ambassador (s));
  append_boolean_member (out, in, &first, "informed-only", sam_stakeholder_get_informed_only (s));
  append_boolean_member (out, in, &first, "critical-voice", sam_stakeholder_get_critical_voice (s));
  append_string_member (out, in, &first, "notes", sam_stakeholder_get_notes (s));
  append_string_member (out, in, &first, "colour", sam_stakeholder_get_colour (s));
  append_timestamp_member (out, in, &first, "modified", sam_stakeholder_get_modified (s));
  append_members (out, sam_stakeholder_get_unknown (s), in, &first, stakeholder_members);
  close_container (out, indent, FALSE, '}');
}

static void
append_note (GString *out,
             SamNote *n,
             guint    indent)
{
  gboolean first = TRUE;
  guint in = indent + 2;
  const char *stakeholder = sam_note_get_stakeholder_id (n);

  g_string_append_c (out, '{');
  append_string_member (out, in, &first, "id", sam_note_get_id (n));
  append_string_member (out, in, &first, "text", sam_note_get_text (n));
  append_string_member (out, in, &first, "kind",
                        sam_enum_to_nick (SAM_TYPE_NOTE_KIND, sam_note_get_kind (n)));
  append_string_member (out, in, &first, "status",
                        sam_enum_to_nick (SAM_TYPE_NOTE_STATUS, sam_note_get_status (n)));
  append_string_member (out, in, &first, "owner", sam_note_get_owner (n));
  append_key (out, in, &first, "stakeholder");
  if (stakeholder == NULL || stakeholder[0] == '\0')
    g_string_append (out, "null");
  else
    append_quoted (out, stakeholder);
  append_timestamp_member (out, in, &first, "created", sam_note_get_created (n));
  append_timestamp_member (out, in, &first, "modified", sam_note_get_modified (n));
  append_members (out, sam_note_get_unknown (n), in, &first, note_members);
  close_container (out, indent, FALSE, '}');
}

GBytes *
sam_project_save_to_bytes (SamProject *project)
{
  GString *out;
  gboolean first = TRUE, section_first;
  GListModel *list;
  guint n;

  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);

  n = g_list_model_get_n_items (sam_project_get_stakeholders (project))
      + g_list_model_get_n_items (sam_project_get_notes (project));
  out = g_string_sized_new (4096 + n * 700);

  g_string_append_c (out, '{');
  append_string_member (out, 2, &first, "format", FORMAT_NAME);
  append_int_member (out, 2, &first, "version", SAM_PROJECT_FORMAT_VERSION);
  append_string_member (out, 2, &first, "id", sam_project_get_id (project));
  append_string_member (out, 2, &first, "title", sam_project_get_title (project));
  append_string_member (out, 2, &first, "organisation", sam_project_get_organisation (project));
  append_timestamp_member (out, 2, &first, "created", sam_project_get_created (project));
  append_timestamp_member (out, 2, &first, "modified", sam_project_get_modified (project));

  append_key (out, 2, &first, "ladder");
  g_string_append_c (out, '{');
  section_first = TRUE;
  for (int mark = 0; mark < SAM_N_MARKS; mark++)
    append_int_member (out, 4, &section_first, sam_mark_property_name (mark),
                       sam_project_get_mark (project, mark));
  append_members (out, sam_project_get_unknown (project, "ladder"), 4, &section_first,
                  ladder_members);
  close_container (out, 2, FALSE, '}');

  append_key (out, 2, &first, "vision");
  g_string_append_c (out, '{');
  section_first = TRUE;
  for (int field = 0; field < SAM_VISION_N_FIELDS; field++)
    append_string_member (out, 4, &section_first, vision_member (field),
                          sam_project_get_vision (project, field));
  append_string_member (out, 4, &section_first, "verdict",
                        sam_enum_to_nick (SAM_TYPE_VERDICT, sam_project_get_verdict (project)));
  append_members (out, sam_project_get_unknown (project, "vision"), 4, &section_first,
                  vision_members);
  close_container (out, 2, FALSE, '}');

  append_key (out, 2, &first, "stakeholders");
  g_string_append_c (out, '[');
  list = sam_project_get_stakeholders (project);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);

      g_string_append (out, i > 0 ? ",\n" : "\n");
      append_indent (out, 4);
      append_stakeholder (out, s, 4);
    }
  close_container (out, 2, n == 0, ']');

  append_key (out, 2, &first, "notes");
  g_string_append_c (out, '[');
  list = sam_project_get_notes (project);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamNote) note = g_list_model_get_item (list, i);

      g_string_append (out, i > 0 ? ",\n" : "\n");
      append_indent (out, 4);
      append_note (out, note, 4);
    }
  close_container (out, 2, n == 0, ']');

  /* Unknown top-level members last, in the order the file had them. */
  append_members (out, sam_project_get_unknown (project, ""), 2, &first, project_members);
  g_string_append (out, "\n}\n");

  return g_string_free_to_bytes (out);
}

/* ---------------------------------------------------------------------- */
/* Atomic save                                                             */

/* Tests set SAMENSPEL_FAULT to one of these points to have the process
 * killed there, as a power cut or crash would. */
static void
fault_point (const char *name)
{
  const char *fault = g_getenv ("SAMENSPEL_FAULT");

  if (G_UNLIKELY (fault != NULL && g_str_equal (fault, name)))
    raise (SIGKILL);
}

static gboolean
set_io_error (GError    **error,
              int         saved_errno,
              const char *path)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (display);

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: the folder “%s” cannot be written to (%s). "
                     "The file on disk is unchanged; save to another folder."),
                   display, dir, g_strerror (saved_errno));
      break;
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: there is not enough room on the disk (%s). "
                     "The file on disk is unchanged; make room or save elsewhere."),
                   display, g_strerror (saved_errno));
      break;
    default:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: %s. The file on disk is unchanged."),
                   display, g_strerror (saved_errno));
      break;
    }
  return FALSE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += n;
      length -= n;
    }
  return TRUE;
}

/* Writes @bytes to a new file in @dir; returns its fd, and in *@tmp_path
 * its name, or NULL when the file has none yet (O_TMPFILE: a crash before
 * it is linked leaves nothing behind). */
static int
open_temporary (const char  *dir,
                const char  *base,
                mode_t       mode,
                char       **tmp_path)
{
  int fd;

#ifdef O_TMPFILE
  fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
  if (fd >= 0)
    {
      *tmp_path = NULL;
      return fd;
    }
  /* Not every file system has it; fall back to a hidden named file. */
  if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT)
    return -1;
#endif

  *tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (*tmp_path, O_WRONLY | O_CLOEXEC, mode);
  if (fd < 0)
    g_clear_pointer (tmp_path, g_free);
  return fd;
}

static gboolean
save_bytes (GBytes        *bytes,
            GFile         *file,
            const char    *expected_etag,
            char         **etag_out,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *given_path = g_file_get_path (file);
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  struct stat st;
  gboolean exists;
  int fd, saved_errno, dir_fd;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  if (given_path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Samenspel can only save to a folder on this computer; "
                             "choose another place."));
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* Save through a symbolic link to its target, keeping the link. */
  path = realpath (given_path, NULL);
  if (path == NULL)
    path = g_strdup (given_path);

  exists = g_stat (path, &st) == 0;
  if (exists && !S_ISREG (st.st_mode))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Could not save “%s”: it is not a regular file."), display);
      return FALSE;
    }

  if (expected_etag != NULL && exists)
    {
      g_autoptr(GFile) real = g_file_new_for_path (path);
      g_autoptr(GFileInfo) info = g_file_query_info (real, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                     G_FILE_QUERY_INFO_NONE, cancellable, NULL);

      if (info != NULL && g_strcmp0 (g_file_info_get_etag (info), expected_etag) != 0)
        {
          g_set_error_literal (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_CHANGED_ON_DISK,
                               _("The file was changed by another program since it was "
                                 "opened or saved. Save anyway to replace those changes, "
                                 "or save under another name."));
          return FALSE;
        }
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);

  /* A new file gets 0666 minus the umask, as any new file; an existing one
   * keeps its mode (set below, since umask applies here). */
  fd = open_temporary (dir, base, exists ? 0600 : 0666, &tmp_path);
  if (fd < 0)
    return set_io_error (error, errno, path);

  if (exists)
    {
      if (fchmod (fd, st.st_mode & 07777) != 0)
        goto fail;
      /* Keeps the owner when root or a group member saves; may fail. */
      if (fchown (fd, st.st_uid, st.st_gid) != 0)
        (void) 0;
    }

  if (!write_all (fd, data, length / 2))
    goto fail;
  fault_point ("save-mid-write");
  if (!write_all (fd, data + length / 2, length - length / 2))
    goto fail;
  fault_point ("save-after-write");

  if (fsync (fd) != 0)
    goto fail;

  if (tmp_path == NULL)
    {
      /* Give the unnamed file a hidden name, then move it over the old one.
       * Linking through /proc needs no privilege; AT_EMPTY_PATH is the way
       * without /proc, for those allowed to use it. */
      char proc_path[64];
      gboolean linked = FALSE;

      g_snprintf (proc_path, sizeof proc_path, "/proc/self/fd/%d", fd);
      for (int tries = 0; tries < 100 && !linked; tries++)
        {
          g_autofree char *random = g_uuid_string_random ();

          g_free (tmp_path);
          tmp_path = g_strdup_printf ("%s/.%s.%.8s", dir, base, random);
          if (linkat (AT_FDCWD, proc_path, AT_FDCWD, tmp_path, AT_SYMLINK_FOLLOW) == 0
              || (errno == ENOENT && linkat (fd, "", AT_FDCWD, tmp_path, AT_EMPTY_PATH) == 0))
            linked = TRUE;
          else if (errno != EEXIST)
            break;
        }
      if (!linked)
        {
          saved_errno = errno;
          g_clear_pointer (&tmp_path, g_free);
          errno = saved_errno;
          goto fail;
        }
    }

  fault_point ("save-before-rename");

  if (close (fd) != 0)
    {
      fd = -1;
      goto fail;
    }
  fd = -1;

  if (g_rename (tmp_path, path) != 0)
    goto fail;

  /* Make the rename itself durable. */
  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }

  if (etag_out != NULL)
    {
      g_autoptr(GFile) real = g_file_new_for_path (path);
      g_autoptr(GFileInfo) info = g_file_query_info (real, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      *etag_out = info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
    }

  return TRUE;

fail:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  if (tmp_path != NULL)
    g_unlink (tmp_path);
  return set_io_error (error, saved_errno, path);
}

gboolean
sam_project_save_to_file (SamProject    *project,
                          GFile         *file,
                          const char    *expected_etag,
                          char         **etag_out,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SAM_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = sam_project_save_to_bytes (project);
  return save_bytes (bytes, file, expected_etag, etag_out, cancellable, error);
}

typedef struct {
  GBytes *bytes;
  GFile  *file;
  char   *expected_etag;
  char   *etag;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_bytes_unref (save->bytes);
  g_object_unref (save->file);
  g_free (save->expected_etag);
  g_free (save->etag);
  g_free (save);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;

  if (save_bytes (save->bytes, save->file, save->expected_etag, &save->etag,
                  cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The project is turned into bytes here, in the calling thread, since the
 * model is not thread-safe; only the writing happens in the thread. */
void
sam_project_save_async (SamProject          *project,
                        GFile               *file,
                        const char          *expected_etag,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *save;

  g_return_if_fail (SAM_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));

  save = g_new0 (SaveData, 1);
  save->bytes = sam_project_save_to_bytes (project);
  save->file = g_object_ref (file);
  save->expected_etag = g_strdup (expected_etag);

  task = g_task_new (project, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_project_save_async);
  g_task_set_task_data (task, save, save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
sam_project_save_finish (GAsyncResult  *result,
                         char         **etag_out,
                         GError       **error)
{
  SaveData *save;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sam_project_save_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  save = g_task_get_task_data (G_TASK (result));
  if (etag_out != NULL)
    *etag_out = g_steal_pointer (&save->etag);
  return TRUE;
}
