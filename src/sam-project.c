/* sam-project.c: the document, one co-creation process */

#define G_LOG_DOMAIN "samenspel-model"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "sam-ladder.h"
#include "sam-model-private.h"
#include "sam-project.h"

struct _SamProject
{
  GObject      parent_instance;

  char        *id;
  char        *title;
  char        *organisation;
  gint64       created;
  gint64       modified;
  int          marks[SAM_N_MARKS];
  char        *vision[SAM_VISION_N_FIELDS];
  SamVerdict   verdict;

  GListStore  *stakeholders;
  GListStore  *notes;
  GListStore  *sessions;
  SamHistory  *history;
  GHashTable  *unknown;       /* section name -> JsonObject */
};

G_DEFINE_FINAL_TYPE (SamProject, sam_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_ORGANISATION,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_PRODUCER_NOW,
  PROP_PRODUCER_WANTED,
  PROP_CONSUMER_NOW,
  PROP_CONSUMER_WANTED,
  PROP_VISION_CLIENT_WANTS,
  PROP_VISION_MISSION,
  PROP_VISION_APPROACH,
  PROP_VISION_CURRENT,
  PROP_VISION_FIT_NOTES,
  PROP_VERDICT,
  PROP_STAKEHOLDERS,
  PROP_NOTES,
  PROP_SESSIONS,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const mark_properties[SAM_N_MARKS] = {
  "producer-now", "producer-wanted", "consumer-now", "consumer-wanted",
};

static const char * const vision_properties[SAM_VISION_N_FIELDS] = {
  "vision-client-wants", "vision-mission", "vision-approach",
  "vision-current", "vision-fit-notes",
};

char *
sam_new_id (void)
{
  return g_uuid_string_random ();
}

const char *
sam_mark_property_name (SamMark mark)
{
  g_return_val_if_fail (mark < SAM_N_MARKS, NULL);
  return mark_properties[mark];
}

const char *
sam_vision_property_name (SamVisionField field)
{
  g_return_val_if_fail (field < SAM_VISION_N_FIELDS, NULL);
  return vision_properties[field];
}

const char *
sam_vision_question (SamVisionField field)
{
  switch (field)
    {
    case SAM_VISION_CLIENT_WANTS: return _("What does the client want?");
    case SAM_VISION_MISSION: return _("In that light, what is our mission and vision?");
    case SAM_VISION_APPROACH: return _("How do we carry it out?");
    case SAM_VISION_CURRENT: return _("What do we do now?");
    case SAM_VISION_FIT_NOTES: return _("Does that still fit?");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
sam_vision_guidance (SamVisionField field)
{
  switch (field)
    {
    case SAM_VISION_CLIENT_WANTS:
      return _("Start from the people you work for, not from your offer. "
               "Write down what they ask for, what they struggle with and "
               "what they would miss if you stopped. Ask them, if you can.");
    case SAM_VISION_MISSION:
      return _("Why does your organisation exist, seen from the client's "
               "wish? Say why you want to co-create and how much client "
               "participation you aim for; mark it on the ladder.");
    case SAM_VISION_APPROACH:
      return _("Which roles does that ask of you: process guide, "
               "inspirer, adviser? Whose talents fit them, regardless of "
               "job title?");
    case SAM_VISION_CURRENT:
      return _("Describe honestly what you offer and how you work today, "
               "including the habits that pull you back into the old way.");
    case SAM_VISION_FIT_NOTES:
      return _("Compare today with the vision. What stays, what changes, "
               "what do you let go of? Write down the verdict and why.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Keeps modification times true for every edit, its undo and its redo. */
static void
history_touch_cb (GObject  *object,
                  gpointer  owner)
{
  SamProject *self = owner;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (SAM_IS_STAKEHOLDER (object) || SAM_IS_NOTE (object) || SAM_IS_SESSION (object))
    g_object_set (object, "modified", now, NULL);

  if (self->modified != now)
    {
      self->modified = now;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

static void
sam_project_dispose (GObject *object)
{
  SamProject *self = (SamProject *) object;

  g_clear_object (&self->history);
  g_clear_object (&self->stakeholders);
  g_clear_object (&self->notes);
  g_clear_object (&self->sessions);

  G_OBJECT_CLASS (sam_project_parent_class)->dispose (object);
}

static void
sam_project_finalize (GObject *object)
{
  SamProject *self = (SamProject *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->organisation, g_free);
  for (guint i = 0; i < SAM_VISION_N_FIELDS; i++)
    g_clear_pointer (&self->vision[i], g_free);
  g_clear_pointer (&self->unknown, g_hash_table_unref);

  G_OBJECT_CLASS (sam_project_parent_class)->finalize (object);
}

static void
sam_project_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SamProject *self = SAM_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_ORGANISATION: g_value_set_string (value, self->organisation); break;
    case PROP_CREATED: g_value_set_int64 (value, self->created); break;
    case PROP_MODIFIED: g_value_set_int64 (value, self->modified); break;
    case PROP_PRODUCER_NOW:
    case PROP_PRODUCER_WANTED:
    case PROP_CONSUMER_NOW:
    case PROP_CONSUMER_WANTED:
      g_value_set_int (value, self->marks[prop_id - PROP_PRODUCER_NOW]);
      break;
    case PROP_VISION_CLIENT_WANTS:
    case PROP_VISION_MISSION:
    case PROP_VISION_APPROACH:
    case PROP_VISION_CURRENT:
    case PROP_VISION_FIT_NOTES:
      g_value_set_string (value, self->vision[prop_id - PROP_VISION_CLIENT_WANTS]);
      break;
    case PROP_VERDICT: g_value_set_enum (value, self->verdict); break;
    case PROP_STAKEHOLDERS: g_value_set_object (value, self->stakeholders); break;
    case PROP_NOTES: g_value_set_object (value, self->notes); break;
    case PROP_SESSIONS: g_value_set_object (value, self->sessions); break;
    case PROP_HISTORY: g_value_set_object (value, self->history); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_project_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SamProject *self = SAM_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (self->id == NULL);
      self->id = g_value_dup_string (value);
      if (self->id == NULL)
        self->id = sam_new_id ();
      break;
    case PROP_TITLE: sam_model_set_string (&self->title, g_value_get_string (value), object, pspec); break;
    case PROP_ORGANISATION: sam_model_set_string (&self->organisation, g_value_get_string (value), object, pspec); break;
    case PROP_CREATED: sam_model_set_int64 (&self->created, g_value_get_int64 (value), object, pspec); break;
    case PROP_MODIFIED: sam_model_set_int64 (&self->modified, g_value_get_int64 (value), object, pspec); break;
    case PROP_PRODUCER_NOW:
    case PROP_PRODUCER_WANTED:
    case PROP_CONSUMER_NOW:
    case PROP_CONSUMER_WANTED:
      sam_model_set_int (&self->marks[prop_id - PROP_PRODUCER_NOW], g_value_get_int (value), object, pspec);
      break;
    case PROP_VISION_CLIENT_WANTS:
    case PROP_VISION_MISSION:
    case PROP_VISION_APPROACH:
    case PROP_VISION_CURRENT:
    case PROP_VISION_FIT_NOTES:
      sam_model_set_string (&self->vision[prop_id - PROP_VISION_CLIENT_WANTS],
                            g_value_get_string (value), object, pspec);
      break;
    case PROP_VERDICT: sam_model_set_int ((int *) &self->verdict, g_value_get_enum (value), object, pspec); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_project_class_init (SamProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sam_project_dispose;
  object_class->finalize = sam_project_finalize;
  object_class->get_property = sam_project_get_property;
  object_class->set_property = sam_project_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, "", rw);
  properties[PROP_CREATED] = g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_MODIFIED] = g_param_spec_int64 ("modified", NULL, NULL, 0, G_MAXINT64, 0, rw);
  for (guint i = 0; i < SAM_N_MARKS; i++)
    properties[PROP_PRODUCER_NOW + i] =
      g_param_spec_int (mark_properties[i], NULL, NULL, 0, SAM_LADDER_N_RUNGS, 0, rw);
  for (guint i = 0; i < SAM_VISION_N_FIELDS; i++)
    properties[PROP_VISION_CLIENT_WANTS + i] =
      g_param_spec_string (vision_properties[i], NULL, NULL, "", rw);
  properties[PROP_VERDICT] =
    g_param_spec_enum ("verdict", NULL, NULL, SAM_TYPE_VERDICT, SAM_VERDICT_UNSET, rw);
  properties[PROP_STAKEHOLDERS] =
    g_param_spec_object ("stakeholders", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_NOTES] =
    g_param_spec_object ("notes", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_SESSIONS] =
    g_param_spec_object ("sessions", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, SAM_TYPE_HISTORY, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sam_project_init (SamProject *self)
{
  self->title = g_strdup ("");
  self->organisation = g_strdup ("");
  for (guint i = 0; i < SAM_VISION_N_FIELDS; i++)
    self->vision[i] = g_strdup ("");
  self->created = self->modified = g_get_real_time () / G_USEC_PER_SEC;
  self->stakeholders = g_list_store_new (SAM_TYPE_STAKEHOLDER);
  self->notes = g_list_store_new (SAM_TYPE_NOTE);
  self->sessions = g_list_store_new (SAM_TYPE_SESSION);
  self->history = sam_history_new ();
  sam_history_set_owner (self->history, G_OBJECT (self), history_touch_cb);
  self->unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) json_object_unref);
}

SamProject *
sam_project_new (void)
{
  return g_object_new (SAM_TYPE_PROJECT, NULL);
}

SamProject *
sam_project_new_with_id (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (SAM_TYPE_PROJECT, "id", id, NULL);
}

const char *sam_project_get_id (SamProject *self) { g_return_val_if_fail (SAM_IS_PROJECT (self), NULL); return self->id; }
const char *sam_project_get_title (SamProject *self) { g_return_val_if_fail (SAM_IS_PROJECT (self), NULL); return self->title; }
const char *sam_project_get_organisation (SamProject *self) { g_return_val_if_fail (SAM_IS_PROJECT (self), NULL); return self->organisation; }
gint64 sam_project_get_created (SamProject *self) { g_return_val_if_fail (SAM_IS_PROJECT (self), 0); return self->created; }
gint64 sam_project_get_modified (SamProject *self) { g_return_val_if_fail (SAM_IS_PROJECT (self), 0); return self->modified; }
SamVerdict sam_project_get_verdict (SamProject *self) { g_return_val_if_fail (SAM_IS_PROJECT (self), 0); return self->verdict; }
GListModel *sam_project_get_stakeholders (SamProject *self) { g_return_val_if_fail (SAM_IS_PROJECT (self), NULL); return G_LIST_MODEL (self->stakeholders); }
GListModel *sam_project_get_notes (SamProject *self) { g_return_val_if_fail (SAM_IS_PROJECT (self), NULL); return G_LIST_MODEL (self->notes); }
SamHistory *sam_project_get_history (SamProject *self) { g_return_val_if_fail (SAM_IS_PROJECT (self), NULL); return self->history; }

int
sam_project_get_mark (SamProject *self,
                      SamMark     mark)
{
  g_return_val_if_fail (SAM_IS_PROJECT (self), 0);
  g_return_val_if_fail (mark < SAM_N_MARKS, 0);

  return self->marks[mark];
}

const char *
sam_project_get_vision (SamProject     *self,
                        SamVisionField  field)
{
  g_return_val_if_fail (SAM_IS_PROJECT (self), NULL);
  g_return_val_if_fail (field < SAM_VISION_N_FIELDS, NULL);

  return self->vision[field];
}

static gboolean
find_by_id (GListModel  *model,
            const char  *id,
            guint       *position,
            gpointer    *item)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      const char *object_id = SAM_IS_STAKEHOLDER (object)
                              ? sam_stakeholder_get_id (SAM_STAKEHOLDER (object))
                              : SAM_IS_SESSION (object)
                              ? sam_session_get_id (SAM_SESSION (object))
                              : sam_note_get_id (SAM_NOTE (object));

      if (g_strcmp0 (object_id, id) == 0)
        {
          if (position != NULL)
            *position = i;
          if (item != NULL)
            *item = object;  /* the store keeps it alive */
          return TRUE;
        }
    }

  return FALSE;
}

SamStakeholder *
sam_project_find_stakeholder (SamProject *self,
                              const char *id)
{
  gpointer item = NULL;

  g_return_val_if_fail (SAM_IS_PROJECT (self), NULL);

  if (id == NULL || !find_by_id (G_LIST_MODEL (self->stakeholders), id, NULL, &item))
    return NULL;
  return item;
}

SamNote *
sam_project_find_note (SamProject *self,
                       const char *id)
{
  gpointer item = NULL;

  g_return_val_if_fail (SAM_IS_PROJECT (self), NULL);

  if (id == NULL || !find_by_id (G_LIST_MODEL (self->notes), id, NULL, &item))
    return NULL;
  return item;
}

static void
set_value (SamProject   *self,
           gpointer      object,
           const char   *property,
           const GValue *value,
           gboolean      mergeable)
{
  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (object == self || SAM_IS_STAKEHOLDER (object) || SAM_IS_NOTE (object)
                    || SAM_IS_SESSION (object));

  sam_history_set_property (self->history, object, property, value, mergeable);
}

void
sam_project_set_string (SamProject *self,
                        gpointer    object,
                        const char *property,
                        const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value != NULL ? value : "");
  set_value (self, object, property, &v, TRUE);
}

void
sam_project_set_int (SamProject *self,
                     gpointer    object,
                     const char *property,
                     int         value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, value);
  set_value (self, object, property, &v, FALSE);
}

void
sam_project_set_enum (SamProject *self,
                      gpointer    object,
                      const char *property,
                      int         value)
{
  GParamSpec *pspec;
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (G_IS_OBJECT (object));
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL && G_IS_PARAM_SPEC_ENUM (pspec));

  g_value_init (&v, pspec->value_type);
  g_value_set_enum (&v, value);
  set_value (self, object, property, &v, FALSE);
}

void
sam_project_set_boolean (SamProject *self,
                         gpointer    object,
                         const char *property,
                         gboolean    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  set_value (self, object, property, &v, FALSE);
}

void
sam_project_set_mark (SamProject *self,
                      SamMark     mark,
                      int         rung)
{
  g_return_if_fail (mark < SAM_N_MARKS);
  g_return_if_fail (rung == 0 || sam_ladder_rung_is_valid (rung));

  sam_project_set_int (self, self, mark_properties[mark], rung);
}

void
sam_project_add_stakeholder (SamProject     *self,
                             SamStakeholder *stakeholder,
                             int             position)
{
  guint n;

  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (SAM_IS_STAKEHOLDER (stakeholder));
  g_return_if_fail (sam_project_find_stakeholder (self, sam_stakeholder_get_id (stakeholder)) == NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->stakeholders));
  sam_history_insert (self->history, self->stakeholders,
                      position < 0 ? n : (guint) position, G_OBJECT (stakeholder));
}

