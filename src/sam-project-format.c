/* sam-project-format.c: what the reader, the version 0 upgrade and the
 * writer of project files share: the names of the known members, errors
 * that name the member at fault, and the dates of the file.
 *
 * The format is documented in docs/file-format.md.
 */

#define G_LOG_DOMAIN "samenspel-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sam-project-io-private.h"

/* ---------------------------------------------------------------------- */
/* Known members                                                           */

/* The writer puts these first, in this order, and leaves them out of the
 * unknown members it writes after them. */
const char * const sam_io_stakeholder_members[] = {
  "id", "name", "category", "interest", "benefit", "willingness", "side",
  "role-now", "role-wanted", "ambassador", "informed-only", "critical-voice",
  "notes", "colour", "modified", NULL
};

const char * const sam_io_note_members[] = {
  "id", "text", "kind", "status", "owner", "stakeholder", "created", "modified", NULL
};

const char * const sam_io_project_members[] = {
  "format", "version", "id", "title", "organisation", "created", "modified",
  "ladder", "vision", "stakeholders", "notes", "sessions", NULL
};

const char * const sam_io_session_members[] = {
  "id", "name", "date", "participants", "note", "modified", "snapshot", NULL
};

const char * const sam_io_snapshot_members[] = {
  "ladder", "stakeholders", NULL
};

const char * const sam_io_snapshot_entry_members[] = {
  "id", "name", "role-now", "role-wanted", "side", NULL
};

int
sam_io_member_number (const char * const *members,
                      const char         *name)
{
  for (int i = 0; members[i] != NULL; i++)
    if (strcmp (members[i], name) == 0)
      return i;
  return -1;
}

/* The file's names of the vision answers: the property names without
 * their "vision-" prefix. */
const char *
sam_io_vision_member (SamVisionField field)
{
  return sam_vision_property_name (field) + strlen ("vision-");
}

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

gboolean
sam_io_fail (GError     **error,
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

/* ---------------------------------------------------------------------- */
/* Dates: "2026-03-01T09:30:00Z" in the file, seconds since 1970 in the model */

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

void
sam_io_civil_from_days (gint64  z,
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
gboolean
sam_io_parse_timestamp (const char *text,
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
