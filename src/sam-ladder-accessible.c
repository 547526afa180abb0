/* sam-ladder-accessible.c: the canvas's rungs and chips as accessibles */

#define G_LOG_DOMAIN "samenspel-ladder-view"

#include "config.h"

#include "sam-ladder-accessible.h"

#if GTK_CHECK_VERSION (4, 10, 0)

struct _SamLadderAccessible
{
  GObject              parent_instance;

  GtkAccessible       *parent;       /* not owned: it owns us */
  GtkAccessible       *next;         /* not owned: our parent holds it */
  GPtrArray           *children;     /* SamLadderAccessible, owned */
  GtkATContext        *at_context;
  GtkAccessibleRole    role;
  int                  x, y, width, height;
};

enum {
  PROP_0,
  PROP_ACCESSIBLE_ROLE,
  N_PROPS
};

static void sam_ladder_accessible_iface_init (GtkAccessibleInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SamLadderAccessible, sam_ladder_accessible, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_ACCESSIBLE, sam_ladder_accessible_iface_init))

static GtkATContext *
get_at_context (GtkAccessible *accessible)
{
  SamLadderAccessible *self = SAM_LADDER_ACCESSIBLE (accessible);

  if (self->at_context == NULL)
    self->at_context = gtk_at_context_create (self->role, accessible, gdk_display_get_default ());
  return self->at_context != NULL ? g_object_ref (self->at_context) : NULL;
}

static gboolean
get_platform_state (GtkAccessible              *accessible,
                    GtkAccessiblePlatformState  state)
{
  return FALSE;
}

static GtkAccessible *
get_accessible_parent (GtkAccessible *accessible)
{
  SamLadderAccessible *self = SAM_LADDER_ACCESSIBLE (accessible);

  return self->parent != NULL ? g_object_ref (self->parent) : NULL;
}

static GtkAccessible *
get_first_accessible_child (GtkAccessible *accessible)
{
  SamLadderAccessible *self = SAM_LADDER_ACCESSIBLE (accessible);

  if (self->children->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->children, 0));
}

static GtkAccessible *
get_next_accessible_sibling (GtkAccessible *accessible)
{
  SamLadderAccessible *self = SAM_LADDER_ACCESSIBLE (accessible);

  return self->next != NULL ? g_object_ref (self->next) : NULL;
}

static gboolean
get_bounds (GtkAccessible *accessible,
            int           *x,
            int           *y,
            int           *width,
            int           *height)
{
  SamLadderAccessible *self = SAM_LADDER_ACCESSIBLE (accessible);

  *x = self->x;
  *y = self->y;
  *width = self->width;
  *height = self->height;
  return TRUE;
}

static void
sam_ladder_accessible_iface_init (GtkAccessibleInterface *iface)
{
  iface->get_at_context = get_at_context;
  iface->get_platform_state = get_platform_state;
  iface->get_accessible_parent = get_accessible_parent;
  iface->get_first_accessible_child = get_first_accessible_child;
  iface->get_next_accessible_sibling = get_next_accessible_sibling;
  iface->get_bounds = get_bounds;
}

static void
sam_ladder_accessible_dispose (GObject *object)
{
  SamLadderAccessible *self = SAM_LADDER_ACCESSIBLE (object);

  g_clear_object (&self->at_context);
  g_clear_pointer (&self->children, g_ptr_array_unref);

  G_OBJECT_CLASS (sam_ladder_accessible_parent_class)->dispose (object);
}

static void
sam_ladder_accessible_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SamLadderAccessible *self = SAM_LADDER_ACCESSIBLE (object);

  switch (prop_id)
    {
    case PROP_ACCESSIBLE_ROLE:
      g_value_set_enum (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_ladder_accessible_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SamLadderAccessible *self = SAM_LADDER_ACCESSIBLE (object);

  switch (prop_id)
    {
    case PROP_ACCESSIBLE_ROLE:
      self->role = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_ladder_accessible_class_init (SamLadderAccessibleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sam_ladder_accessible_dispose;
  object_class->get_property = sam_ladder_accessible_get_property;
  object_class->set_property = sam_ladder_accessible_set_property;

  g_object_class_override_property (object_class, PROP_ACCESSIBLE_ROLE, "accessible-role");
}

static void
sam_ladder_accessible_init (SamLadderAccessible *self)
{
  self->children = g_ptr_array_new_with_free_func (g_object_unref);
  self->role = GTK_ACCESSIBLE_ROLE_GROUP;
}

SamLadderAccessible *
sam_ladder_accessible_new (GtkAccessible     *parent,
                           GtkAccessibleRole  role,
                           const char        *name,
                           const char        *description,
                           int                x,
                           int                y,
                           int                width,
                           int                height)
{
  SamLadderAccessible *self;

  g_return_val_if_fail (GTK_IS_ACCESSIBLE (parent), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (SAM_TYPE_LADDER_ACCESSIBLE, "accessible-role", role, NULL);
  self->parent = parent;
  self->x = x;
  self->y = y;
  self->width = width;
  self->height = height;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  return self;
}

void
sam_ladder_accessible_add_child (SamLadderAccessible *self,
                                 SamLadderAccessible *child)
{
  g_return_if_fail (SAM_IS_LADDER_ACCESSIBLE (self));
  g_return_if_fail (SAM_IS_LADDER_ACCESSIBLE (child));

  g_ptr_array_add (self->children, child);
  sam_ladder_accessible_link (self->children, NULL);
}

void
sam_ladder_accessible_link (GPtrArray     *siblings,
                            GtkAccessible *last_next)
{
  for (guint i = 0; i < siblings->len; i++)
    {
      SamLadderAccessible *a = g_ptr_array_index (siblings, i);

      a->next = i + 1 < siblings->len ? g_ptr_array_index (siblings, i + 1) : last_next;
    }
}

void
sam_ladder_accessible_set_bounds (SamLadderAccessible *self,
                                  int                  x,
                                  int                  y,
                                  int                  width,
                                  int                  height)
{
  g_return_if_fail (SAM_IS_LADDER_ACCESSIBLE (self));

  self->x = x;
  self->y = y;
  self->width = width;
  self->height = height;
}

SamLadderAccessible *
sam_ladder_accessible_get_child (SamLadderAccessible *self,
                                 guint                i)
{
  g_return_val_if_fail (SAM_IS_LADDER_ACCESSIBLE (self), NULL);

  return i < self->children->len ? g_ptr_array_index (self->children, i) : NULL;
}

#endif /* GTK 4.10 */