void
sam_project_remove_stakeholder (SamProject     *self,
                                SamStakeholder *stakeholder)
{
  const char *id;
  guint position;
  guint n_notes;

  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (SAM_IS_STAKEHOLDER (stakeholder));

  id = sam_stakeholder_get_id (stakeholder);
  if (!find_by_id (G_LIST_MODEL (self->stakeholders), id, &position, NULL))
    g_return_if_reached ();

  /* Notes linked to the stakeholder lose the link in the same undo step,
   * so the file never holds a reference to a missing item. */
  sam_history_begin_group (self->history, _("Delete Stakeholder"));
  n_notes = g_list_model_get_n_items (G_LIST_MODEL (self->notes));
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(SamNote) note = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (g_strcmp0 (sam_note_get_stakeholder_id (note), id) == 0)
        sam_project_set_string (self, note, "stakeholder-id", "");
    }
  sam_history_remove (self->history, self->stakeholders, position);
  sam_history_end_group (self->history);
}

void
sam_project_add_note (SamProject *self,
                      SamNote    *note,
                      int         position)
{
  guint n;

  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (SAM_IS_NOTE (note));
  g_return_if_fail (sam_project_find_note (self, sam_note_get_id (note)) == NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->notes));
  sam_history_insert (self->history, self->notes,
                      position < 0 ? n : (guint) position, G_OBJECT (note));
}

