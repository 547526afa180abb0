/* gen-large-project.c: writes a project with many stakeholders and notes
 *
 *   gen-large-project OUT.samenspel [N-STAKEHOLDERS [N-NOTES [N-SESSIONS]]]
 *
 * Builds the project with the model API and writes it with the app's own
 * saver, so the file is in exactly the format the loader reads (and the
 * loader checks it again when the benchmark opens it).  Default 10,000
 * stakeholders and 10,000 notes, texts of realistic length, every note
 * linked to a stakeholder.  N-SESSIONS (default 0; the benchmarks use 50)
 * work sessions, a month apart, each with a snapshot of every stakeholder,
 * whose rungs move a little from one session to the next.
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
  int n_sessions = argc > 4 ? atoi (argv[4]) : 0;

  if (argc < 2 || n_stakeholders < 0 || n_notes < 0 || n_sessions < 0)
    {
      g_printerr ("usage: %s OUT.samenspel [N-STAKEHOLDERS [N-NOTES [N-SESSIONS]]]\n", argv[0]);
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

  /* Sessions from the oldest: the ladder of session k is the project's
   * ladder with every stakeholder's "now" k/10 rungs further out. */
  for (int k = 0; k < n_sessions; k++)
    {
      int back = (n_sessions - 1 - k) / 10;
      g_autoptr(SamSnapshot) snapshot = sam_snapshot_new (n_stakeholders);
      g_autoptr(SamSession) session = NULL;
      g_autofree char *id = sam_new_id ();
      g_autofree char *name = g_strdup_printf ("Work session %d with the pilot schools", k + 1);
      g_autofree char *date = g_strdup_printf ("%04d-%02d-15", 2022 + k / 12, k % 12 + 1);
      GListModel *list = sam_project_get_stakeholders (project);
      const char *participants[4] = { NULL };

      for (int m = 0; m < SAM_N_MARKS; m++)
        sam_snapshot_set_mark (snapshot, m, MAX (1, sam_project_get_mark (project, m) - back));
      for (int i = 0; i < n_stakeholders; i++)
        {
          g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
          int now = sam_stakeholder_get_role_now (s);

          sam_snapshot_add (snapshot, sam_stakeholder_get_id (s), sam_stakeholder_get_name (s),
                            now > 0 ? MAX (1, now - (back + i) % 3 / 2) : 0,
                            sam_stakeholder_get_role_wanted (s),
                            i % 4 == 0 ? SAM_SIDE_PRODUCER : SAM_SIDE_CONSUMER, NULL);
        }
      for (int p = 0; p < 3 && p < (int) ids->len; p++)
        participants[p] = ids->pdata[(k * 7 + p) % ids->len];
      session = sam_session_new (id, snapshot);
      g_object_set (session, "name", name, "date", date, "participants", participants,
                    "note", "Two schools asked for a custom offer; the library joins next time.",
                    NULL);
      sam_project_load_session (project, session);
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!sam_project_save_to_file (project, file, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  return 0;
}
