/* sam-project-save.c: writing the model as a project file
 *
 * The writer prints the model straight into a GString (known members in a
 * fixed order, then unknown ones in their original order), so a second
 * save is byte-identical to the first.
 *
 * The format is documented in docs/file-format.md.
 */

#define G_LOG_DOMAIN "samenspel-io"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sam-project-io-private.h"

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
  sam_io_civil_from_days (seconds / 86400, &y, &mo, &d);
  g_string_append_printf (out, "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"", y, mo, d,
                          (int) (seconds % 86400 / 3600), (int) (seconds % 3600 / 60),
                          (int) (seconds % 60));
}

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
      if (known != NULL && sam_io_member_number (known, l->data) >= 0)
        continue;
      append_key (out, indent, first, l->data);
      sam_io_append_node (out, json_object_get_member (object, l->data), indent);
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
void
sam_io_append_node (GString  *out,
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
            sam_io_append_node (out, json_array_get_element (array, i), indent + 2);
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
  append_string_member (out, in, &first, "side",
                        sam_enum_to_nick (SAM_TYPE_SIDE, sam_stakeholder_get_side (s)));
  append_int_member (out, in, &first, "role-now", sam_stakeholder_get_role_now (s));
  append_int_member (out, in, &first, "role-wanted", sam_stakeholder_get_role_wanted (s));
  append_boolean_member (out, in, &first, "ambassador", sam_stakeholder_get_ambassador (s));
  append_boolean_member (out, in, &first, "informed-only", sam_stakeholder_get_informed_only (s));
  append_boolean_member (out, in, &first, "critical-voice", sam_stakeholder_get_critical_voice (s));
  append_string_member (out, in, &first, "notes", sam_stakeholder_get_notes (s));
  append_string_member (out, in, &first, "colour", sam_stakeholder_get_colour (s));
  append_timestamp_member (out, in, &first, "modified", sam_stakeholder_get_modified (s));
  append_members (out, sam_stakeholder_get_unknown (s), in, &first, sam_io_stakeholder_members);
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
  append_members (out, sam_note_get_unknown (n), in, &first, sam_io_note_members);
  close_container (out, indent, FALSE, '}');
}

/* A snapshot's stakeholders go one to a line: a project that meets
 * monthly keeps a snapshot of every stakeholder per session, and the
 * file stays half the size (and diffs just as well). */
static void
append_snapshot_entry (GString                *out,
                       const SamSnapshotEntry *e,
                       guint                   indent)
{
  g_string_append (out, "{\"id\": ");
  append_quoted (out, e->id);
  g_string_append (out, ", \"name\": ");
  append_quoted (out, e->name);
  g_string_append_printf (out, ", \"role-now\": %d, \"role-wanted\": %d, \"side\": \"%s\"",
                          e->role_now, e->role_wanted, sam_enum_to_nick (SAM_TYPE_SIDE, e->side));
  /* Unknown members follow on the same line; only a nested list or
   * object of theirs spans lines, written as everywhere else. */
  if (e->unknown != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (e->unknown);

      for (GList *l = members; l != NULL; l = l->next)
        {
          if (sam_io_member_number (sam_io_snapshot_entry_members, l->data) >= 0)
            continue;
          g_string_append (out, ", ");
          append_quoted (out, l->data);
          g_string_append (out, ": ");
          sam_io_append_node (out, json_object_get_member (e->unknown, l->data), indent);
        }
    }
  g_string_append_c (out, '}');
}

static void
append_session (GString    *out,
                SamSession *session,
                guint       indent)
{
  SamSnapshot *snapshot = sam_session_get_snapshot (session);
  const char * const *participants = sam_session_get_participants (session);
  gboolean first = TRUE, section_first;
  guint in = indent + 2;
  guint n;

  g_string_append_c (out, '{');
  append_string_member (out, in, &first, "id", sam_session_get_id (session));
  append_string_member (out, in, &first, "name", sam_session_get_name (session));
  append_string_member (out, in, &first, "date", sam_session_get_date (session));
  append_key (out, in, &first, "participants");
  g_string_append_c (out, '[');
  for (guint i = 0; participants[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      append_indent (out, in + 2);
      append_quoted (out, participants[i]);
    }
  close_container (out, in, participants[0] == NULL, ']');
  append_string_member (out, in, &first, "note", sam_session_get_note (session));
  append_timestamp_member (out, in, &first, "modified", sam_session_get_modified (session));

  append_key (out, in, &first, "snapshot");
  g_string_append_c (out, '{');
  section_first = TRUE;
  append_key (out, in + 2, &section_first, "ladder");
  g_string_append_c (out, '{');
  {
    gboolean ladder_first = TRUE;

    for (int mark = 0; mark < SAM_N_MARKS; mark++)
      append_int_member (out, in + 4, &ladder_first, sam_mark_property_name (mark),
                         sam_snapshot_get_mark (snapshot, mark));
    append_members (out, sam_snapshot_get_ladder_unknown (snapshot), in + 4, &ladder_first,
                    ladder_members);
  }
  close_container (out, in + 2, FALSE, '}');
  append_key (out, in + 2, &section_first, "stakeholders");
  g_string_append_c (out, '[');
  n = sam_snapshot_get_n_entries (snapshot);
  for (guint i = 0; i < n; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      append_indent (out, in + 4);
      append_snapshot_entry (out, sam_snapshot_get_entry (snapshot, i), in + 4);
    }
  close_container (out, in + 2, n == 0, ']');
  append_members (out, sam_snapshot_get_unknown (snapshot), in + 2, &section_first,
                  sam_io_snapshot_members);
  close_container (out, in, FALSE, '}');

  append_members (out, sam_session_get_unknown (session), in, &first, sam_io_session_members);
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
  append_string_member (out, 2, &first, "format", SAM_PROJECT_FORMAT_NAME);
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
    append_string_member (out, 4, &section_first, sam_io_vision_member (field),
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

  /* Written only when there are any, so a project without sessions is
   * the same file an older Samenspel writes. */
  list = sam_project_get_sessions (project);
  n = g_list_model_get_n_items (list);
  if (n > 0)
    {
      append_key (out, 2, &first, "sessions");
      g_string_append_c (out, '[');
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SamSession) session = g_list_model_get_item (list, i);

          g_string_append (out, i > 0 ? ",\n" : "\n");
          append_indent (out, 4);
          append_session (out, session, 4);
        }
      close_container (out, 2, FALSE, ']');
    }

  /* Unknown top-level members last, in the order the file had them. */
  append_members (out, sam_project_get_unknown (project, ""), 2, &first, sam_io_project_members);
  g_string_append (out, "\n}\n");

  return g_string_free_to_bytes (out);
}
