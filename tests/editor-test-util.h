/* editor-test-util.h: helpers shared by the editor tests (header only) */
#pragma once

#include <gtk/gtk.h>

#include "sam-project.h"
#include "sam-window.h"
#include "test-util.h"

/* A real main window holding @project, shown. */
static inline SamWindow *
window_new_with (SamProject *project)
{
  SamWindow *window = g_object_new (SAM_TYPE_WINDOW, NULL);

  sam_window_set_project (window, project, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  return window;
}

static inline GtkWidget *
window_page (SamWindow  *window,
             const char *name)
{
  return sam_window_get_editor (window, name);
}

static inline void
window_destroy (SamWindow *window)
{
  /* Nothing was saved; drop the window without asking. */
  sam_history_mark_clean (sam_project_get_history (sam_window_get_project (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_loop ();
}

/* Types @text into @widget one character at a time, as a user would. */
static inline void
type_text (GtkWidget  *widget,
           const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      char ch[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), ch);
      if (GTK_IS_TEXT_VIEW (widget))
        gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), ch, -1);
      else
        {
          int pos = gtk_editable_get_position (GTK_EDITABLE (widget));

          gtk_editable_insert_text (GTK_EDITABLE (widget), ch, -1, &pos);
          gtk_editable_set_position (GTK_EDITABLE (widget), pos);
        }
    }
}

static inline char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static inline void
undo (SamWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
}

static inline void
redo (SamWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
}

/* The first widget of @type under @root for which @match (if given) holds. */
static inline GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             gboolean (*match) (GtkWidget *, gpointer),
             gpointer   data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline guint
count_widgets (GtkWidget *root,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type);
  return n;
}