void
sam_project_remove_note (SamProject *self,
                         SamNote    *note)
{
  guint position;

  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (SAM_IS_NOTE (note));

  if (!find_by_id (G_LIST_MODEL (self->notes), sam_note_get_id (note), &position, NULL))
    g_return_if_reached ();

  sam_history_remove (self->history, self->notes, position);
}

void
sam_project_begin_edit (SamProject *self,
                        const char *label)
{
  g_return_if_fail (SAM_IS_PROJECT (self));
  sam_history_begin_group (self->history, label);
}

void
sam_project_end_edit (SamProject *self)
{
  g_return_if_fail (SAM_IS_PROJECT (self));
  sam_history_end_group (self->history);
}

void
sam_project_load_stakeholder (SamProject     *self,
                              SamStakeholder *stakeholder)
{
  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (SAM_IS_STAKEHOLDER (stakeholder));

  g_list_store_append (self->stakeholders, stakeholder);
}

void
sam_project_load_note (SamProject *self,
                       SamNote    *note)
{
  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (SAM_IS_NOTE (note));

  g_list_store_append (self->notes, note);
}

JsonObject *
sam_project_get_unknown (SamProject *self,
                         const char *section)
{
  g_return_val_if_fail (SAM_IS_PROJECT (self), NULL);
  g_return_val_if_fail (section != NULL, NULL);

  return g_hash_table_lookup (self->unknown, section);
}

