/* sam-a11y.c: names a screen reader can say */

#define G_LOG_DOMAIN "sam-a11y"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-a11y.h"

/* GtkDropDown hands the focus to a toggle button inside it, and that
 * button is what a screen reader announces while the user is on it. */
static GtkWidget *
drop_down_button (GtkWidget *drop_down)
{
  for (GtkWidget *child = gtk_widget_get_first_child (drop_down);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      return child;
  return NULL;
}

void
sam_a11y_set_name (GtkWidget  *widget,
                   const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  if (GTK_IS_DROP_DOWN (widget))
    {
      GtkWidget *button = drop_down_button (widget);

      if (button != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                        -1);
    }
}

void
sam_a11y_set_labelled (GtkWidget *widget,
                       GtkWidget *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  /* gtk_label_get_text: the text as shown, mnemonic underscore removed. */
  sam_a11y_set_name (widget, gtk_label_get_text (GTK_LABEL (label)));
}

static char *
strip_mnemonic (const char *label)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          p++;
          if (*p == '\0')
            break;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
name_from_label (GtkWidget *widget)
{
  g_autofree char *name = NULL;
  const char *label = NULL;

  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)))
    {
      /* The label inside names the button; the property GtkButton sets
       * itself only adds the underscored text in front of it. */
      if (gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
        gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }
  if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)))
    label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
  else if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (widget)))
    label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
  else if (GTK_IS_EXPANDER (widget) && gtk_expander_get_use_underline (GTK_EXPANDER (widget)))
    label = gtk_expander_get_label (GTK_EXPANDER (widget));
  if (label == NULL)
    return;

  name = strip_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
label_notify_cb (GtkWidget  *widget,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  name_from_label (widget);
}

/* A drop-down with a visible mnemonic label ("_Category") is named by it,
 * but the button inside, which has the focus, is not. */
static void
name_drop_down_button (GtkWidget *drop_down)
{
  GList *labels = gtk_widget_list_mnemonic_labels (drop_down);
  GtkWidget *button = drop_down_button (drop_down);

  if (labels != NULL && button != NULL && GTK_IS_LABEL (labels->data))
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_label_get_text (labels->data),
                                    -1);
  g_list_free (labels);
}

void
sam_a11y_fix_mnemonics (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_DROP_DOWN (root))
    {
      name_drop_down_button (root);
      return;
    }

  if (GTK_IS_BUTTON (root) || GTK_IS_CHECK_BUTTON (root) ||
      GTK_IS_MENU_BUTTON (root) || GTK_IS_EXPANDER (root))
    {
      if (g_object_get_data (G_OBJECT (root), "sam-a11y-mnemonic") == NULL)
        {
          g_object_set_data (G_OBJECT (root), "sam-a11y-mnemonic", GINT_TO_POINTER (1));
          g_signal_connect_after (root, "notify::label", G_CALLBACK (label_notify_cb), NULL);
          g_signal_connect_after (root, "notify::use-underline", G_CALLBACK (label_notify_cb), NULL);
        }
      name_from_label (root);
      /* A menu button's inner toggle and popover are its own. */
      if (GTK_IS_MENU_BUTTON (root))
        return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    sam_a11y_fix_mnemonics (child);
}

/* GtkShortcutsWindow (GTK 4.8) leaves its search field, its search and
 * section buttons nameless, and numbers its pages "_1", "_2". */
void
sam_a11y_fix_shortcuts_window (GtkWidget *root)
{
  GtkWidget *parent = gtk_widget_get_parent (root);

  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_SEARCH_ENTRY (root))
    sam_a11y_set_name (root, _("Search Shortcuts"));
  else if (GTK_IS_MENU_BUTTON (root))
    sam_a11y_set_name (root, _("Sections"));
  else if (GTK_IS_TOGGLE_BUTTON (root) && parent != NULL && GTK_IS_STACK_SWITCHER (parent))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (root));

      if (GTK_IS_LABEL (child))
        {
          /* Translators: a page of the keyboard shortcuts window, "Page 2" */
          g_autofree char *name = g_strdup_printf (_("Page %s"), gtk_label_get_text (GTK_LABEL (child)));

          sam_a11y_set_name (root, name);
        }
    }
  else if (GTK_IS_TOGGLE_BUTTON (root) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (root))))
    sam_a11y_set_name (root, _("Search"));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    sam_a11y_fix_shortcuts_window (child);
}

static void
name_text_views (GtkWidget  *root,
                 const char *name)
{
  if (GTK_IS_TEXT_VIEW (root))
    sam_a11y_set_name (root, name);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_text_views (child, name);
}

/* GtkAboutDialog (GTK 4.8) shows its licence and system information in
 * text views without a name: each is named by the title of its page. */
void
sam_a11y_fix_about_dialog (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_STACK (root))
        {
          const char *title = gtk_stack_page_get_title (gtk_stack_get_page (GTK_STACK (root), child));

          if (title != NULL)
            name_text_views (child, title);
        }
      sam_a11y_fix_about_dialog (child);
    }
}

/* GTK 4.18 (Debian 13; not GTK 4.8) gives a GtkPopoverMenu item, a private
 * GtkModelButton, no name a screen reader can read: the item is named only
 * by a labelled-by relation to the label inside it, but that label has the
 * "presentation" role, which is not in the accessibility tree (the
 * relation points at nothing) and for which a GtkLabel does not set its
 * accessible label, so GTK's name computation, which follows the relation
 * and looks no further, comes out empty.  So each item is named with its
 * text (as shown, without the mnemonic underscore) and the relation is
 * removed; the model button puts the relation back whenever one of these
 * properties changes (a check item toggled, say), so it is named again
 * after each. */
static const char * const model_button_properties[] = {
  "text", "role", "active", "menu-name", "popover", "accel",
};

static void
name_model_button (GtkWidget *button)
{
  g_autofree char *text = NULL;

  g_object_get (button, "text", &text, NULL);
  if (text == NULL || text[0] == '\0')
    return;
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

static void
model_button_notify_cb (GtkWidget  *button,
                        GParamSpec *pspec,
                        gpointer    user_data)
{
  name_model_button (button);
}

static void
name_menu_items (GtkWidget *root)
{
  GType model_button = g_type_from_name ("GtkModelButton");

  if (model_button != 0 && G_TYPE_CHECK_INSTANCE_TYPE (root, model_button))
    {
      if (g_object_get_data (G_OBJECT (root), "sam-a11y-menu-item") == NULL)
        {
          g_object_set_data (G_OBJECT (root), "sam-a11y-menu-item", GINT_TO_POINTER (1));
          for (guint i = 0; i < G_N_ELEMENTS (model_button_properties); i++)
            {
              g_autofree char *signal = g_strconcat ("notify::", model_button_properties[i], NULL);

              g_signal_connect_after (root, signal, G_CALLBACK (model_button_notify_cb), NULL);
            }
        }
      name_model_button (root);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_menu_items (child);
}

/* Items come and go with the model (and with their actions): the ones
 * there when the menu opens are named as it opens. */
static void
popover_menu_show_cb (GtkWidget *popover,
                      gpointer   user_data)
{
  name_menu_items (popover);
}

void
sam_a11y_fix_popover_menu (GtkWidget *popover)
{
  g_return_if_fail (GTK_IS_POPOVER_MENU (popover));

  g_signal_connect (popover, "show", G_CALLBACK (popover_menu_show_cb), NULL);
  name_menu_items (popover);
}
