/* sam-model-private.c: set_property helpers shared by the model classes */

#define G_LOG_DOMAIN "samenspel-model"

#include "config.h"

#include "sam-model-private.h"

void
sam_model_set_string (char       **field,
                      const char  *value,
                      GObject     *object,
                      GParamSpec  *pspec)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
}

void
sam_model_set_int (int        *field,
                   int         value,
                   GObject    *object,
                   GParamSpec *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (object, pspec);
}

void
sam_model_set_int64 (gint64     *field,
                     gint64      value,
                     GObject    *object,
                     GParamSpec *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (object, pspec);
}
