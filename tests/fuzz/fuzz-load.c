/* fuzz-load.c: libFuzzer target for the project loader
 *
 * Feeds arbitrary bytes to sam_project_load_from_bytes(), the function
 * every file from outside goes through.  A successful load is saved and
 * loaded again, so the writer and the round trip are fuzzed too.
 * Build and run: docs/fuzzing.md.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sam-project-io.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SamProject) project = NULL;

  project = sam_project_load_from_bytes (bytes, &error);
  if (project == NULL)
    {
      /* Every refusal must explain itself. */
      if (error == NULL || error->domain != SAM_PROJECT_ERROR || error->message[0] == '\0')
        abort ();
      return 0;
    }

  {
    g_autoptr(GBytes) saved = sam_project_save_to_bytes (project);
    g_autoptr(GError) error2 = NULL;
    g_autoptr(SamProject) again = sam_project_load_from_bytes (saved, &error2);
    g_autoptr(GBytes) saved2 = NULL;

    /* What we write we must read, and a second save changes nothing. */
    if (again == NULL)
      abort ();
    saved2 = sam_project_save_to_bytes (again);
    if (!g_bytes_equal (saved, saved2))
      abort ();
  }

  return 0;
}
