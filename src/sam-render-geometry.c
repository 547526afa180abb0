/* sam-render-geometry.c: what the renderer drew, for hit-testing and tests */

#define G_LOG_DOMAIN "samenspel-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sam-render-private.h"

void
sam_ladder_geometry_free (SamLadderGeometry *geometry)
{
  if (geometry == NULL)
    return;
  g_array_unref (geometry->texts);
  g_array_unref (geometry->chips);
  g_clear_pointer (&geometry->moves, g_array_unref);
  g_free (geometry);
}

const SamChipBox *
sam_ladder_geometry_find_chip (const SamLadderGeometry *geometry,
                               const char              *stakeholder_id)
{
  g_return_val_if_fail (geometry != NULL, NULL);

  if (stakeholder_id == NULL)
    return NULL;
  for (guint i = 0; i < geometry->chips->len; i++)
    {
      const SamChipBox *chip = &g_array_index (geometry->chips, SamChipBox, i);
      if (g_strcmp0 (chip->stakeholder_id, stakeholder_id) == 0)
        return chip;
    }
  return NULL;
}

gboolean
sam_ladder_geometry_hit (const SamLadderGeometry *geometry,
                         double                   x,
                         double                   y,
                         SamLadderHit            *hit)
{
  g_return_val_if_fail (geometry != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  memset (hit, 0, sizeof *hit);
  hit->kind = SAM_LADDER_HIT_NONE;

  for (guint i = 0; i < geometry->chips->len; i++)
    {
      const SamChipBox *chip = &g_array_index (geometry->chips, SamChipBox, i);
      if (sam_render_rect_contains (&chip->rect, x, y))
        {
          hit->kind = chip->stakeholder_id ? SAM_LADDER_HIT_CHIP : SAM_LADDER_HIT_SUMMARY;
          hit->side = chip->side;
          hit->rung = chip->rung;
          hit->stakeholder_id = chip->stakeholder_id;
          return TRUE;
        }
    }

  for (int side = 0; side < 2; side++)
    for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
      if (sam_render_rect_contains (&geometry->rungs[side][rung - 1], x, y))
        {
          hit->kind = SAM_LADDER_HIT_RUNG;
          hit->side = side;
          hit->rung = rung;
          for (int mark = 0; mark < SAM_N_MARKS; mark++)
            if (geometry->marker_visible[mark] && sam_mark_get_side (mark) == (SamSide) side
                && sam_render_rect_contains (&geometry->markers[mark], x, y))
              {
                hit->kind = SAM_LADDER_HIT_MARKER;
                hit->mark = mark;
              }
          return TRUE;
        }

  return FALSE;
}
