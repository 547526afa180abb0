/* gen-large-project.c: writes a project with many stakeholders and notes
 *
 *   gen-large-project OUT.samenspel [N-STAKEHOLDERS [N-NOTES]]
 *
 * Builds the project with the model API and writes it with the app's own
 * saver, so the file is in exactly the format the loader reads (and the
 * loader checks it again when the benchmark opens it).  Default 10,000
 * stakeholders and 10,000 notes, texts of realistic length, every note
 * linked to a stakeholder.
 */

#include "config.h"

#include <stdlib.h>

#include "sam-project-io.h"
#include "sam-project.h"

int
main (int   argc,
      char *argv[])
{
  static const char * const categories[] = {
    "library", "theatre", "cultural-centre", "venue", "pupil", "culture-coordinator",
    "school", "educator", "board", "manager", "teacher", "other",
  };
  g_autoptr(SamProject) project = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  int n_stakeholders = argc > 2 ? atoi (argv[2]) : 10000;
  int n_notes = argc > 3 ? atoi (argv[3]) : 10000;

  if (argc < 2 || n_stakeholders < 0 || n_notes < 0)
    {
      g_printerr ("usage: %s OUT.samenspel [N-STAKEHOLDERS [N-NOTES]]\n", argv[0]);
      return 2;
    }

  project = sam_project_new ();
  g_object_set (project,
                "title", "Ten thousand of each",
                "organisation", "Benchmark foundation",
                "producer-now", 1, "producer-wanted", 4, "consumer-now", 1, "consumer-wanted", 3,
                "vision-client-wants", "Schools work with yearly themes and want lessons that fit them.",
                NULL);

  for (int i = 0; i < n_stakeholders; i++)
    {
      g_autofree char *name = g_strdup_printf ("Stakeholder %05d", i);
      g_autofree char *notes = g_strdup_printf ("Met on day %d; wants to hear about the pilot results "
                                                "and may join the second round.", i % 365);
      g_autoptr(SamStakeholder) s = sam_stakeholder_new (name);

      g_object_set (s,
                    "category", categories[i % G_N_ELEMENTS (categories)],
                    "interest", "Culture that fits the themes pupils work on this year",
                    "benefit", "Lessons that build on their own plans",
                    "willingness", i % 5,
                    "role-now", i % 5, "role-wanted", (i + 2) % 5,
                    "ambassador", i % 7 == 0, "informed-only", i % 11 == 0, "critical-voice", i % 13 == 0,
                    "notes", notes,
                    NULL);
      g_ptr_array_add (ids, g_strdup (sam_stakeholder_get_id (s)));
      sam_project_load_stakeholder (project, s);
    }

  for (int i = 0; i < n_notes; i++)
    {
      g_autofree char *text = g_strdup_printf ("Bear %d: will the schools still find us when the menu "
                                               "is no longer the only way in?", i);
      g_autoptr(SamNote) note = sam_note_new (text, i % 4);

      g_object_set (note, "status", i % 3, "owner", "Education manager",
                    "stakeholder-id", ids->len > 0 ? (const char *) ids->pdata[i % ids->len] : "",
                    NULL);
      sam_project_load_note (project, note);
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!sam_project_save_to_file (project, file, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  return 0;
}
