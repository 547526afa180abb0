/* sam-editor-util.c: two-way links between editor widgets and the model */

#define G_LOG_DOMAIN "samenspel-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-editor-util.h"
#include "sam-ladder.h"

typedef enum {
  LINK_TEXT,
  LINK_DROP_DOWN,
  LINK_TOGGLE,
  LINK_CHOICE,
} LinkKind;

/* The choices of a drop-down made by sam_choice_drop_down_set_choices(). */
typedef struct {
  GStrv         values;
  guint         n_fixed;
  char         *extra;       /* a value outside the list, shown last */
  const char *(*custom_label) (const char *value);
} Choices;

#define CHOICES_KEY "sam-choices"

static void
choices_free (gpointer data)
{
  Choices *choices = data;

  g_strfreev (choices->values);
  g_free (choices->extra);
  g_free (choices);
}

void
sam_choice_drop_down_set_choices (GtkDropDown        *drop_down,
                                  const char * const *values,
                                  const char * const *labels,
                                  const char *      (*custom_label) (const char *value))
{
  Choices *choices = g_new0 (Choices, 1);

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  choices->values = g_strdupv ((char **) values);
  choices->n_fixed = g_strv_length (choices->values);
  choices->custom_label = custom_label;
  g_object_set_data_full (G_OBJECT (drop_down), CHOICES_KEY, choices, choices_free);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (gtk_string_list_new (labels)));
  g_object_unref (gtk_drop_down_get_model (drop_down));
}

const char *
sam_choice_drop_down_get_value (GtkDropDown *drop_down,
                                guint        position)
{
  Choices *choices = g_object_get_data (G_OBJECT (drop_down), CHOICES_KEY);

  g_return_val_if_fail (choices != NULL, NULL);

  if (position < choices->n_fixed)
    return choices->values[position];
  if (position == choices->n_fixed)
    return choices->extra;
  return NULL;
}

/* Selects @value, adding or dropping the extra entry as needed. */
static void
choice_select (GtkDropDown *drop_down,
               const char  *value)
{
  Choices *choices = g_object_get_data (G_OBJECT (drop_down), CHOICES_KEY);
  GtkStringList *list = GTK_STRING_LIST (gtk_drop_down_get_model (drop_down));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint position;

  for (position = 0; position < choices->n_fixed; position++)
    if (g_strcmp0 (choices->values[position], value) == 0)
      break;

  if (position == choices->n_fixed)
    {
      const char *label = choices->custom_label != NULL ? choices->custom_label (value) : value;

      if (n > choices->n_fixed)
        gtk_string_list_splice (list, choices->n_fixed, 1, NULL);
      g_free (choices->extra);
      choices->extra = g_strdup (value);
      gtk_string_list_append (list, label);
    }
  else if (n > choices->n_fixed)
    {
      gtk_string_list_splice (list, choices->n_fixed, 1, NULL);
      g_clear_pointer (&choices->extra, g_free);
    }

  if (gtk_drop_down_get_selected (drop_down) != position)
    gtk_drop_down_set_selected (drop_down, position);
}

/* One link per widget, kept in the widget's data; relinking a recycled
 * widget (list rows) swaps the object and keeps the widget's handlers. */
typedef struct {
  LinkKind    kind;
  GtkWidget  *widget;     /* owns the link */
  SamProject *project;
  GObject    *object;
  char       *property;
  gulong      notify_id;
  /* Set while the link itself writes to the widget or the model, so a
   * change coming back from the other side is not echoed into the
   * history (or into the widget, moving the cursor). */
  gboolean    updating;
} Link;

#define LINK_KEY "sam-link"

static void
link_detach (Link *link)
{
  if (link->object != NULL && link->notify_id != 0)
    g_signal_handler_disconnect (link->object, link->notify_id);
  link->notify_id = 0;
  g_clear_object (&link->object);
  g_clear_object (&link->project);
  g_clear_pointer (&link->property, g_free);
}

static void
link_free (gpointer data)
{
  Link *link = data;

  link_detach (link);
  g_free (link);
}

