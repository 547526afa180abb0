/* sam-a11y.c: names a screen reader can say */

#define G_LOG_DOMAIN "sam-a11y"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

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

/* Calls @visit on @root and on every widget below it, parents first.  A
 * widget for which @visit returns FALSE keeps its children to itself. */
static void
walk_widgets (GtkWidget  *root,
              gboolean  (*visit) (GtkWidget *widget,
                                  gpointer   data),
              gpointer    data)
{
  if (!visit (root, data))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk_widgets (child, visit, data);
}

static gboolean
fix_mnemonic (GtkWidget *root,
              gpointer   data)
{
  if (GTK_IS_DROP_DOWN (root))
    {
      name_drop_down_button (root);
      return FALSE;
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
        return FALSE;
    }
  return TRUE;
}

void
sam_a11y_fix_mnemonics (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  walk_widgets (root, fix_mnemonic, NULL);
}

/* GtkShortcutsWindow (GTK 4.8) leaves its search field, its search and
 * section buttons nameless, and numbers its pages "_1", "_2". */
static gboolean
fix_shortcuts_widget (GtkWidget *root,
                      gpointer   data)
{
  GtkWidget *parent = gtk_widget_get_parent (root);

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
  return TRUE;
}

void
sam_a11y_fix_shortcuts_window (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  walk_widgets (root, fix_shortcuts_widget, NULL);
}

static gboolean
name_text_view (GtkWidget *widget,
                gpointer   name)
{
  if (GTK_IS_TEXT_VIEW (widget))
    sam_a11y_set_name (widget, name);
  return TRUE;
}

/* GtkAboutDialog (GTK 4.8) shows its licence and system information in
 * text views without a name: each is named by the title of its page. */
static gboolean
fix_about_widget (GtkWidget *widget,
                  gpointer   data)
{
  if (!GTK_IS_STACK (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *title = gtk_stack_page_get_title (gtk_stack_get_page (GTK_STACK (widget), child));

      if (title != NULL)
        walk_widgets (child, name_text_view, (gpointer) title);
    }
  return TRUE;
}

void
sam_a11y_fix_about_dialog (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  walk_widgets (root, fix_about_widget, NULL);
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

static gboolean
name_menu_item (GtkWidget *root,
                gpointer   data)
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
  return TRUE;
}

/* Every GtkPopoverMenu, the app's own (the primary menu) and GTK's (the
 * context menu of every text field and entry, made by GTK when it first
 * opens), gets its items named each time it maps: items come and go with
 * the model and with their actions.  One emission hook on GtkWidget::map
 * sees every widget this process maps; it is a type check for all but
 * the menus. */
static gboolean
popover_menu_map_hook (GSignalInvocationHint *hint,
                       guint                  n_params,
                       const GValue          *params,
                       gpointer               user_data)
{
  GObject *widget = g_value_get_object (&params[0]);

  if (GTK_IS_POPOVER_MENU (widget))
    walk_widgets (GTK_WIDGET (widget), name_menu_item, NULL);
  return TRUE;   /* stay installed */
}

void
sam_a11y_watch_popover_menus (void)
{
  static gboolean watching;
  guint map_signal;

  if (watching)
    return;
  watching = TRUE;
  /* A class's signals exist once the class is made: kept for the process. */
  g_type_class_ref (GTK_TYPE_WIDGET);
  map_signal = g_signal_lookup ("map", GTK_TYPE_WIDGET);
  g_signal_add_emission_hook (map_signal, 0, popover_menu_map_hook, NULL, NULL);
}

/* ---- GTK's own file chooser and print dialogs ----
 *
 * GtkFileChooserNative (without a portal: a GtkFileChooserDialog in this
 * process) and GtkPrintOperation make their dialogs where the app cannot
 * reach them before they show.  GTK 4.8 leaves many of their controls
 * without a name a listener can use: their mnemonic buttons read
 * "_Open Open", drop-downs and entries next to their labels read
 * "GtkDropDown", "GtkEntry", icon buttons "GtkImage", a notebook's tabs
 * all read "Tab".  sam_a11y_watch_gtk_dialogs() names them when such a
 * dialog maps, from what the dialog itself shows. */

static char *
text_of_labels (GtkWidget *root)
{
  /* The text of the one label under @root (a column header, a path
   * segment); NULL when there is none or more than one. */
  GtkWidget *found = NULL;
  guint n = 0;
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, root);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_LABEL (w) && gtk_widget_get_visible (w))
        {
          found = w;
          n++;
        }
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  if (n != 1)
    return NULL;
  return g_strdup (gtk_label_get_text (GTK_LABEL (found)));
}

/* The label whose mnemonic goes to @widget or, as for the print dialog's
 * printer options (a GtkPrinterOptionWidget around the drop-down), to the
 * widget just around it. */
