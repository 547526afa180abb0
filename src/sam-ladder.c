/* sam-ladder.c: the roles of the two-sided participation ladder
 *
 * The only place where the roles are described.  The renderer, the
 * editors, the presentation and the handout all read them from here.
 */

#define G_LOG_DOMAIN "samenspel-model"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-ladder.h"

/* Texts are marked with N_() and translated when handed out, so the table
 * can be static and still follow the UI language. */
static const SamLadderRole roles[2][SAM_LADDER_N_RUNGS] = {
  {
    { SAM_SIDE_PRODUCER, 1, "mass-customiser",
      N_("Mass customiser"),
      N_("Sets the standard; clients pick from fixed options"),
      N_("The organisation designs one standard offer and decides what can vary. "
         "Clients choose from a fixed set of options, such as a theme or a date, "
         "but the offer itself stays the same for everyone.") },
    { SAM_SIDE_PRODUCER, 2, "idea-collector",
      N_("Idea collector"),
      N_("Invites ideas and makes the most wanted one"),
      N_("The organisation asks clients for ideas and turns the best or most "
         "requested one into an offer. Its role is mainly to encourage and to "
         "choose; the result is one product among many.") },
    { SAM_SIDE_PRODUCER, 3, "integrator",
      N_("Integrator"),
      N_("Involves clients in several phases of development"),
      N_("The organisation works with clients through several phases of "
         "development, from first idea to finished offer. This is intensive "
         "and often long; design thinking is one way to do it.") },
    { SAM_SIDE_PRODUCER, 4, "facilitator",
      N_("Facilitator"),
      N_("Offers a platform on which clients create their own"),
      N_("The organisation builds a platform on which clients develop their own "
         "products, and acts as process guide, platform builder and "
         "adviser on request. Some results it may take further itself.") },
  },
  {
    { SAM_SIDE_CONSUMER, 1, "consumer",
      N_("Consumer"),
      N_("Takes what fits, or goes elsewhere"),
      N_("The client picks a product that matches personal preferences and is "
         "hardly involved otherwise. When unhappy, the client simply stops "
         "taking part or looks elsewhere.") },
    { SAM_SIDE_CONSUMER, 2, "inspirer",
      N_("Inspirer"),
      N_("Brings in an idea and works it out"),
      N_("The client has an idea of their own and helps to work it out. "
         "The involvement is mostly about that one idea.") },
    { SAM_SIDE_CONSUMER, 3, "participant",
      N_("Participant"),
      N_("Tests, gives feedback, works along"),
      N_("The client tries things out and gives feedback, because close "
         "cooperation meets a need of their own or because they believe in "
         "the initiative.") },
    { SAM_SIDE_CONSUMER, 4, "co-creator",
      N_("Co-creator"),
      N_("Owns the result together with us"),
      N_("The client feels like an owner of the result, or really is one, and "
         "shapes it as an equal partner.") },
  },
};

const SamLadderRole *
sam_ladder_get_role (SamSide side,
                     int     rung)
{
  /* Translated copies, filled on first use per side and rung.  The UI
   * language is fixed for the lifetime of the process. */
  static SamLadderRole translated[2][SAM_LADDER_N_RUNGS];
  static gsize initialised = 0;

  g_return_val_if_fail (side == SAM_SIDE_PRODUCER || side == SAM_SIDE_CONSUMER, NULL);
  g_return_val_if_fail (sam_ladder_rung_is_valid (rung), NULL);

  if (g_once_init_enter (&initialised))
    {
      for (guint s = 0; s < 2; s++)
        for (guint r = 0; r < SAM_LADDER_N_RUNGS; r++)
          {
            translated[s][r] = roles[s][r];
            translated[s][r].title = g_dgettext (GETTEXT_PACKAGE, roles[s][r].title);
            translated[s][r].summary = g_dgettext (GETTEXT_PACKAGE, roles[s][r].summary);
            translated[s][r].description = g_dgettext (GETTEXT_PACKAGE, roles[s][r].description);
          }
      g_once_init_leave (&initialised, 1);
    }

  return &translated[side][rung - 1];
}

const char *
sam_ladder_side_title (SamSide side)
{
  switch (side)
    {
    case SAM_SIDE_PRODUCER: return _("Organisation (producer)");
    case SAM_SIDE_CONSUMER: return _("Client (consumer)");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
sam_ladder_axis_label (int which)
{
  switch (which)
    {
    case 0: return _("Supply-driven");
    case 1: return _("Co-creation");
    case 2: return _("Demand-driven");
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
sam_ladder_rung_is_valid (int rung)
{
  return rung >= 1 && rung <= SAM_LADDER_N_RUNGS;
}

SamSide
sam_mark_get_side (SamMark mark)
{
  return mark == SAM_MARK_PRODUCER_NOW || mark == SAM_MARK_PRODUCER_WANTED
         ? SAM_SIDE_PRODUCER : SAM_SIDE_CONSUMER;
}

gboolean
sam_mark_is_wanted (SamMark mark)
{
  return mark == SAM_MARK_PRODUCER_WANTED || mark == SAM_MARK_CONSUMER_WANTED;
}