char *
sam_link_get_text (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static void
set_widget_text (GtkWidget  *widget,
                 const char *text)
{
  g_autofree char *current = sam_link_get_text (widget);

  if (g_strcmp0 (current, text) == 0)
    return;

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

/* Model -> widget. */
static void
link_pull (Link *link)
{
  link->updating = TRUE;

  switch (link->kind)
    {
    case LINK_TEXT:
      {
        g_autofree char *text = NULL;

        if (link->object != NULL)
          g_object_get (link->object, link->property, &text, NULL);
        set_widget_text (link->widget, text != NULL ? text : "");
      }
      break;

    case LINK_DROP_DOWN:
      {
        int value = 0;

        if (link->object != NULL)
          {
            g_auto(GValue) v = G_VALUE_INIT;

            g_object_get_property (link->object, link->property, &v);
            value = G_VALUE_HOLDS_ENUM (&v) ? g_value_get_enum (&v) : g_value_get_int (&v);
          }
        if (gtk_drop_down_get_selected (GTK_DROP_DOWN (link->widget)) != (guint) value)
          gtk_drop_down_set_selected (GTK_DROP_DOWN (link->widget), value);
      }
      break;

    case LINK_TOGGLE:
      {
        gboolean active = FALSE;
        gboolean current = FALSE;

        if (link->object != NULL)
          g_object_get (link->object, link->property, &active, NULL);
        g_object_get (link->widget, "active", &current, NULL);
        if (current != active)
          g_object_set (link->widget, "active", active, NULL);
      }
      break;

    case LINK_CHOICE:
      {
        g_autofree char *value = NULL;

        if (link->object != NULL)
          g_object_get (link->object, link->property, &value, NULL);
        choice_select (GTK_DROP_DOWN (link->widget), value != NULL ? value : "");
      }
      break;

    default:
      g_assert_not_reached ();
    }

  link->updating = FALSE;
}

static void
model_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  Link *link = user_data;

  if (!link->updating)
    link_pull (link);
}

/* Widget -> model, as one undoable edit. */
static void
widget_changed_cb (GtkWidget *widget)
{
  Link *link = g_object_get_data (G_OBJECT (widget), LINK_KEY);

  if (link == NULL || link->object == NULL || link->updating)
    return;

  link->updating = TRUE;

  switch (link->kind)
    {
    case LINK_TEXT:
      {
        g_autofree char *text = sam_link_get_text (widget);

        sam_project_set_string (link->project, link->object, link->property, text);
      }
      break;

    case LINK_DROP_DOWN:
      {
        guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (widget));
        GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (link->object),
                                                          link->property);

        if (selected == GTK_INVALID_LIST_POSITION)
          break;
        if (G_IS_PARAM_SPEC_ENUM (pspec))
          sam_project_set_enum (link->project, link->object, link->property, selected);
        else
          sam_project_set_int (link->project, link->object, link->property, selected);
      }
      break;

    case LINK_TOGGLE:
      {
        gboolean active = FALSE;

        g_object_get (widget, "active", &active, NULL);
        sam_project_set_boolean (link->project, link->object, link->property, active);
      }
      break;

    case LINK_CHOICE:
      {
        guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (widget));
        const char *value = sam_choice_drop_down_get_value (GTK_DROP_DOWN (widget), selected);

        if (value != NULL)
          sam_project_set_string (link->project, link->object, link->property, value);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  link->updating = FALSE;

  /* The model may have refused or normalised the value. */
  link_pull (link);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                gpointer                 user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  Link *link = g_object_get_data (G_OBJECT (widget), LINK_KEY);

  /* Leaving a field ends its typing step: the next change is a new one. */
  if (link != NULL && link->project != NULL)
    sam_history_seal (sam_project_get_history (link->project));
}

static Link *
link_ensure (GtkWidget *widget,
             LinkKind   kind)
{
  Link *link = g_object_get_data (G_OBJECT (widget), LINK_KEY);

  if (link != NULL)
    {
      g_assert (link->kind == kind);
      return link;
    }

  link = g_new0 (Link, 1);
  link->kind = kind;
  link->widget = widget;
  g_object_set_data_full (G_OBJECT (widget), LINK_KEY, link, link_free);

  switch (kind)
    {
    case LINK_TEXT:
      {
        GtkEventController *focus = gtk_event_controller_focus_new ();

        g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), NULL);
        gtk_widget_add_controller (widget, focus);

        /* The window's undo owns Ctrl+Z; a second, private undo stack in
         * the widget would disagree with the document's. */
        if (GTK_IS_TEXT_VIEW (widget))
          {
            GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));

            gtk_text_buffer_set_enable_undo (buffer, FALSE);
            g_signal_connect_object (buffer, "changed", G_CALLBACK (widget_changed_cb),
                                     widget, G_CONNECT_SWAPPED);
          }
        else
          {
            gtk_editable_set_enable_undo (GTK_EDITABLE (widget), FALSE);
            g_signal_connect (widget, "changed", G_CALLBACK (widget_changed_cb), NULL);
          }
      }
      break;

    case LINK_DROP_DOWN:
    case LINK_CHOICE:
      g_signal_connect (widget, "notify::selected", G_CALLBACK (widget_changed_cb), NULL);
      break;

    case LINK_TOGGLE:
      g_signal_connect (widget, "notify::active", G_CALLBACK (widget_changed_cb), NULL);
      break;

    default:
      g_assert_not_reached ();
    }

  return link;
}

