/* sam-cli.h: the command-line modes that need no display */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @argv asks for a mode that runs without GTK (--validate,
 * --export); main() then hands it to sam_cli_run() instead of the app. */
gboolean sam_cli_wants          (int                 argc,
                                 char              **argv);
int      sam_cli_run            (int                 argc,
                                 char              **argv);

/* Prints "FILE: ok" or "FILE: error: MESSAGE" for each file; returns the
 * process exit status (0 only when every file is valid). */
int      sam_cli_validate       (const char * const *files);

/* Writes the ladder (or with @handout the PDF handout) of the one project
 * in @files to @output; returns the process exit status. */
int      sam_cli_export         (const char         *output,
                                 const char         *size,
                                 const char         *style_name,
                                 gboolean            handout,
                                 char              **files);

/* The same; with @compare ("SESSION" or "FROM..TO", see --compare) the
 * compare view of those sessions. */
int      sam_cli_export_compare (const char         *output,
                                 const char         *size,
                                 const char         *style_name,
                                 gboolean            handout,
                                 const char         *compare,
                                 char              **files);

G_END_DECLS
