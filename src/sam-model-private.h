/* sam-model-private.h: what the model classes share
 *
 * For sam-note.c, sam-stakeholder.c and sam-project.c only: the
 * set_property helpers that store a new value and emit notify only when
 * the value really changed, as G_PARAM_EXPLICIT_NOTIFY properties must.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* NULL is stored as "", so string properties are never NULL. */
void sam_model_set_string (char       **field,
                           const char  *value,
                           GObject     *object,
                           GParamSpec  *pspec);
/* Also for enum and gboolean fields (both are stored as int). */
void sam_model_set_int    (int         *field,
                           int          value,
                           GObject     *object,
                           GParamSpec  *pspec);
void sam_model_set_int64  (gint64      *field,
                           gint64       value,
                           GObject     *object,
                           GParamSpec  *pspec);

G_END_DECLS
