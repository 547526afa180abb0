/* sam-history.c: the one undo mechanism for every kind of edit
 *
 * Edits are recorded as data (old and new GValue of a property, or an item
 * inserted into / removed from a GListStore), so one small engine can undo
 * anything the model holds, and the dirty state falls out of the position
 * in the undo stack instead of being tracked by hand.
 */

#define G_LOG_DOMAIN "samenspel-model"

#include "config.h"

#include "sam-history.h"

typedef enum {
  EDIT_PROPERTY,
  EDIT_INSERT,
  EDIT_REMOVE,
} EditKind;

typedef struct {
  EditKind    kind;
  GObject    *object;    /* the property's owner, or the inserted/removed item */
  GListStore *store;
  guint       position;
  gboolean    owned;     /* FALSE for the history's owner, see set_owner() */
  const char *property;  /* interned */
  GValue      old_value;
  GValue      new_value;
} Edit;

typedef struct {
  char      *label;
  GPtrArray *edits;
  gint64     last_time;
  gboolean   mergeable;
} Group;

struct _SamHistory
{
  GObject              parent_instance;

  GPtrArray           *undo;          /* of Group, oldest first */
  GPtrArray           *redo;          /* of Group, next redo last */
  Group               *open;
  guint                depth;
  /* undo->len when the document was last saved; -1 when that state can no
   * longer be reached (edited after undoing past it). */
  gint64               clean_index;
  gboolean             sealed;
  gboolean             dirty;
  gboolean             can_undo;
  gboolean             can_redo;
  GObject             *owner;         /* not referenced */
  SamHistoryTouchFunc  touch_func;
};

G_DEFINE_FINAL_TYPE (SamHistory, sam_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CHANGING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Before any object changes: a listener may still read the old state
 * (the merge history takes the fingerprints of a loaded state lazily). */
static void
emit_changing (SamHistory *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGING], 0);
}

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  if (edit->owned)
    g_clear_object (&edit->object);
  g_clear_object (&edit->store);
  if (G_IS_VALUE (&edit->old_value))
    g_value_unset (&edit->old_value);
  if (G_IS_VALUE (&edit->new_value))
    g_value_unset (&edit->new_value);
  g_free (edit);
}

static Group *
group_new (const char *label)
{
  Group *group = g_new0 (Group, 1);

  group->label = g_strdup (label);
  group->edits = g_ptr_array_new_with_free_func (edit_free);
  return group;
}

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->label);
  g_ptr_array_unref (group->edits);
  g_free (group);
}

static void
update_state (SamHistory *self)
{
  gboolean can_undo = self->undo->len > 0;
  gboolean can_redo = self->redo->len > 0;
  gboolean dirty = self->clean_index != (gint64) self->undo->len;

  if (can_undo != self->can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
  if (dirty != self->dirty)
    {
      self->dirty = dirty;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
    }
}

static void
touch (SamHistory *self,
       GObject    *object)
{
  if (self->touch_func != NULL)
    self->touch_func (object, self->owner);
}

static void
apply_edit (SamHistory *self,
            Edit       *edit,
            gboolean    forward)
{
  switch (edit->kind)
    {
    case EDIT_PROPERTY:
      g_object_set_property (edit->object, edit->property,
                             forward ? &edit->new_value : &edit->old_value);
      break;

    case EDIT_INSERT:
    case EDIT_REMOVE:
      if ((edit->kind == EDIT_INSERT) == forward)
        g_list_store_insert (edit->store, edit->position, edit->object);
      else
        g_list_store_remove (edit->store, edit->position);
      break;

    default:
      g_assert_not_reached ();
    }

  touch (self, edit->object);
}

/* Files a new edit: into the open group, folded into the previous step
 * (typing), or as a step of its own.  Any new edit drops the redo stack. */
static void
push_edit (SamHistory *self,
           Edit       *edit,
           gboolean    mergeable)
{
  gint64 now = g_get_monotonic_time ();

  if (self->redo->len > 0)
    {
      if (self->clean_index > (gint64) self->undo->len)
        self->clean_index = -1;
      g_ptr_array_set_size (self->redo, 0);
    }

  if (self->open != NULL)
    {
      g_ptr_array_add (self->open->edits, edit);
      self->open->last_time = now;
      return;
    }

  if (mergeable && !self->sealed && self->undo->len > 0 &&
      (gint64) self->undo->len != self->clean_index)
    {
      Group *top = g_ptr_array_index (self->undo, self->undo->len - 1);
      Edit *prev = top->edits->len == 1 ? g_ptr_array_index (top->edits, 0) : NULL;

      if (top->mergeable && prev != NULL && prev->kind == EDIT_PROPERTY &&
          prev->object == edit->object && prev->property == edit->property &&
          now - top->last_time < SAM_HISTORY_MERGE_USEC)
        {
          g_value_copy (&edit->new_value, &prev->new_value);
          top->last_time = now;
          edit_free (edit);
          update_state (self);
          return;
        }
    }

  {
    Group *group = group_new (NULL);

    group->mergeable = mergeable;
    group->last_time = now;
    g_ptr_array_add (group->edits, edit);
    g_ptr_array_add (self->undo, group);
    self->sealed = FALSE;
  }

  update_state (self);
}

static void
sam_history_finalize (GObject *object)
{
  SamHistory *self = (SamHistory *) object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->open, group_free);

  G_OBJECT_CLASS (sam_history_parent_class)->finalize (object);
}