static char *
text_of_mnemonic_label (GtkWidget *widget)
{
  char *text = NULL;

  for (int level = 0; level < 2 && widget != NULL && text == NULL; level++)
    {
      GList *labels = gtk_widget_list_mnemonic_labels (widget);

      if (labels != NULL && GTK_IS_LABEL (labels->data))
        text = g_strdup (gtk_label_get_text (labels->data));
      g_list_free (labels);
      widget = gtk_widget_get_parent (widget);
    }
  return text;
}

static gboolean
has_own_mnemonic_label (GtkWidget *widget)
{
  GList *labels = gtk_widget_list_mnemonic_labels (widget);
  gboolean has = labels != NULL;

  g_list_free (labels);
  return has;
}

/* The label or check button just before @widget among its siblings, which
 * is what a grid row shows in front of a field ("Pag_es:" [entry]). */
static char *
text_of_previous_sibling (GtkWidget *widget)
{
  GtkWidget *prev = gtk_widget_get_prev_sibling (widget);
  const char *label = NULL;

  if (GTK_IS_LABEL (prev))
    return g_strdup (gtk_label_get_text (GTK_LABEL (prev)));
  if (GTK_IS_CHECK_BUTTON (prev))
    label = gtk_check_button_get_label (GTK_CHECK_BUTTON (prev));
  return label != NULL ? strip_mnemonic (label) : NULL;
}

static gboolean
has_ancestor_type (GtkWidget  *widget,
                   const char *type_name)
{
  GType type = g_type_from_name (type_name);

  return type != 0 && gtk_widget_get_ancestor (widget, type) != NULL;
}

static const char *
icon_name_of (GtkWidget *button)
{
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));

  if (GTK_IS_IMAGE (child) && gtk_image_get_storage_type (GTK_IMAGE (child)) == GTK_IMAGE_ICON_NAME)
    return gtk_image_get_icon_name (GTK_IMAGE (child));
  return NULL;
}

static void
name_trimmed (GtkWidget  *widget,
              const char *text)
{
  g_autofree char *name = NULL;

  if (text == NULL)
    return;
  /* "Pages:" is read as "Pages". */
  name = g_strstrip (g_strdup (text));
  if (g_str_has_suffix (name, ":"))
    name[strlen (name) - 1] = '\0';
  if (name[0] != '\0')
    sam_a11y_set_name (widget, name);
}

static void fix_gtk_dialog_tree (GtkWidget *root);

static void
path_bar_children_cb (GListModel *children,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GtkWidget  *path_bar)
{
  /* Its buttons come and go with the folder shown. */
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) child = g_list_model_get_item (children, i);

      fix_gtk_dialog_tree (child);
    }
}

