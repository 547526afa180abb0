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
