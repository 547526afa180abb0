/* sam-project-io-private.h: what the parts of the project file code share
 *
 * For sam-project-io.c, sam-project-load.c, sam-project-upgrade.c,
 * sam-project-save.c and sam-project-format.c only.
 */
#pragma once

#include "sam-json-tree.h"
#include "sam-project-io.h"

G_BEGIN_DECLS

#define SAM_PROJECT_FORMAT_NAME "samenspel"

/* sam-project-format.c: the members the reader knows and the writer puts
 * first, NULL-terminated. */
extern const char * const sam_io_project_members[];
extern const char * const sam_io_stakeholder_members[];
extern const char * const sam_io_note_members[];
extern const char * const sam_io_session_members[];
extern const char * const sam_io_snapshot_members[];
extern const char * const sam_io_snapshot_entry_members[];

int          sam_io_member_number   (const char * const  *members,
                                     const char          *name);
const char  *sam_io_vision_member   (SamVisionField       field);
/* Sets @error to "@where.@member: message" and returns FALSE. */
gboolean     sam_io_fail            (GError             **error,
                                     int                  code,
                                     const char          *where,
                                     const char          *member,
                                     const char          *format,
                                     ...) G_GNUC_PRINTF (5, 6);
gboolean     sam_io_parse_timestamp (const char          *text,
                                     gint64              *out);
void         sam_io_civil_from_days (gint64               z,
                                     int                 *year,
                                     int                 *month,
                                     int                 *day);

/* sam-project-upgrade.c: a version 0 tree rewritten as a version 1 tree. */
SamJsonTree *sam_io_upgrade_v0      (SamJsonTree         *tree,
                                     GError             **error);

/* sam-project-save.c: any JSON value, pretty-printed as the saver does. */
void         sam_io_append_node     (GString             *out,
                                     JsonNode            *node,
                                     guint                indent);

G_END_DECLS
