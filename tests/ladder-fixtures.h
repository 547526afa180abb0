/* ladder-fixtures.h: projects built in code for the renderer's tests and
 * benchmark (header-only, so each test stays a single .c file) */
#pragma once

#include "sam-project.h"

/* Adds a stakeholder without recording history (as a loader would). */
static inline SamStakeholder *
fixture_add (SamProject *project,
             const char *name,
             const char *category,
             int         now,
             int         wanted)
{
  SamStakeholder *s = sam_stakeholder_new (name);

  g_object_set (s, "category", category, "role-now", now, "role-wanted", wanted, NULL);
  sam_project_load_stakeholder (project, s);
  g_object_unref (s);
  return s;
}

/* Like the bundled example: a cultural-education foundation, eleven
 * stakeholders, all four marks set. */
static inline SamProject *
fixture_culture_foundation (void)
{
  SamProject *project = sam_project_new ();

  g_object_set (project,
                "title", "Culture path for primary schools",
                "organisation", "Culture foundation",
                "producer-now", 1, "producer-wanted", 3,
                "consumer-now", 1, "consumer-wanted", 3,
                NULL);
  fixture_add (project, "Library", "provider", 2, 3);
  fixture_add (project, "Theatre", "provider", 1, 3);
  fixture_add (project, "Cultural centre", "provider", 2, 4);
  fixture_add (project, "Music venue", "provider", 1, 2);
  fixture_add (project, "Pupil", "pupil", 1, 3);
  fixture_add (project, "Culture coordinator", "school", 3, 4);
  fixture_add (project, "Primary school", "school", 2, 3);
  fixture_add (project, "Teacher", "school", 1, 3);
  fixture_add (project, "School board", "school", 1, 1);
  fixture_add (project, "Head teacher", "school", 2, 2);
  fixture_add (project, "Secondary educator", "school", 1, 2);
  return project;
}

/* The culture foundation with its four providers (library, theatre,
 * cultural centre, music venue) on the producer side, where they belong:
 * chips on both sides of the ladder. */
static inline SamProject *
fixture_two_sided (void)
{
  SamProject *project = fixture_culture_foundation ();
  GListModel *list = sam_project_get_stakeholders (project);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
      g_object_set (s, "side", SAM_SIDE_PRODUCER, NULL);
    }
  return project;
}

/* @n stakeholders all on consumer rung @rung, to force "+N". */
static inline SamProject *
fixture_crowded (guint n,
                 int   rung)
{
  SamProject *project = sam_project_new ();

  g_object_set (project, "producer-now", 2, "producer-wanted", 2, "consumer-now", rung, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Stakeholder number %u", i + 1);
      fixture_add (project, name, "other", rung, i % 3 == 0 ? 4 : rung);
    }
  return project;
}

/* The Dutch translation of what the ladder says (po/nl.po, soft hyphens
 * included), as a SamRenderOptions.translate_func: the renderer's tests see
 * the real long compounds without installing the translations. */
static inline const char *
fixture_translate_nl (const char *text,
                      gpointer    data)
{
  static const char * const map[][2] = {
    { "Mass customiser",
      "Massa\302\255" "maat\302\255" "werker" },
    { "Sets the standard; clients pick from fixed options",
      "Bepaalt de standaard; klanten kiezen uit vaste opties" },
    { "The organisation designs one standard offer and decides what can vary. Clients choose from a fixed set of options, such as a theme or a date, but the offer itself stays the same for everyone.",
      "De organisatie ontwerpt één standaardaanbod en bepaalt wat daarin kan variëren. Klanten kiezen uit een vaste set mogelijkheden, zoals een thema of een datum, maar het aanbod zelf blijft voor iedereen hetzelfde." },
    { "Idea collector",
      "Ideeën\302\255" "verzamelaar" },
    { "Invites ideas and makes the most wanted one",
      "Vraagt om ideeën en maakt het meest gewilde" },
    { "The organisation asks clients for ideas and turns the best or most requested one into an offer. Its role is mainly to encourage and to choose; the result is one product among many.",
      "De organisatie vraagt klanten om ideeën en maakt van het beste of meest gevraagde idee een aanbod. Haar rol is vooral aanmoedigen en kiezen; het resultaat is één product tussen vele andere." },
    { "Integrator",
      "Integrator" },
    { "Involves clients in several phases of development",
      "Betrekt klanten bij meerdere fases van de ontwikkeling" },
    { "The organisation works with clients through several phases of development, from first idea to finished offer. This is intensive and often long; design thinking is one way to do it.",
      "De organisatie werkt in meerdere fases van de ontwikkeling samen met klanten, van het eerste idee tot een afgerond aanbod. Dat is intensief en duurt vaak lang; design thinking is een manier om het aan te pakken." },
    { "Facilitator",
      "Facilitator" },
    { "Offers a platform on which clients create their own",
      "Biedt klanten een platform om zelf te creëren" },
    { "The organisation builds a platform on which clients develop their own products, and acts as process guide, platform builder and adviser on request. Some results it may take further itself.",
      "De organisatie bouwt een platform waarop klanten hun eigen producten ontwikkelen, en treedt op als procesbegeleider, platformbouwer en adviseur naar behoefte. Sommige resultaten ontwikkelt ze mogelijk zelf verder." },
    { "Consumer",
      "Consument" },
    { "Takes what fits, or goes elsewhere",
      "Neemt af wat past, of gaat elders heen" },
    { "The client picks a product that matches personal preferences and is hardly involved otherwise. When unhappy, the client simply stops taking part or looks elsewhere.",
      "De klant kiest een product dat bij de persoonlijke voorkeuren past en is verder nauwelijks betrokken. Is de klant ontevreden, dan doet die gewoon niet meer mee of kijkt elders." },
    { "Inspirer",
      "Inspirator" },
    { "Brings in an idea and works it out",
      "Brengt een idee in en werkt het uit" },
    { "The client has an idea of their own and helps to work it out. The involvement is mostly about that one idea.",
      "De klant heeft een eigen idee en helpt het uit te werken. De betrokkenheid gaat vooral over dat ene idee." },
    { "Participant",
      "Participant" },
    { "Tests, gives feedback, works along",
      "Test, geeft feedback, werkt mee" },
    { "The client tries things out and gives feedback, because close cooperation meets a need of their own or because they believe in the initiative.",
      "De klant probeert dingen uit en geeft feedback, omdat een nauwe samenwerking aansluit bij een eigen behoefte of omdat die in het initiatief gelooft." },
    { "Co-creator",
      "Co-creator" },
    { "Owns the result together with us",
      "Is samen met ons eigenaar van het resultaat" },
    { "The client feels like an owner of the result, or really is one, and shapes it as an equal partner.",
      "De klant voelt zich eigenaar van het resultaat, of is dat echt, en geeft het als gelijkwaardige partner mee vorm." },
    { "Organisation (producer)",
      "Organisatie (producent)" },
    { "Client (consumer)",
      "Klant (consument)" },
    { "Supply-driven",
      "Aanbodgestuurd" },
    { "Co-creation",
      "Co-creatie" },
    { "Demand-driven",
      "Vraaggestuurd" },
    { "Now",
      "Nu" },
    { "Wanted",
      "Doel" },
  };

  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (text, map[i][0]))
      return map[i][1];
  return text;
}