static gboolean
fix_gtk_dialog_widget (GtkWidget *w,
                       gpointer   data)
{
  g_autofree char *text = NULL;
  GtkWidget *parent = gtk_widget_get_parent (w);

  if (GTK_IS_NOTEBOOK (w))
    {
      /* Each tab is named by its label, not "Tab". */
      for (int i = 0; i < gtk_notebook_get_n_pages (GTK_NOTEBOOK (w)); i++)
        {
          GtkWidget *page = gtk_notebook_get_nth_page (GTK_NOTEBOOK (w), i);
          GtkWidget *tab_label = gtk_notebook_get_tab_label (GTK_NOTEBOOK (w), page);
          GtkWidget *tab = tab_label != NULL ? gtk_widget_get_parent (tab_label) : NULL;

          if (GTK_IS_LABEL (tab_label) && tab != NULL)
            name_trimmed (tab, gtk_label_get_text (GTK_LABEL (tab_label)));
        }
    }
  else if (g_strcmp0 (G_OBJECT_TYPE_NAME (w), "GtkPathBar") == 0)
    {
      if (g_object_get_data (G_OBJECT (w), "sam-a11y-children") == NULL)
        {
          /* Watching children costs GTK some bookkeeping: one path bar. */
          GListModel *children = gtk_widget_observe_children (w);

          g_object_set_data_full (G_OBJECT (w), "sam-a11y-children", children, g_object_unref);
          g_signal_connect_object (children, "items-changed", G_CALLBACK (path_bar_children_cb), w, 0);
        }
    }
  else if (GTK_IS_DROP_DOWN (w))
    {
      /* A drop-down with a mnemonic label of its own is named by it
       * already (naming it again reads "Scale Scale:"); its inner button
       * is named by sam_a11y_fix_mnemonics(). */
      if (has_own_mnemonic_label (w))
        return TRUE;
      text = text_of_mnemonic_label (w);
      if (text == NULL)
        text = text_of_previous_sibling (w);
      if (text == NULL && has_ancestor_type (w, "GtkFileChooserWidget"))
        text = g_strdup (_("File Type"));
      name_trimmed (w, text);
    }
  else if (GTK_IS_SEARCH_ENTRY (w))
    sam_a11y_set_name (w, _("Search Files"));
  else if (g_strcmp0 (G_OBJECT_TYPE_NAME (w), "GtkFileChooserEntry") == 0)
    sam_a11y_set_name (w, _("Location"));
  else if ((GTK_IS_ENTRY (w) && gtk_entry_get_placeholder_text (GTK_ENTRY (w)) == NULL)
           || GTK_IS_SPIN_BUTTON (w))
    {
      /* (An entry with a placeholder is named by it: "Connect to Server",
       * and one with a mnemonic label of its own by that: "Copies:".) */
      if (has_own_mnemonic_label (w))
        return TRUE;
      text = text_of_mnemonic_label (w);
      if (text == NULL)
        text = text_of_previous_sibling (w);
      name_trimmed (w, text);
    }
  else if (GTK_IS_MENU_BUTTON (w) && gtk_menu_button_get_label (GTK_MENU_BUTTON (w)) == NULL)
    {
      const char *tooltip = gtk_widget_get_tooltip_text (w);

      if (tooltip != NULL)
        sam_a11y_set_name (w, tooltip);
      else if (has_ancestor_type (w, "GtkPlacesView"))
        /* "Connect to Server": the servers used before. */
        sam_a11y_set_name (w, _("Recent Servers"));
    }
  else if (GTK_IS_BUTTON (w) && !GTK_IS_MENU_BUTTON (parent) && !GTK_IS_SPIN_BUTTON (parent)
           && gtk_button_get_label (GTK_BUTTON (w)) == NULL)
    {
      const char *icon = icon_name_of (w);
      const char *tooltip = gtk_widget_get_tooltip_text (w);

      if (tooltip != NULL)
        sam_a11y_set_name (w, tooltip);
      else if ((text = text_of_labels (w)) != NULL)
        sam_a11y_set_name (w, text);
      else if (g_strcmp0 (icon, "pan-start-symbolic") == 0)
        sam_a11y_set_name (w, _("Scroll Path Back"));
      else if (g_strcmp0 (icon, "pan-end-symbolic") == 0)
        sam_a11y_set_name (w, _("Scroll Path Forward"));
      else if (GTK_IS_TOGGLE_BUTTON (w) && g_strcmp0 (G_OBJECT_TYPE_NAME (parent), "GtkPathBar") == 0
               && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (w))))
        /* The path bar shows "/" as an icon alone (a volume's top
         * folder has its name beside the icon). */
        sam_a11y_set_name (w, _("File System Root"));
    }
  return TRUE;
}

static void
fix_gtk_dialog_tree (GtkWidget *root)
{
  walk_widgets (root, fix_gtk_dialog_widget, NULL);
}

void
sam_a11y_fix_gtk_dialog (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  sam_a11y_fix_mnemonics (root);
  fix_gtk_dialog_tree (root);
}

static void
gtk_dialog_map_cb (GtkWidget *dialog,
                   gpointer   user_data)
{
  sam_a11y_fix_gtk_dialog (dialog);
}

static void
gtk_dialog_printer_cb (GtkWidget  *dialog,
                       GParamSpec *pspec,
                       gpointer    user_data)
{
  sam_a11y_fix_gtk_dialog (dialog);
}

/* Some parts are made only when first used, like the file chooser's
 * location field (Ctrl+L): named when they take the focus. */
static void
gtk_dialog_focus_cb (GtkWindow  *dialog,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  GtkWidget *focus = gtk_window_get_focus (dialog);
  GtkWidget *entry = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;

  if (entry != NULL)
    sam_a11y_fix_gtk_dialog (entry);
  else if (focus != NULL)
    sam_a11y_fix_gtk_dialog (focus);
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      const char *type = G_OBJECT_TYPE_NAME (window);

      if ((g_strcmp0 (type, "GtkFileChooserDialog") == 0 || g_strcmp0 (type, "GtkPrintUnixDialog") == 0) &&
          g_object_get_data (G_OBJECT (window), "sam-a11y-watched") == NULL)
        {
          /* Its buttons are added after it is made: name it when it maps. */
          g_object_set_data (G_OBJECT (window), "sam-a11y-watched", GINT_TO_POINTER (1));
          g_signal_connect (window, "map", G_CALLBACK (gtk_dialog_map_cb), NULL);
          g_signal_connect (window, "notify::focus-widget", G_CALLBACK (gtk_dialog_focus_cb), NULL);
          /* The print dialog makes the printer's options anew for each
           * printer chosen (and when the printer's details arrive), then
           * notifies. */
          if (g_object_class_find_property (G_OBJECT_GET_CLASS (window), "selected-printer") != NULL)
            g_signal_connect (window, "notify::selected-printer", G_CALLBACK (gtk_dialog_printer_cb), NULL);
        }
    }
}

void
sam_a11y_watch_gtk_dialogs (void)
{
  static gboolean watching;
  GListModel *toplevels;

  if (watching)
    return;
  watching = TRUE;
  toplevels = gtk_window_get_toplevels ();
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), NULL);
}
