/* sam-stakeholder.h: one stakeholder card */
#pragma once

#include <json-glib/json-glib.h>

#include "sam-enums.h"
#include "sam-types.h"

G_BEGIN_DECLS

#define SAM_TYPE_STAKEHOLDER (sam_stakeholder_get_type ())
G_DECLARE_FINAL_TYPE (SamStakeholder, sam_stakeholder, SAM, STAKEHOLDER, GObject)

/* The starter set of categories, in display order (stable ids). */
const char * const *sam_stakeholder_categories       (void);
/* Translated label of a category id; an unknown id is returned as is. */
const char         *sam_stakeholder_category_label   (const char     *category);

/* The side a category usually stands on: the cultural providers (library,
 * theatre, cultural centre, venue) supply, on the producer side; everyone
 * else (and any category of the team's own) takes part, as a consumer. */
SamSide             sam_stakeholder_category_side    (const char     *category);

SamStakeholder *sam_stakeholder_new              (const char     *name);
SamStakeholder *sam_stakeholder_new_with_id      (const char     *id);
SamStakeholder *sam_stakeholder_copy             (SamStakeholder *self);

const char     *sam_stakeholder_get_id           (SamStakeholder *self);
const char     *sam_stakeholder_get_name         (SamStakeholder *self);
const char     *sam_stakeholder_get_category     (SamStakeholder *self);
const char     *sam_stakeholder_get_interest     (SamStakeholder *self);
const char     *sam_stakeholder_get_benefit      (SamStakeholder *self);
SamWillingness  sam_stakeholder_get_willingness  (SamStakeholder *self);
/* The side of the ladder (default consumer); the roles are rungs of it. */
SamSide         sam_stakeholder_get_side         (SamStakeholder *self);
int             sam_stakeholder_get_role_now     (SamStakeholder *self);
int             sam_stakeholder_get_role_wanted  (SamStakeholder *self);
gboolean        sam_stakeholder_get_ambassador   (SamStakeholder *self);
gboolean        sam_stakeholder_get_informed_only(SamStakeholder *self);
gboolean        sam_stakeholder_get_critical_voice (SamStakeholder *self);
const char     *sam_stakeholder_get_notes        (SamStakeholder *self);
const char     *sam_stakeholder_get_colour       (SamStakeholder *self);
gint64          sam_stakeholder_get_modified     (SamStakeholder *self);

/* Members of the file this version does not know; kept for the next save. */
JsonObject     *sam_stakeholder_get_unknown      (SamStakeholder *self);
void            sam_stakeholder_set_unknown      (SamStakeholder *self,
                                                  JsonObject     *unknown);

G_END_DECLS