void
sam_project_set_unknown (SamProject *self,
                         const char *section,
                         JsonObject *unknown)
{
  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (section != NULL);

  if (unknown == NULL)
    g_hash_table_remove (self->unknown, section);
  else
    g_hash_table_insert (self->unknown, g_strdup (section), json_object_ref (unknown));
}

GList *
sam_project_list_unknown_sections (SamProject *self)
{
  g_return_val_if_fail (SAM_IS_PROJECT (self), NULL);

  return g_list_sort (g_hash_table_get_keys (self->unknown), (GCompareFunc) g_strcmp0);
}

/* ---- Work sessions ---- */

GListModel *
sam_project_get_sessions (SamProject *self)
{
  g_return_val_if_fail (SAM_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->sessions);
}

SamSession *
sam_project_find_session (SamProject *self,
                          const char *id)
{
  gpointer item = NULL;

  g_return_val_if_fail (SAM_IS_PROJECT (self), NULL);

  if (id == NULL || !find_by_id (G_LIST_MODEL (self->sessions), id, NULL, &item))
    return NULL;
  return item;
}

typedef struct {
  SamSession *session;
  guint       position;
} OrderedSession;

static int
compare_ordered (gconstpointer a,
                 gconstpointer b)
{
  const OrderedSession *sa = a, *sb = b;
  int cmp = sam_session_compare_dates (sa->session, sb->session);

  if (cmp != 0)
    return cmp;
  return sa->position < sb->position ? -1 : sa->position > sb->position;
}

