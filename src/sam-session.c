/* sam-session.c: one work session, with the ladder as it stood then */

#define G_LOG_DOMAIN "samenspel-model"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sam-model-private.h"
#include "sam-project.h"
#include "sam-session.h"

struct _SamSession
{
  GObject      parent_instance;

  char        *id;
  char        *name;
  char        *date;
  char        *note;
  char       **participants;
  gint64       modified;
  SamSnapshot *snapshot;
  JsonObject  *unknown;
};

G_DEFINE_FINAL_TYPE (SamSession, sam_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DATE,
  PROP_NOTE,
  PROP_PARTICIPANTS,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_session_finalize (GObject *object)
{
  SamSession *self = (SamSession *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->participants, g_strfreev);
  g_clear_pointer (&self->snapshot, sam_snapshot_unref);
  g_clear_pointer (&self->unknown, json_object_unref);

  G_OBJECT_CLASS (sam_session_parent_class)->finalize (object);
}

static void
sam_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SamSession *self = SAM_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_PARTICIPANTS: g_value_set_boxed (value, self->participants); break;
    case PROP_MODIFIED: g_value_set_int64 (value, self->modified); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_participants (SamSession         *self,
                  const char * const *participants)
{
  const char * const empty[] = { NULL };

  if (participants == NULL)
    participants = empty;
  if (self->participants != NULL
      && g_strv_equal ((const char * const *) self->participants, participants))
    return;
  g_strfreev (self->participants);
  self->participants = g_strdupv ((char **) participants);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
}

static void
sam_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SamSession *self = SAM_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (self->id == NULL);
      self->id = g_value_dup_string (value);
      if (self->id == NULL)
        self->id = sam_new_id ();
      break;
    case PROP_NAME: sam_model_set_string (&self->name, g_value_get_string (value), object, pspec); break;
    case PROP_DATE: sam_model_set_string (&self->date, g_value_get_string (value), object, pspec); break;
    case PROP_NOTE: sam_model_set_string (&self->note, g_value_get_string (value), object, pspec); break;
    case PROP_PARTICIPANTS: set_participants (self, g_value_get_boxed (value)); break;
    case PROP_MODIFIED: sam_model_set_int64 (&self->modified, g_value_get_int64 (value), object, pspec); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_session_class_init (SamSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sam_session_finalize;
  object_class->get_property = sam_session_get_property;
  object_class->set_property = sam_session_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "1970-01-01", rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", rw);
  properties[PROP_PARTICIPANTS] =
    g_param_spec_boxed ("participants", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_MODIFIED] =
    g_param_spec_int64 ("modified", NULL, NULL, 0, G_MAXINT64, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sam_session_init (SamSession *self)
{
  self->name = g_strdup ("");
  self->date = sam_session_today ();
  self->note = g_strdup ("");
  self->participants = g_new0 (char *, 1);
  self->modified = g_get_real_time () / G_USEC_PER_SEC;
}

/**
 * sam_session_new:
 * @id: (nullable): the id, or NULL for a new one
 * @snapshot: (transfer none): the ladder at the session
 */
SamSession *
sam_session_new (const char  *id,
                 SamSnapshot *snapshot)
{
  SamSession *self;

  g_return_val_if_fail (snapshot != NULL, NULL);

  self = g_object_new (SAM_TYPE_SESSION, "id", id, NULL);
  self->snapshot = sam_snapshot_ref (snapshot);
  return self;
}

const char *sam_session_get_id (SamSession *self) { g_return_val_if_fail (SAM_IS_SESSION (self), NULL); return self->id; }
const char *sam_session_get_name (SamSession *self) { g_return_val_if_fail (SAM_IS_SESSION (self), NULL); return self->name; }
const char *sam_session_get_date (SamSession *self) { g_return_val_if_fail (SAM_IS_SESSION (self), NULL); return self->date; }
const char *sam_session_get_note (SamSession *self) { g_return_val_if_fail (SAM_IS_SESSION (self), NULL); return self->note; }
const char * const *sam_session_get_participants (SamSession *self) { g_return_val_if_fail (SAM_IS_SESSION (self), NULL); return (const char * const *) self->participants; }
gint64 sam_session_get_modified (SamSession *self) { g_return_val_if_fail (SAM_IS_SESSION (self), 0); return self->modified; }
SamSnapshot *sam_session_get_snapshot (SamSession *self) { g_return_val_if_fail (SAM_IS_SESSION (self), NULL); return self->snapshot; }

JsonObject *
sam_session_get_unknown (SamSession *self)
{
  g_return_val_if_fail (SAM_IS_SESSION (self), NULL);
  return self->unknown;
}

void
sam_session_set_unknown (SamSession *self,
                         JsonObject *unknown)
{
  g_return_if_fail (SAM_IS_SESSION (self));

  if (unknown != NULL)
    json_object_ref (unknown);
  g_clear_pointer (&self->unknown, json_object_unref);
  self->unknown = unknown;
}

static gboolean
parse_date (const char *date,
            int        *year,
            int        *month,
            int        *day)
{
  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;
  *year = atoi (date);
  *month = atoi (date + 5);
  *day = atoi (date + 8);
  return *year >= 1970 && *year <= 9999 && g_date_valid_dmy (*day, *month, *year);
}

gboolean
sam_session_date_is_valid (const char *date)
{
  int y, m, d;

  return parse_date (date, &y, &m, &d);
}

char *
sam_session_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

char *
sam_session_format_date (SamSession *self)
{
  static const char * const months[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };
  int y, m, d;

  g_return_val_if_fail (SAM_IS_SESSION (self), NULL);

  if (!parse_date (self->date, &y, &m, &d))
    return g_strdup (self->date);
  /* TRANSLATORS: a session's date: day, month name, year ("1 March 2026") */
  return g_strdup_printf (C_("session date", "%d %s %d"), d,
                          g_dgettext (GETTEXT_PACKAGE, months[m - 1]), y);
}

char *
sam_session_dup_title (SamSession *self)
{
  g_return_val_if_fail (SAM_IS_SESSION (self), NULL);

  if (self->name[0] != '\0')
    return g_strdup (self->name);
  return sam_session_format_date (self);
}

int
sam_session_compare_dates (SamSession *a,
                           SamSession *b)
{
  return strcmp (a->date, b->date);
}

char *
sam_session_compare_caption (SamSession *from,
                             SamSession *to)
{
  g_autofree char *from_date = NULL;
  g_autofree char *to_date = NULL;

  g_return_val_if_fail (SAM_IS_SESSION (from), NULL);

  from_date = sam_session_format_date (from);
  if (to == NULL)
    /* TRANSLATORS: the compare view's caption; %s is a date ("3 February 2026") */
    return g_strdup_printf (_("Since %s"), from_date);
  to_date = sam_session_format_date (to);
  /* TRANSLATORS: the compare view's caption; both are dates */
  return g_strdup_printf (_("From %s to %s"), from_date, to_date);
}
