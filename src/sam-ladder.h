/* sam-ladder.h: the static definition of the two-sided participation ladder
 *
 * Rungs are numbered 1 (outermost, far from co-creation) to 4 (innermost,
 * next to the centre) on both sides; rung n of one side pairs with rung n of
 * the other.  0 means "not set" wherever a rung is stored.
 */
#pragma once

#include "sam-enums.h"

G_BEGIN_DECLS

#define SAM_LADDER_N_RUNGS 4

typedef struct {
  SamSide     side;
  int         rung;         /* 1..4 */
  const char *id;           /* stable, untranslated: "mass-customiser" */
  const char *title;        /* translated role name */
  const char *summary;      /* translated one-line description */
  const char *description;  /* translated full description */
} SamLadderRole;

const SamLadderRole *sam_ladder_get_role        (SamSide     side,
                                                 int         rung);
const char          *sam_ladder_side_title      (SamSide     side);
const char          *sam_ladder_axis_label      (int         which); /* 0 left, 1 centre, 2 right */
gboolean             sam_ladder_rung_is_valid   (int         rung);
SamSide              sam_mark_get_side          (SamMark     mark);
gboolean             sam_mark_is_wanted         (SamMark     mark);

G_END_DECLS