GPtrArray *
sam_project_dup_sessions_in_order (SamProject *self)
{
  GListModel *list;
  g_autofree OrderedSession *all = NULL;
  GPtrArray *out;
  guint n;

  g_return_val_if_fail (SAM_IS_PROJECT (self), NULL);

  list = G_LIST_MODEL (self->sessions);
  n = g_list_model_get_n_items (list);
  all = g_new (OrderedSession, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      all[i].session = g_list_model_get_item (list, i);
      all[i].position = i;
    }
  qsort (all, n, sizeof *all, compare_ordered);
  out = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, all[i].session);
  return out;
}

/* After the last session of the same day or earlier. */
static guint
position_by_date (SamProject *self,
                  SamSession *session)
{
  GListModel *list = G_LIST_MODEL (self->sessions);
  guint n = g_list_model_get_n_items (list);
  guint position = n;

  while (position > 0)
    {
      g_autoptr(SamSession) before = g_list_model_get_item (list, position - 1);

      if (sam_session_compare_dates (before, session) <= 0)
        break;
      position--;
    }
  return position;
}

void
sam_project_add_session (SamProject *self,
                         SamSession *session,
                         int         position)
{
  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (SAM_IS_SESSION (session));
  g_return_if_fail (sam_project_find_session (self, sam_session_get_id (session)) == NULL);

  sam_history_insert (self->history, self->sessions,
                      position < 0 ? position_by_date (self, session) : (guint) position,
                      G_OBJECT (session));
}

