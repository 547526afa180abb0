/* sam-stakeholder.c: one stakeholder card */

#define G_LOG_DOMAIN "samenspel-model"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-model-private.h"
#include "sam-project.h"
#include "sam-stakeholder.h"

struct _SamStakeholder
{
  GObject         parent_instance;

  char           *id;
  char           *name;
  char           *category;
  char           *interest;
  char           *benefit;
  SamWillingness  willingness;
  SamSide         side;
  int             role_now;
  int             role_wanted;
  gboolean        ambassador;
  gboolean        informed_only;
  gboolean        critical_voice;
  char           *notes;
  char           *colour;
  gint64          modified;
  JsonObject     *unknown;
};

G_DEFINE_FINAL_TYPE (SamStakeholder, sam_stakeholder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_INTEREST,
  PROP_BENEFIT,
  PROP_WILLINGNESS,
  PROP_SIDE,
  PROP_ROLE_NOW,
  PROP_ROLE_WANTED,
  PROP_AMBASSADOR,
  PROP_INFORMED_ONLY,
  PROP_CRITICAL_VOICE,
  PROP_NOTES,
  PROP_COLOUR,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const categories[] = {
  "library", "theatre", "cultural-centre", "venue", "pupil",
  "culture-coordinator", "school", "educator", "board", "manager",
  "teacher", "other", NULL
};

const char * const *
sam_stakeholder_categories (void)
{
  return categories;
}

const char *
sam_stakeholder_category_label (const char *category)
{
  static const struct { const char *id; const char *label; } labels[] = {
    { "library", N_("Library") },
    { "theatre", N_("Theatre") },
    { "cultural-centre", N_("Cultural centre") },
    { "venue", N_("Culture venue") },
    { "pupil", N_("Pupil") },
    { "culture-coordinator", N_("Culture coordinator") },
    { "school", N_("Primary school") },
    { "educator", N_("Educator") },
    { "board", N_("School board") },
    { "manager", N_("Manager") },
    { "teacher", N_("Teacher") },
    { "other", N_("Other") },
  };

  if (category == NULL || category[0] == '\0')
    return _("No category");

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].id, category))
      return g_dgettext (GETTEXT_PACKAGE, labels[i].label);

  return category;
}

SamSide
sam_stakeholder_category_side (const char *category)
{
  static const char * const producers[] = { "library", "theatre", "cultural-centre", "venue", NULL };

  if (category != NULL && g_strv_contains (producers, category))
    return SAM_SIDE_PRODUCER;
  return SAM_SIDE_CONSUMER;
}

static void
sam_stakeholder_finalize (GObject *object)
{
  SamStakeholder *self = (SamStakeholder *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->interest, g_free);
  g_clear_pointer (&self->benefit, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->colour, g_free);
  g_clear_pointer (&self->unknown, json_object_unref);

  G_OBJECT_CLASS (sam_stakeholder_parent_class)->finalize (object);
}

