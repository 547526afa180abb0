/* sam-a11y.h: names a screen reader can say
 *
 * GTK 4.8 names a control by its accessible label, and says the class name
 * ("GtkTextView", "GtkImage") when there is none; it does not follow a
 * labelled-by relation to a plain GtkLabel, and it reads a button's
 * mnemonic label with its underscore and then once more from the label
 * inside ("_Open Open").  These helpers give every control the name a
 * person should hear, on 4.8 and on newer GTK alike.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @name for @widget (an icon-only button, a field without a visible label,
 * a drop-down: its inner button, which takes the focus, too). */
void sam_a11y_set_name       (GtkWidget  *widget,
                              const char *name);
/* @widget is labelled by the visible @label: the relation, and the label's
 * text (without its mnemonic underscore) as the name GTK 4.8 reads. */
void sam_a11y_set_labelled   (GtkWidget  *widget,
                              GtkWidget  *label);
/* Every button, check button, menu button and expander under @root with a
 * mnemonic label is named by that label once, without the underscore, now
 * and whenever the label changes; a drop-down's inner button is named by
 * the drop-down's mnemonic label. */
void sam_a11y_fix_mnemonics  (GtkWidget  *root);

/* Names for the parts of a GtkShortcutsWindow that GTK 4.8 leaves without. */
void sam_a11y_fix_shortcuts_window (GtkWidget *root);

/* Names for the text views of a GtkAboutDialog, from their page titles. */
void sam_a11y_fix_about_dialog     (GtkWidget *root);

/* From now on, every item of every GtkPopoverMenu this process shows (the
 * app's menus and GTK's own context menus) is named with its text when the
 * menu maps, for GTK 4.18, whose menu items compute an empty name. */
void sam_a11y_watch_popover_menus  (void);

/* Names for the controls of GTK's own file chooser and print dialogs
 * (GtkFileChooserDialog, GtkPrintUnixDialog) under @root, from the labels
 * they show next to them. */
void sam_a11y_fix_gtk_dialog       (GtkWidget *root);
/* From now on, every such dialog this process shows (through
 * GtkFileChooserNative without a portal, or GtkPrintOperation, which do
 * not hand the dialog to the app) is fixed when it maps. */
void sam_a11y_watch_gtk_dialogs    (void);

G_END_DECLS