static void
sam_history_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SamHistory *self = SAM_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO: g_value_set_boolean (value, self->can_undo); break;
    case PROP_CAN_REDO: g_value_set_boolean (value, self->can_redo); break;
    case PROP_DIRTY: g_value_set_boolean (value, self->dirty); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_history_class_init (SamHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sam_history_finalize;
  object_class->get_property = sam_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SamHistory::changing:
   *
   * Emitted right before the history changes an object: a new edit, an
   * undo or a redo.  The objects still hold their old values.
   */
  signals[SIGNAL_CHANGING] =
    g_signal_new ("changing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sam_history_init (SamHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (group_free);
  self->redo = g_ptr_array_new_with_free_func (group_free);
}

SamHistory *
sam_history_new (void)
{
  return g_object_new (SAM_TYPE_HISTORY, NULL);
}

void
sam_history_set_owner (SamHistory          *self,
                       GObject             *owner,
                       SamHistoryTouchFunc  func)
{
  g_return_if_fail (SAM_IS_HISTORY (self));

  self->owner = owner;
  self->touch_func = func;
}

static void
edit_set_object (SamHistory *self,
                 Edit       *edit,
                 GObject    *object)
{
  edit->owned = object != self->owner;
  edit->object = edit->owned ? g_object_ref (object) : object;
}

void
sam_history_begin_group (SamHistory *self,
                         const char *label)
{
  g_return_if_fail (SAM_IS_HISTORY (self));

  if (self->depth++ == 0)
    {
      g_assert (self->open == NULL);
      self->open = group_new (label);
    }
}

void
sam_history_end_group (SamHistory *self)
{
  Group *group;

  g_return_if_fail (SAM_IS_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    return;

  group = g_steal_pointer (&self->open);
  if (group->edits->len == 0)
    {
      group_free (group);
      return;
    }

  g_ptr_array_add (self->undo, group);
  self->sealed = TRUE;
  update_state (self);
}

void
sam_history_set_property (SamHistory   *self,
                          GObject      *object,
                          const char   *property,
                          const GValue *value,
                          gboolean      mergeable)
{
  GParamSpec *pspec;
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;
  Edit *edit;

  g_return_if_fail (SAM_IS_HISTORY (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);

  g_value_init (&old_value, pspec->value_type);
  g_object_get_property (object, pspec->name, &old_value);
  g_value_init (&new_value, pspec->value_type);
  if (!g_value_transform (value, &new_value))
    g_return_if_reached ();
  g_param_value_validate (pspec, &new_value);

  if (g_param_values_cmp (pspec, &old_value, &new_value) == 0)
    return;

  emit_changing (self);
  g_object_set_property (object, pspec->name, &new_value);
  touch (self, object);

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_PROPERTY;
  edit_set_object (self, edit, object);
  edit->property = g_intern_string (pspec->name);
  g_value_init (&edit->old_value, pspec->value_type);
  g_value_copy (&old_value, &edit->old_value);
  g_value_init (&edit->new_value, pspec->value_type);
  g_value_copy (&new_value, &edit->new_value);

  push_edit (self, edit, mergeable);
}

void
sam_history_insert (SamHistory *self,
                    GListStore *store,
                    guint       position,
                    GObject    *item)
{
  Edit *edit;

  g_return_if_fail (SAM_IS_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (G_IS_OBJECT (item));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)));

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_INSERT;
  edit->store = g_object_ref (store);
  edit_set_object (self, edit, item);
  edit->position = position;

  emit_changing (self);
  apply_edit (self, edit, TRUE);
  push_edit (self, edit, FALSE);
}

void
sam_history_remove (SamHistory *self,
                    GListStore *store,
                    guint       position)
{
  Edit *edit;

  g_return_if_fail (SAM_IS_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (store)));

  emit_changing (self);
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_REMOVE;
  edit->store = g_object_ref (store);
  edit->owned = TRUE;
  edit->object = g_list_model_get_item (G_LIST_MODEL (store), position);
  edit->position = position;

  apply_edit (self, edit, TRUE);
  push_edit (self, edit, FALSE);
}