void
sam_project_remove_session (SamProject *self,
                            SamSession *session)
{
  guint position;

  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (SAM_IS_SESSION (session));

  if (!find_by_id (G_LIST_MODEL (self->sessions), sam_session_get_id (session), &position, NULL))
    g_return_if_reached ();

  sam_history_remove (self->history, self->sessions, position);
}

void
sam_project_set_participants (SamProject         *self,
                              SamSession         *session,
                              const char * const *participants)
{
  g_auto(GValue) v = G_VALUE_INIT;
  const char * const empty[] = { NULL };

  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (SAM_IS_SESSION (session));

  g_value_init (&v, G_TYPE_STRV);
  g_value_set_boxed (&v, participants != NULL ? participants : empty);
  set_value (self, session, "participants", &v, FALSE);
}

SamSession *
sam_project_record_session (SamProject         *self,
                            const char         *name,
                            const char         *date,
                            const char * const *participants,
                            const char         *note)
{
  g_autoptr(SamSnapshot) snapshot = NULL;
  g_autoptr(SamSession) session = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (SAM_IS_PROJECT (self), NULL);
  g_return_val_if_fail (date == NULL || sam_session_date_is_valid (date), NULL);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->sessions)) >= SAM_PROJECT_MAX_SESSIONS)
    return NULL;

  if (date == NULL)
    date = today = sam_session_today ();

  snapshot = sam_snapshot_new_from_project (self);
  session = sam_session_new (NULL, snapshot);
  g_object_set (session,
                "name", name != NULL ? name : "",
                "date", date,
                "participants", participants,
                "note", note != NULL ? note : "",
                NULL);
  sam_project_begin_edit (self, _("Record Session"));
  sam_project_add_session (self, session, -1);
  sam_project_end_edit (self);
  return session;
}

void
sam_project_load_session (SamProject *self,
                          SamSession *session)
{
  g_return_if_fail (SAM_IS_PROJECT (self));
  g_return_if_fail (SAM_IS_SESSION (session));

  g_list_store_append (self->sessions, session);
}

SamSession *
sam_project_lookup_session (SamProject *self,
                            const char *spec)
{
  g_autoptr(GPtrArray) ordered = NULL;
  SamSession *found;
  char *end = NULL;
  guint64 number;

  g_return_val_if_fail (SAM_IS_PROJECT (self), NULL);

  if (spec == NULL || spec[0] == '\0')
    return NULL;
  found = sam_project_find_session (self, spec);
  if (found != NULL)
    return found;

  ordered = sam_project_dup_sessions_in_order (self);
  if (ordered->len == 0)
    return NULL;
  if (g_str_equal (spec, "first"))
    return ordered->pdata[0];
  if (g_str_equal (spec, "last"))
    return ordered->pdata[ordered->len - 1];
  if (sam_session_date_is_valid (spec))
    {
      for (guint i = 0; i < ordered->len; i++)
        if (g_str_equal (sam_session_get_date (ordered->pdata[i]), spec))
          return ordered->pdata[i];
      return NULL;
    }
  number = g_ascii_strtoull (spec, &end, 10);
  if (end != spec && *end == '\0' && number >= 1 && number <= ordered->len)
    return ordered->pdata[number - 1];
  return NULL;
}
