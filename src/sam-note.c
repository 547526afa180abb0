/* sam-note.c: one "bear on the road" in the parking lot */

#define G_LOG_DOMAIN "samenspel-model"

#include "config.h"

#include "sam-model-private.h"
#include "sam-note.h"
#include "sam-project.h"

struct _SamNote
{
  GObject        parent_instance;

  char          *id;
  char          *text;
  SamNoteKind    kind;
  SamNoteStatus  status;
  char          *owner;
  char          *stakeholder_id;
  gint64         created;
  gint64         modified;
  JsonObject    *unknown;
};

G_DEFINE_FINAL_TYPE (SamNote, sam_note, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_KIND,
  PROP_STATUS,
  PROP_OWNER,
  PROP_STAKEHOLDER_ID,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sam_note_finalize (GObject *object)
{
  SamNote *self = (SamNote *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->stakeholder_id, g_free);
  g_clear_pointer (&self->unknown, json_object_unref);

  G_OBJECT_CLASS (sam_note_parent_class)->finalize (object);
}

static void
sam_note_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SamNote *self = SAM_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_OWNER: g_value_set_string (value, self->owner); break;
    case PROP_STAKEHOLDER_ID: g_value_set_string (value, self->stakeholder_id); break;
    case PROP_CREATED: g_value_set_int64 (value, self->created); break;
    case PROP_MODIFIED: g_value_set_int64 (value, self->modified); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_note_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SamNote *self = SAM_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (self->id == NULL);
      self->id = g_value_dup_string (value);
      if (self->id == NULL)
        self->id = sam_new_id ();
      break;
    case PROP_TEXT: sam_model_set_string (&self->text, g_value_get_string (value), object, pspec); break;
    case PROP_KIND: sam_model_set_int ((int *) &self->kind, g_value_get_enum (value), object, pspec); break;
    case PROP_STATUS: sam_model_set_int ((int *) &self->status, g_value_get_enum (value), object, pspec); break;
    case PROP_OWNER: sam_model_set_string (&self->owner, g_value_get_string (value), object, pspec); break;
    case PROP_STAKEHOLDER_ID: sam_model_set_string (&self->stakeholder_id, g_value_get_string (value), object, pspec); break;
    case PROP_CREATED: sam_model_set_int64 (&self->created, g_value_get_int64 (value), object, pspec); break;
    case PROP_MODIFIED: sam_model_set_int64 (&self->modified, g_value_get_int64 (value), object, pspec); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_note_class_init (SamNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sam_note_finalize;
  object_class->get_property = sam_note_get_property;
  object_class->set_property = sam_note_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SAM_TYPE_NOTE_KIND, SAM_NOTE_KIND_FEAR, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, SAM_TYPE_NOTE_STATUS, SAM_NOTE_STATUS_PARKED, rw);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, "", rw);
  /* The id of a stakeholder of the same project, or "" */
  properties[PROP_STAKEHOLDER_ID] = g_param_spec_string ("stakeholder-id", NULL, NULL, "", rw);
  properties[PROP_CREATED] = g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_MODIFIED] = g_param_spec_int64 ("modified", NULL, NULL, 0, G_MAXINT64, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sam_note_init (SamNote *self)
{
  self->text = g_strdup ("");
  self->owner = g_strdup ("");
  self->stakeholder_id = g_strdup ("");
  self->created = self->modified = g_get_real_time () / G_USEC_PER_SEC;
}

SamNote *
sam_note_new (const char  *text,
              SamNoteKind  kind)
{
  return g_object_new (SAM_TYPE_NOTE, "text", text, "kind", kind, NULL);
}

SamNote *
sam_note_new_with_id (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (SAM_TYPE_NOTE, "id", id, NULL);
}

/* A duplicate with a new id; created and modified are now. */
SamNote *
sam_note_copy (SamNote *self)
{
  SamNote *copy;

  g_return_val_if_fail (SAM_IS_NOTE (self), NULL);

  copy = g_object_new (SAM_TYPE_NOTE,
                       "text", self->text,
                       "kind", self->kind,
                       "status", self->status,
                       "owner", self->owner,
                       "stakeholder-id", self->stakeholder_id,
                       NULL);
  if (self->unknown != NULL)
    copy->unknown = json_object_ref (self->unknown);

  return copy;
}

const char *sam_note_get_id (SamNote *self) { g_return_val_if_fail (SAM_IS_NOTE (self), NULL); return self->id; }
const char *sam_note_get_text (SamNote *self) { g_return_val_if_fail (SAM_IS_NOTE (self), NULL); return self->text; }
SamNoteKind sam_note_get_kind (SamNote *self) { g_return_val_if_fail (SAM_IS_NOTE (self), 0); return self->kind; }
SamNoteStatus sam_note_get_status (SamNote *self) { g_return_val_if_fail (SAM_IS_NOTE (self), 0); return self->status; }
const char *sam_note_get_owner (SamNote *self) { g_return_val_if_fail (SAM_IS_NOTE (self), NULL); return self->owner; }
const char *sam_note_get_stakeholder_id (SamNote *self) { g_return_val_if_fail (SAM_IS_NOTE (self), NULL); return self->stakeholder_id; }
gint64 sam_note_get_created (SamNote *self) { g_return_val_if_fail (SAM_IS_NOTE (self), 0); return self->created; }
gint64 sam_note_get_modified (SamNote *self) { g_return_val_if_fail (SAM_IS_NOTE (self), 0); return self->modified; }

JsonObject *
sam_note_get_unknown (SamNote *self)
{
  g_return_val_if_fail (SAM_IS_NOTE (self), NULL);
  return self->unknown;
}

void
sam_note_set_unknown (SamNote    *self,
                      JsonObject *unknown)
{
  g_return_if_fail (SAM_IS_NOTE (self));

  if (unknown != NULL)
    json_object_ref (unknown);
  g_clear_pointer (&self->unknown, json_object_unref);
  self->unknown = unknown;
}