void
sam_history_seal (SamHistory *self)
{
  g_return_if_fail (SAM_IS_HISTORY (self));

  self->sealed = TRUE;
}

gboolean
sam_history_can_undo (SamHistory *self)
{
  g_return_val_if_fail (SAM_IS_HISTORY (self), FALSE);
  return self->can_undo;
}

gboolean
sam_history_can_redo (SamHistory *self)
{
  g_return_val_if_fail (SAM_IS_HISTORY (self), FALSE);
  return self->can_redo;
}

const char *
sam_history_get_undo_label (SamHistory *self)
{
  g_return_val_if_fail (SAM_IS_HISTORY (self), NULL);

  if (self->undo->len == 0)
    return NULL;
  return ((Group *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

const char *
sam_history_get_redo_label (SamHistory *self)
{
  g_return_val_if_fail (SAM_IS_HISTORY (self), NULL);

  if (self->redo->len == 0)
    return NULL;
  return ((Group *) g_ptr_array_index (self->redo, self->redo->len - 1))->label;
}

gboolean
sam_history_undo (SamHistory *self)
{
  Group *group;

  g_return_val_if_fail (SAM_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->open == NULL, FALSE);

  if (self->undo->len == 0)
    return FALSE;

  emit_changing (self);
  group = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  for (guint i = group->edits->len; i > 0; i--)
    apply_edit (self, g_ptr_array_index (group->edits, i - 1), FALSE);
  g_ptr_array_add (self->redo, group);
  self->sealed = TRUE;

  update_state (self);
  return TRUE;
}

gboolean
sam_history_redo (SamHistory *self)
{
  Group *group;

  g_return_val_if_fail (SAM_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->open == NULL, FALSE);

  if (self->redo->len == 0)
    return FALSE;

  emit_changing (self);
  group = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  for (guint i = 0; i < group->edits->len; i++)
    apply_edit (self, g_ptr_array_index (group->edits, i), TRUE);
  g_ptr_array_add (self->undo, group);
  self->sealed = TRUE;

  update_state (self);
  return TRUE;
}

void
sam_history_clear (SamHistory *self)
{
  g_return_if_fail (SAM_IS_HISTORY (self));
  g_return_if_fail (self->open == NULL);

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->clean_index = 0;
  self->sealed = TRUE;
  update_state (self);
}

gboolean
sam_history_get_dirty (SamHistory *self)
{
  g_return_val_if_fail (SAM_IS_HISTORY (self), FALSE);
  return self->dirty;
}

void
sam_history_mark_clean (SamHistory *self)
{
  g_return_if_fail (SAM_IS_HISTORY (self));

  self->clean_index = self->undo->len;
  self->sealed = TRUE;
  update_state (self);
}

void
sam_history_mark_unclean (SamHistory *self)
{
  g_return_if_fail (SAM_IS_HISTORY (self));

  self->clean_index = -1;
  update_state (self);
}