static void
sam_stakeholder_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SamStakeholder *self = SAM_STAKEHOLDER (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_CATEGORY: g_value_set_string (value, self->category); break;
    case PROP_INTEREST: g_value_set_string (value, self->interest); break;
    case PROP_BENEFIT: g_value_set_string (value, self->benefit); break;
    case PROP_WILLINGNESS: g_value_set_enum (value, self->willingness); break;
    case PROP_SIDE: g_value_set_enum (value, self->side); break;
    case PROP_ROLE_NOW: g_value_set_int (value, self->role_now); break;
    case PROP_ROLE_WANTED: g_value_set_int (value, self->role_wanted); break;
    case PROP_AMBASSADOR: g_value_set_boolean (value, self->ambassador); break;
    case PROP_INFORMED_ONLY: g_value_set_boolean (value, self->informed_only); break;
    case PROP_CRITICAL_VOICE: g_value_set_boolean (value, self->critical_voice); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_COLOUR: g_value_set_string (value, self->colour); break;
    case PROP_MODIFIED: g_value_set_int64 (value, self->modified); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_stakeholder_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SamStakeholder *self = SAM_STAKEHOLDER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (self->id == NULL);
      self->id = g_value_dup_string (value);
      if (self->id == NULL)
        self->id = sam_new_id ();
      break;
    case PROP_NAME: sam_model_set_string (&self->name, g_value_get_string (value), object, pspec); break;
    case PROP_CATEGORY: sam_model_set_string (&self->category, g_value_get_string (value), object, pspec); break;
    case PROP_INTEREST: sam_model_set_string (&self->interest, g_value_get_string (value), object, pspec); break;
    case PROP_BENEFIT: sam_model_set_string (&self->benefit, g_value_get_string (value), object, pspec); break;
    case PROP_WILLINGNESS: sam_model_set_int ((int *) &self->willingness, g_value_get_enum (value), object, pspec); break;
    case PROP_SIDE: sam_model_set_int ((int *) &self->side, g_value_get_enum (value), object, pspec); break;
    case PROP_ROLE_NOW: sam_model_set_int (&self->role_now, g_value_get_int (value), object, pspec); break;
    case PROP_ROLE_WANTED: sam_model_set_int (&self->role_wanted, g_value_get_int (value), object, pspec); break;
    case PROP_AMBASSADOR: sam_model_set_int (&self->ambassador, !!g_value_get_boolean (value), object, pspec); break;
    case PROP_INFORMED_ONLY: sam_model_set_int (&self->informed_only, !!g_value_get_boolean (value), object, pspec); break;
    case PROP_CRITICAL_VOICE: sam_model_set_int (&self->critical_voice, !!g_value_get_boolean (value), object, pspec); break;
    case PROP_NOTES: sam_model_set_string (&self->notes, g_value_get_string (value), object, pspec); break;
    case PROP_COLOUR: sam_model_set_string (&self->colour, g_value_get_string (value), object, pspec); break;
    case PROP_MODIFIED: sam_model_set_int64 (&self->modified, g_value_get_int64 (value), object, pspec); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_stakeholder_class_init (SamStakeholderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sam_stakeholder_finalize;
  object_class->get_property = sam_stakeholder_get_property;
  object_class->set_property = sam_stakeholder_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, "", rw);
  properties[PROP_INTEREST] = g_param_spec_string ("interest", NULL, NULL, "", rw);
  properties[PROP_BENEFIT] = g_param_spec_string ("benefit", NULL, NULL, "", rw);
  properties[PROP_WILLINGNESS] =
    g_param_spec_enum ("willingness", NULL, NULL, SAM_TYPE_WILLINGNESS,
                       SAM_WILLINGNESS_UNKNOWN, rw);
  /* The side of the ladder the stakeholder stands on; role-now and
   * role-wanted are rungs 0-4 of that side. */
  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL, SAM_TYPE_SIDE, SAM_SIDE_CONSUMER, rw);
  properties[PROP_ROLE_NOW] = g_param_spec_int ("role-now", NULL, NULL, 0, 4, 0, rw);
  properties[PROP_ROLE_WANTED] = g_param_spec_int ("role-wanted", NULL, NULL, 0, 4, 0, rw);
  properties[PROP_AMBASSADOR] = g_param_spec_boolean ("ambassador", NULL, NULL, FALSE, rw);
  properties[PROP_INFORMED_ONLY] = g_param_spec_boolean ("informed-only", NULL, NULL, FALSE, rw);
  properties[PROP_CRITICAL_VOICE] = g_param_spec_boolean ("critical-voice", NULL, NULL, FALSE, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, "", rw);
  properties[PROP_MODIFIED] =
    g_param_spec_int64 ("modified", NULL, NULL, 0, G_MAXINT64, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sam_stakeholder_init (SamStakeholder *self)
{
  self->name = g_strdup ("");
  self->category = g_strdup ("");
  self->interest = g_strdup ("");
  self->benefit = g_strdup ("");
  self->notes = g_strdup ("");
  self->colour = g_strdup ("");
  self->side = SAM_SIDE_CONSUMER;
  self->modified = g_get_real_time () / G_USEC_PER_SEC;
}

SamStakeholder *
sam_stakeholder_new (const char *name)
{
  return g_object_new (SAM_TYPE_STAKEHOLDER, "name", name, NULL);
}

SamStakeholder *
sam_stakeholder_new_with_id (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (SAM_TYPE_STAKEHOLDER, "id", id, NULL);
}

/* A duplicate with a new id and every user-visible field copied. */
SamStakeholder *
sam_stakeholder_copy (SamStakeholder *self)
{
  SamStakeholder *copy;

  g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), NULL);

  copy = g_object_new (SAM_TYPE_STAKEHOLDER,
                       "name", self->name,
                       "category", self->category,
                       "interest", self->interest,
                       "benefit", self->benefit,
                       "willingness", self->willingness,
                       "side", self->side,
                       "role-now", self->role_now,
                       "role-wanted", self->role_wanted,
                       "ambassador", self->ambassador,
                       "informed-only", self->informed_only,
                       "critical-voice", self->critical_voice,
                       "notes", self->notes,
                       "colour", self->colour,
                       NULL);
  if (self->unknown != NULL)
    copy->unknown = json_object_ref (self->unknown);

  return copy;
}

const char *sam_stakeholder_get_id (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), NULL); return self->id; }
const char *sam_stakeholder_get_name (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), NULL); return self->name; }
const char *sam_stakeholder_get_category (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), NULL); return self->category; }
const char *sam_stakeholder_get_interest (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), NULL); return self->interest; }
const char *sam_stakeholder_get_benefit (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), NULL); return self->benefit; }
SamWillingness sam_stakeholder_get_willingness (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), 0); return self->willingness; }
SamSide sam_stakeholder_get_side (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), SAM_SIDE_CONSUMER); return self->side; }
int sam_stakeholder_get_role_now (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), 0); return self->role_now; }
int sam_stakeholder_get_role_wanted (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), 0); return self->role_wanted; }
gboolean sam_stakeholder_get_ambassador (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), FALSE); return self->ambassador; }
gboolean sam_stakeholder_get_informed_only (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), FALSE); return self->informed_only; }
gboolean sam_stakeholder_get_critical_voice (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), FALSE); return self->critical_voice; }
const char *sam_stakeholder_get_notes (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), NULL); return self->notes; }
const char *sam_stakeholder_get_colour (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), NULL); return self->colour; }
gint64 sam_stakeholder_get_modified (SamStakeholder *self) { g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), 0); return self->modified; }

JsonObject *
sam_stakeholder_get_unknown (SamStakeholder *self)
{
  g_return_val_if_fail (SAM_IS_STAKEHOLDER (self), NULL);
  return self->unknown;
}

void
sam_stakeholder_set_unknown (SamStakeholder *self,
                             JsonObject     *unknown)
{
  g_return_if_fail (SAM_IS_STAKEHOLDER (self));

  if (unknown != NULL)
    json_object_ref (unknown);
  g_clear_pointer (&self->unknown, json_object_unref);
  self->unknown = unknown;
}