static void
link_set (GtkWidget  *widget,
          LinkKind    kind,
          SamProject *project,
          gpointer    object,
          const char *property)
{
  Link *link = link_ensure (widget, kind);

  if (link->object == object && link->project == project &&
      g_strcmp0 (link->property, property) == 0)
    {
      link_pull (link);
      return;
    }

  /* Moving to another object ends the typing step on the old one. */
  if (link->project != NULL)
    sam_history_seal (sam_project_get_history (link->project));

  link_detach (link);

  if (object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      link->project = g_object_ref (project);
      link->object = g_object_ref (object);
      link->property = g_strdup (property);
      link->notify_id = g_signal_connect (object, signal, G_CALLBACK (model_notify_cb), link);
    }

  link_pull (link);
}

void
sam_link_text (GtkWidget  *widget,
               SamProject *project,
               gpointer    object,
               const char *property)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (widget) || GTK_IS_EDITABLE (widget));
  g_return_if_fail (object == NULL || (SAM_IS_PROJECT (project) && property != NULL));

  link_set (widget, LINK_TEXT, project, object, property);
}

void
sam_link_drop_down (GtkDropDown *drop_down,
                    SamProject  *project,
                    gpointer     object,
                    const char  *property)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (object == NULL || (SAM_IS_PROJECT (project) && property != NULL));

  link_set (GTK_WIDGET (drop_down), LINK_DROP_DOWN, project, object, property);
}

void
sam_link_toggle (GtkWidget  *widget,
                 SamProject *project,
                 gpointer    object,
                 const char *property)
{
  g_return_if_fail (GTK_IS_CHECK_BUTTON (widget) || GTK_IS_TOGGLE_BUTTON (widget));
  g_return_if_fail (object == NULL || (SAM_IS_PROJECT (project) && property != NULL));

  link_set (widget, LINK_TOGGLE, project, object, property);
}

void
sam_link_choice (GtkDropDown *drop_down,
                 SamProject  *project,
                 gpointer     object,
                 const char  *property)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (g_object_get_data (G_OBJECT (drop_down), CHOICES_KEY) != NULL);
  g_return_if_fail (object == NULL || (SAM_IS_PROJECT (project) && property != NULL));

  link_set (GTK_WIDGET (drop_down), LINK_CHOICE, project, object, property);
}

void
sam_editors_load_css (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "sam-editors-css") != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/sam-editors.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "sam-editors-css",
                          g_steal_pointer (&provider), g_object_unref);
}

GListModel *
sam_rung_model_new (SamSide side)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, C_("rung", "Not set"));
  for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
    {
      const SamLadderRole *role = sam_ladder_get_role (side, rung);
      /* Translators: a rung of the ladder: its number and role, "2 · Idea collector" */
      g_autofree char *label = g_strdup_printf (C_("rung", "%d · %s"), rung, role->title);

      gtk_string_list_append (list, label);
    }

  return G_LIST_MODEL (list);
}

GtkDropDown *
sam_rung_drop_down_new (SamSide side)
{
  return GTK_DROP_DOWN (gtk_drop_down_new (sam_rung_model_new (side), NULL));
}

GListModel *
sam_enum_model_new (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *list = gtk_string_list_new (NULL);

  /* The drop-down position is the value, so values must run 0, 1, 2, … */
  for (guint i = 0; i < klass->n_values; i++)
    {
      g_assert (klass->values[i].value == (int) i);
      gtk_string_list_append (list, sam_enum_to_label (enum_type, i));
    }

  return G_LIST_MODEL (list);
}

GtkDropDown *
sam_enum_drop_down_new (GType enum_type)
{
  return GTK_DROP_DOWN (gtk_drop_down_new (sam_enum_model_new (enum_type), NULL));
}
