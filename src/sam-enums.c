/* sam-enums.c: enumeration types, their file nicks and labels */

#define G_LOG_DOMAIN "samenspel-model"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-enums.h"

#define DEFINE_ENUM(TypeName, type_name, ...)                              \
GType                                                                      \
type_name##_get_type (void)                                                \
{                                                                          \
  static gsize gtype_id = 0;                                               \
  static const GEnumValue values[] = { __VA_ARGS__, { 0, NULL, NULL } };   \
  if (g_once_init_enter (&gtype_id))                                       \
    {                                                                      \
      GType new_type = g_enum_register_static (g_intern_static_string (#TypeName), values); \
      g_once_init_leave (&gtype_id, new_type);                             \
    }                                                                      \
  return (GType) gtype_id;                                                 \
}

DEFINE_ENUM (SamMark, sam_mark,
             { SAM_MARK_PRODUCER_NOW, "SAM_MARK_PRODUCER_NOW", "producer-now" },
             { SAM_MARK_PRODUCER_WANTED, "SAM_MARK_PRODUCER_WANTED", "producer-wanted" },
             { SAM_MARK_CONSUMER_NOW, "SAM_MARK_CONSUMER_NOW", "consumer-now" },
             { SAM_MARK_CONSUMER_WANTED, "SAM_MARK_CONSUMER_WANTED", "consumer-wanted" })

DEFINE_ENUM (SamSide, sam_side,
             { SAM_SIDE_PRODUCER, "SAM_SIDE_PRODUCER", "producer" },
             { SAM_SIDE_CONSUMER, "SAM_SIDE_CONSUMER", "consumer" })

DEFINE_ENUM (SamVerdict, sam_verdict,
             { SAM_VERDICT_UNSET, "SAM_VERDICT_UNSET", "unset" },
             { SAM_VERDICT_FITS, "SAM_VERDICT_FITS", "fits" },
             { SAM_VERDICT_PARTLY, "SAM_VERDICT_PARTLY", "partly" },
             { SAM_VERDICT_NO, "SAM_VERDICT_NO", "no" })

DEFINE_ENUM (SamWillingness, sam_willingness,
             { SAM_WILLINGNESS_UNKNOWN, "SAM_WILLINGNESS_UNKNOWN", "unknown" },
             { SAM_WILLINGNESS_NONE, "SAM_WILLINGNESS_NONE", "none" },
             { SAM_WILLINGNESS_LOW, "SAM_WILLINGNESS_LOW", "low" },
             { SAM_WILLINGNESS_MEDIUM, "SAM_WILLINGNESS_MEDIUM", "medium" },
             { SAM_WILLINGNESS_HIGH, "SAM_WILLINGNESS_HIGH", "high" })

DEFINE_ENUM (SamNoteKind, sam_note_kind,
             { SAM_NOTE_KIND_FEAR, "SAM_NOTE_KIND_FEAR", "fear" },
             { SAM_NOTE_KIND_OBSTACLE, "SAM_NOTE_KIND_OBSTACLE", "obstacle" },
             { SAM_NOTE_KIND_QUESTION, "SAM_NOTE_KIND_QUESTION", "question" },
             { SAM_NOTE_KIND_IDEA, "SAM_NOTE_KIND_IDEA", "idea" })

DEFINE_ENUM (SamNoteStatus, sam_note_status,
             { SAM_NOTE_STATUS_PARKED, "SAM_NOTE_STATUS_PARKED", "parked" },
             { SAM_NOTE_STATUS_DISCUSSED, "SAM_NOTE_STATUS_DISCUSSED", "discussed" },
             { SAM_NOTE_STATUS_RESOLVED, "SAM_NOTE_STATUS_RESOLVED", "resolved" })

const char *
sam_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
sam_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

const char *
sam_enum_to_label (GType enum_type,
                   int   value)
{
  if (enum_type == SAM_TYPE_VERDICT)
    {
      switch ((SamVerdict) value)
        {
        case SAM_VERDICT_UNSET: return C_("verdict", "Not decided");
        case SAM_VERDICT_FITS: return C_("verdict", "Still fits");
        case SAM_VERDICT_PARTLY: return C_("verdict", "Partly fits");
        case SAM_VERDICT_NO: return C_("verdict", "No longer fits");
        default: break;
        }
    }
  else if (enum_type == SAM_TYPE_WILLINGNESS)
    {
      switch ((SamWillingness) value)
        {
        case SAM_WILLINGNESS_UNKNOWN: return C_("willingness", "Unknown");
        case SAM_WILLINGNESS_NONE: return C_("willingness", "Does not want to take part");
        case SAM_WILLINGNESS_LOW: return C_("willingness", "A little");
        case SAM_WILLINGNESS_MEDIUM: return C_("willingness", "Willing");
        case SAM_WILLINGNESS_HIGH: return C_("willingness", "Eager to lead");
        default: break;
        }
    }
  else if (enum_type == SAM_TYPE_NOTE_KIND)
    {
      switch ((SamNoteKind) value)
        {
        case SAM_NOTE_KIND_FEAR: return C_("note kind", "Fear");
        case SAM_NOTE_KIND_OBSTACLE: return C_("note kind", "Obstacle");
        case SAM_NOTE_KIND_QUESTION: return C_("note kind", "Question");
        case SAM_NOTE_KIND_IDEA: return C_("note kind", "Idea");
        default: break;
        }
    }
  else if (enum_type == SAM_TYPE_NOTE_STATUS)
    {
      switch ((SamNoteStatus) value)
        {
        case SAM_NOTE_STATUS_PARKED: return C_("note status", "Parked");
        case SAM_NOTE_STATUS_DISCUSSED: return C_("note status", "Discussed");
        case SAM_NOTE_STATUS_RESOLVED: return C_("note status", "Resolved");
        default: break;
        }
    }
  else if (enum_type == SAM_TYPE_MARK)
    {
      switch ((SamMark) value)
        {
        case SAM_MARK_PRODUCER_NOW: return _("Organisation now");
        case SAM_MARK_PRODUCER_WANTED: return _("Organisation wants");
        case SAM_MARK_CONSUMER_NOW: return _("Clients now");
        case SAM_MARK_CONSUMER_WANTED: return _("Clients want");
        default: break;
        }
    }
  else if (enum_type == SAM_TYPE_SIDE)
    {
      switch ((SamSide) value)
        {
        case SAM_SIDE_PRODUCER: return _("Producer");
        case SAM_SIDE_CONSUMER: return _("Consumer");
        default: break;
        }
    }

  return sam_enum_to_nick (enum_type, value);
}
