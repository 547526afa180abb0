/* test-ladder-view.c: the ladder canvas in a real window (run under Xvfb)
 *
 * GTK 4 has no public way to synthesise key events, so keys are pressed
 * through the widget's own shortcut controller: the test looks up the
 * shortcut bound to a key and activates it, which runs exactly what a key
 * press runs after GTK has matched the event. */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "sam-export.h"

#include "sam-export-dialog.h"
#include "sam-ladder-view.h"
#include "ladder-fixtures.h"
#include "test-util.h"

typedef struct {
  SamProject *project;
  GtkWidget  *window;
  GtkWidget  *before;   /* focusable neighbours, for Tab in and out */
  GtkWidget  *view;
  GtkWidget  *after;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->project = fixture_culture_foundation ();
  f->window = gtk_window_new ();
  f->view = sam_ladder_view_new (f->project);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 700);
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    f->before = gtk_button_new_with_label ("Before");
    f->after = gtk_button_new_with_label ("After");
    gtk_widget_set_vexpand (f->view, TRUE);
    gtk_box_append (GTK_BOX (box), f->before);
    gtk_box_append (GTK_BOX (box), f->view);
    gtk_box_append (GTK_BOX (box), f->after);
    gtk_window_set_child (GTK_WINDOW (f->window), box);
  }
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for (sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view)) != NULL);
  gtk_widget_grab_focus (f->before);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  drain_main_loop ();
  g_assert_finalize_object (f->project);
}

static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, 0);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }
  g_error ("no shortcut for key %s", gdk_keyval_name (keyval));
}

static void
assert_focus (GtkWidget *view,
              SamSide    side,
              int        rung)
{
  SamSide s;
  int r;

  g_assert_true (sam_ladder_view_get_focus_rung (SAM_LADDER_VIEW (view), &s, &r));
  g_assert_cmpint (s, ==, side);
  g_assert_cmpint (r, ==, rung);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;
      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)))
        return found;
    }
  return NULL;
}

static void
test_view_keyboard (Fixture       *f,
                    gconstpointer  data)
{
  SamHistory *history = sam_project_get_history (f->project);
  GtkWidget *popover = sam_ladder_view_get_popover (SAM_LADDER_VIEW (f->view));
  const SamLadderGeometry *geo;
  GtkWidget *button;
  int steps = 0;

  /* Tab (what the window does on the Tab key) from the button before it
   * into the canvas: the first rung, outermost on the producer side. */
  g_assert_true (gtk_widget_has_focus (f->before));
  g_assert_true (gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (f->view));
  assert_focus (f->view, SAM_SIDE_PRODUCER, 1);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Organisation (producer), rung 1 of 4: Mass customiser. Marked as now"));

  press_key (f->view, GDK_KEY_Right);
  assert_focus (f->view, SAM_SIDE_PRODUCER, 2);
  press_key (f->view, GDK_KEY_Up);
  assert_focus (f->view, SAM_SIDE_PRODUCER, 3);
  press_key (f->view, GDK_KEY_Right);
  press_key (f->view, GDK_KEY_Right);
  assert_focus (f->view, SAM_SIDE_CONSUMER, 4);
  press_key (f->view, GDK_KEY_Down);
  assert_focus (f->view, SAM_SIDE_CONSUMER, 3);
  press_key (f->view, GDK_KEY_Left);
  assert_focus (f->view, SAM_SIDE_CONSUMER, 4);
  press_key (f->view, GDK_KEY_Left);
  assert_focus (f->view, SAM_SIDE_PRODUCER, 4);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                     sam_ladder_get_role (SAM_SIDE_PRODUCER, 4)->description));

  /* Tab walks on through the consumer rungs and then leaves the canvas
   * for the next widget; Shift+Tab comes back in on the last rung. */
  for (steps = 0; steps < 10 && gtk_widget_has_focus (f->view); steps++)
    g_assert_true (gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD));
  g_assert_cmpint (steps, ==, 5);
  g_assert_true (gtk_widget_has_focus (f->after));
  g_assert_true (gtk_widget_child_focus (f->window, GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_widget_has_focus (f->view));
  assert_focus (f->view, SAM_SIDE_CONSUMER, 1);
  /* A rung with stakeholders names them after its description, as its
   * chips show them. */
  {
    g_autofree char *expected = g_strdup_printf ("%s Standing here now: Theatre, Music venue, Pupil, Teacher, "
                                                 "School board, Secondary educator.",
                                                 sam_ladder_get_role (SAM_SIDE_CONSUMER, 1)->description);

    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                       expected));
  }

  /* Enter opens the popover; "Our clients want to be here" marks it. */
  press_key (f->view, GDK_KEY_Left);
  assert_focus (f->view, SAM_SIDE_CONSUMER, 2);
  press_key (f->view, GDK_KEY_Return);
  wait_for (gtk_widget_get_mapped (popover));
  button = find_button (popover, "Our clients want to be here");
  g_assert_nonnull (button);
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_CONSUMER_WANTED), ==, 3);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_CONSUMER_WANTED), ==, 2);
  wait_for (!gtk_widget_get_mapped (popover));

  /* The canvas redraws from the model: the marker moved to rung 2. */
  wait_for ((geo = sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view))) != NULL
            && geo->markers[SAM_MARK_CONSUMER_WANTED].x >= geo->rungs[SAM_SIDE_CONSUMER][1].x
            && geo->markers[SAM_MARK_CONSUMER_WANTED].x < geo->rungs[SAM_SIDE_CONSUMER][1].x
                                                          + geo->rungs[SAM_SIDE_CONSUMER][1].width);

  g_assert_true (sam_history_undo (history));
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_CONSUMER_WANTED), ==, 3);
}

static void
test_view_actions (Fixture       *f,
                   gconstpointer  data)
{
  SamHistory *history = sam_project_get_history (f->project);
  g_autoptr(SamStakeholder) pupil = g_list_model_get_item (sam_project_get_stakeholders (f->project), 4);
  const char *id = sam_stakeholder_get_id (pupil);
  guint notified = 0;
  const SamLadderGeometry *geo;

  g_assert_cmpstr (sam_stakeholder_get_name (pupil), ==, "Pupil");

  /* Producer marks, undone one by one. */
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.mark", "(iis)", SAM_SIDE_PRODUCER, 4, "wanted"));
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_PRODUCER_WANTED), ==, 4);
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.mark", "(iis)", SAM_SIDE_PRODUCER, 2, "now"));
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_PRODUCER_NOW), ==, 2);
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.mark", "(iis)", SAM_SIDE_PRODUCER, 2, "clear"));
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_PRODUCER_NOW), ==, 0);
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_PRODUCER_WANTED), ==, 4);
  g_assert_true (sam_history_undo (history));
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_PRODUCER_NOW), ==, 2);
  g_assert_true (sam_history_undo (history));
  g_assert_true (sam_history_undo (history));
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_PRODUCER_NOW), ==, 1);
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_PRODUCER_WANTED), ==, 3);

  /* Out-of-range input changes nothing. */
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.mark", "(iis)", SAM_SIDE_PRODUCER, 9, "now"));
  g_assert_cmpint (sam_project_get_mark (f->project, SAM_MARK_PRODUCER_NOW), ==, 1);
  g_assert_false (sam_history_can_redo (history) && FALSE);

  /* What a chip drag does, then undo. */
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.move-stakeholder", "(si)", id, 4));
  g_assert_cmpint (sam_stakeholder_get_role_now (pupil), ==, 4);
  wait_for ((geo = sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view))) != NULL
            && sam_ladder_geometry_find_chip (geo, id) != NULL
            && sam_ladder_geometry_find_chip (geo, id)->rung == 4);
  g_assert_true (sam_history_undo (history));
  g_assert_cmpint (sam_stakeholder_get_role_now (pupil), ==, 1);

  /* Selection is a property the editors can bind to. */
  g_signal_connect_swapped (f->view, "notify::selected-stakeholder", G_CALLBACK (g_atomic_int_inc), &notified);
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.select-stakeholder", "s", id));
  g_assert_cmpstr (sam_ladder_view_get_selected_stakeholder (SAM_LADDER_VIEW (f->view)), ==, id);
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.select-stakeholder", "s", id));
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (f->view, "selected-stakeholder", NULL, NULL);
  g_assert_null (sam_ladder_view_get_selected_stakeholder (SAM_LADDER_VIEW (f->view)));
  g_assert_cmpuint (notified, ==, 2);

  /* A new stakeholder appears on the canvas, and goes again on undo. */
  {
    SamStakeholder *added = sam_stakeholder_new ("Museum");
    g_autofree char *added_id = g_strdup (sam_stakeholder_get_id (added));

    g_object_set (added, "role-now", 4, NULL);
    sam_project_add_stakeholder (f->project, added, -1);
    g_object_unref (added);
    wait_for (sam_ladder_geometry_find_chip (sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view)), added_id));
    g_assert_true (sam_history_undo (history));
    wait_for (!sam_ladder_geometry_find_chip (sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view)), added_id));
  }
}

static void
test_view_style (Fixture       *f,
                 gconstpointer  data)
{
  gboolean follow;

  g_object_get (f->view, "follow-dark", &follow, NULL);
  g_assert_true (follow);
  sam_ladder_view_set_render_style (SAM_LADDER_VIEW (f->view), SAM_RENDER_STYLE_PROJECTOR);
  g_object_get (f->view, "follow-dark", &follow, NULL);
  g_assert_false (follow);
  g_assert_cmpint (sam_ladder_view_get_render_style (SAM_LADDER_VIEW (f->view)), ==, SAM_RENDER_STYLE_PROJECTOR);

  /* Swapping the project rewires the redraws. */
  {
    g_autoptr(SamProject) other = fixture_crowded (30, 2);
    sam_ladder_view_set_project (SAM_LADDER_VIEW (f->view), other);
    wait_for (sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view)) != NULL
              && sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view))->chips->len > 0
              && g_array_index (sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view))->chips,
                                SamChipBox, 0).rung == 2);
    sam_ladder_view_set_project (SAM_LADDER_VIEW (f->view), f->project);
  }
}

static GtkWidget *
find_drop_down (GtkWidget *root,
                guint      index)
{
  guint seen = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_DROP_DOWN (child) && seen++ == index)
      return child;
  return NULL;
}

static void
test_view_export_dialog (Fixture       *f,
                         gconstpointer  data)
{
  GtkWindow *dialog = sam_export_dialog_run (GTK_WINDOW (f->window), f->project);
  GtkWidget *grid = gtk_window_get_child (dialog);
  GtkWidget *format = find_drop_down (grid, 0);
  GtkWidget *size = find_drop_down (grid, 1);
  GtkWidget *style = find_drop_down (grid, 2);
  g_autofree char *dir = g_dir_make_tmp ("samenspel-export-dialog-XXXXXX", NULL);
  g_autofree char *png_path = g_build_filename (dir, "ladder.png", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "ladder.pdf", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autofree char *contents = NULL;
  gsize length = 0;
  GError *error = NULL;
  cairo_surface_t *image;

  g_assert_nonnull (format);
  g_assert_nonnull (size);
  g_assert_nonnull (style);
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->window));

  /* PNG offers pixel sizes; 3840 x 2160 is the third. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (size))), ==, 4);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (size), 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (style), SAM_RENDER_STYLE_PROJECTOR);
  g_assert_true (sam_export_dialog_export_to (dialog, png, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 3840);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 2160);
  cairo_surface_destroy (image);

  /* PDF offers page sizes in points instead. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (format), SAM_EXPORT_FORMAT_PDF);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (size))), ==, 3);
  g_assert_true (sam_export_dialog_export_to (dialog, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* The page size as poppler reads it: cairo 1.18 (Debian 13) writes the
   * page objects into compressed object streams, where no plain
   * "/MediaBox [ 0 0 842 595 ]" is to be found. */
  {
    const char *argv[] = { "pdfinfo", pdf_path, NULL };
    g_autofree char *info = NULL;
    int status = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &info, NULL, &status, NULL));
    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (strstr (info, "Page size:       842 x 595 pts"));
  }

  gtk_window_destroy (dialog);
  g_unlink (png_path);
  g_unlink (pdf_path);
  g_rmdir (dir);
}

static gboolean
chip_on_rung (Fixture    *f,
              const char *id,
              int         rung)
{
  const SamLadderGeometry *geo = sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view));
  const SamChipBox *chip = geo != NULL ? sam_ladder_geometry_find_chip (geo, id) : NULL;

  return chip != NULL && chip->rung == rung;
}

/* The view follows each change of the stakeholder list (watching what was
 * inserted, letting go of what was removed) rather than rewatching the
 * whole list: a card changed anywhere after an insertion or a removal in
 * the middle still redraws, and a removed card is no longer drawn. */
static void
test_view_watches_items (Fixture       *f,
                         gconstpointer  data)
{
  GListModel *list = sam_project_get_stakeholders (f->project);
  g_autoptr(SamStakeholder) first = g_list_model_get_item (list, 0);
  g_autoptr(SamStakeholder) last = g_list_model_get_item (list, g_list_model_get_n_items (list) - 1);
  g_autoptr(SamStakeholder) inserted = sam_stakeholder_new ("Museum");
  const char *last_id = sam_stakeholder_get_id (last);
  int last_rung = sam_stakeholder_get_role_now (last);
  int other_rung = last_rung == 2 ? 3 : 2;

  g_object_set (inserted, "role-now", 2, NULL);
  sam_project_add_stakeholder (f->project, inserted, 1);
  wait_for (chip_on_rung (f, sam_stakeholder_get_id (inserted), 2));
  g_object_set (inserted, "role-now", 3, NULL);
  wait_for (chip_on_rung (f, sam_stakeholder_get_id (inserted), 3));
  g_object_set (last, "role-now", other_rung, NULL);
  wait_for (chip_on_rung (f, last_id, other_rung));

  sam_project_remove_stakeholder (f->project, first);
  wait_for (sam_ladder_geometry_find_chip (sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view)),
                                           sam_stakeholder_get_id (first)) == NULL);
  /* Not in the project any more: changing it is nothing to the view. */
  g_object_set (first, "name", "Gone", "role-now", 1, NULL);
  g_object_set (last, "role-now", last_rung, NULL);
  wait_for (chip_on_rung (f, last_id, last_rung));
  g_object_set (inserted, "role-now", 2, NULL);
  wait_for (chip_on_rung (f, sam_stakeholder_get_id (inserted), 2));
}

static gboolean
chip_at (Fixture    *f,
         const char *id,
         SamSide     side,
         int         rung)
{
  const SamLadderGeometry *geo = sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view));
  const SamChipBox *chip = geo != NULL ? sam_ladder_geometry_find_chip (geo, id) : NULL;

  return chip != NULL && chip->side == side && chip->rung == rung;
}

/* A chip dropped on the other side of the ladder: where the canvas's hit
 * test says the pointer is, the stakeholder goes, side and rung in one
 * undo step and without a question; the wanted rung keeps its number. */
static void
test_view_drag_across (Fixture       *f,
                       gconstpointer  data)
{
  SamHistory *history = sam_project_get_history (f->project);
  g_autoptr(SamStakeholder) theatre = g_list_model_get_item (sam_project_get_stakeholders (f->project), 1);
  const char *id = sam_stakeholder_get_id (theatre);
  const SamLadderGeometry *geo;
  const cairo_rectangle_t *target;
  SamLadderHit hit;

  g_assert_cmpstr (sam_stakeholder_get_name (theatre), ==, "Theatre");
  wait_for (chip_at (f, id, SAM_SIDE_CONSUMER, 1));

  /* The drop point: the top of producer rung 3, where no chip is. */
  geo = sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view));
  target = &geo->rungs[SAM_SIDE_PRODUCER][2];
  g_assert_true (sam_ladder_geometry_hit (geo, target->x + target->width / 2, target->y + 4, &hit));
  g_assert_cmpint (hit.side, ==, SAM_SIDE_PRODUCER);
  g_assert_cmpint (hit.rung, ==, 3);
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.place-stakeholder", "(sii)", id, (int) hit.side, hit.rung));
  g_assert_cmpint (sam_stakeholder_get_side (theatre), ==, SAM_SIDE_PRODUCER);
  g_assert_cmpint (sam_stakeholder_get_role_now (theatre), ==, 3);
  g_assert_cmpint (sam_stakeholder_get_role_wanted (theatre), ==, 3);
  wait_for (chip_at (f, id, SAM_SIDE_PRODUCER, 3));

  /* One step back to where it was, one forward again. */
  g_assert_true (sam_history_undo (history));
  g_assert_cmpint (sam_stakeholder_get_side (theatre), ==, SAM_SIDE_CONSUMER);
  g_assert_cmpint (sam_stakeholder_get_role_now (theatre), ==, 1);
  wait_for (chip_at (f, id, SAM_SIDE_CONSUMER, 1));
  g_assert_true (sam_history_redo (history));
  wait_for (chip_at (f, id, SAM_SIDE_PRODUCER, 3));

  /* Along its own side it stays on that side. */
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.move-stakeholder", "(si)", id, 2));
  g_assert_cmpint (sam_stakeholder_get_side (theatre), ==, SAM_SIDE_PRODUCER);
  wait_for (chip_at (f, id, SAM_SIDE_PRODUCER, 2));

  /* The same place again, or nowhere valid: no step. */
  g_assert_true (sam_history_can_undo (history));
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.place-stakeholder", "(sii)", id, SAM_SIDE_PRODUCER, 2));
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.place-stakeholder", "(sii)", id, 7, 2));
  g_assert_true (gtk_widget_activate_action (f->view, "ladder.place-stakeholder", "(sii)", id, SAM_SIDE_CONSUMER, 0));
  g_assert_true (sam_history_undo (history));
  g_assert_cmpint (sam_stakeholder_get_role_now (theatre), ==, 3);
  g_assert_cmpint (sam_stakeholder_get_side (theatre), ==, SAM_SIDE_PRODUCER);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static gboolean
geometry_has_chip (GtkWidget *view,
                   SamSide    side,
                   gboolean   summary)
{
  const SamLadderGeometry *geo = sam_ladder_view_get_geometry (SAM_LADDER_VIEW (view));

  for (guint i = 0; geo != NULL && i < geo->chips->len; i++)
    {
      const SamChipBox *chip = &g_array_index (geo->chips, SamChipBox, i);

      if (chip->side == side && (chip->stakeholder_id == NULL) == summary)
        return TRUE;
    }
  return FALSE;
}

/* GTK 4.10+: the rungs the canvas drew are its accessible children, in
 * visual order (producer 1..4, consumer 4..1), each a list whose items
 * are the chips drawn on it, on the chip's own side: the stakeholder's
 * whole name, or how many a "+N" stands for. */
static void
test_view_accessible_children (Fixture       *f,
                               gconstpointer  data)
{
  GListModel *list = sam_project_get_stakeholders (f->project);
  const SamLadderGeometry *geo;
  GtkAccessible *rung;
  guint slot, n_chips = 0;

  /* The four providers on the producer side, and a crowd on consumer
   * rung 1 that needs a "+N". */
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);

      g_object_set (s, "side", SAM_SIDE_PRODUCER, NULL);
    }
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Class %u", i);

      fixture_add (f->project, name, "pupil", 1, 2);
    }
  wait_for (geometry_has_chip (f->view, SAM_SIDE_PRODUCER, FALSE)
            && geometry_has_chip (f->view, SAM_SIDE_CONSUMER, TRUE));

  geo = sam_ladder_view_get_geometry (SAM_LADDER_VIEW (f->view));
  rung = gtk_accessible_get_first_accessible_child (GTK_ACCESSIBLE (f->view));
  for (slot = 0; slot < 8 && rung != NULL; slot++)
    {
      SamSide side = slot < 4 ? SAM_SIDE_PRODUCER : SAM_SIDE_CONSUMER;
      int number = slot < 4 ? (int) slot + 1 : 8 - (int) slot;
      GtkAccessible *chip = gtk_accessible_get_first_accessible_child (rung);
      GtkAccessible *next;

      g_assert_true (gtk_test_accessible_has_role (rung, GTK_ACCESSIBLE_ROLE_LIST));
      for (guint i = 0; i < geo->chips->len; i++)
        {
          const SamChipBox *box = &g_array_index (geo->chips, SamChipBox, i);
          g_autofree char *name = NULL;

          if (box->side != side || box->rung != number)
            continue;
          if (box->stakeholder_id != NULL)
            name = g_strdup (sam_stakeholder_get_name (sam_project_find_stakeholder (f->project,
                                                                                     box->stakeholder_id)));
          else
            name = g_strdup_printf ("%d more stakeholders", box->hidden);
          g_assert_nonnull (chip);
          g_assert_true (gtk_test_accessible_has_role (chip, GTK_ACCESSIBLE_ROLE_LIST_ITEM));
          g_assert_null (gtk_test_accessible_check_property (chip, GTK_ACCESSIBLE_PROPERTY_LABEL, name));
          next = gtk_accessible_get_next_accessible_sibling (chip);
          g_object_unref (chip);
          chip = next;
          n_chips++;
        }
      /* No chip that was not drawn there. */
      g_assert_null (chip);
      next = gtk_accessible_get_next_accessible_sibling (rung);
      g_object_unref (rung);
      rung = next;
    }
  g_assert_cmpuint (slot, ==, 8);
  /* After the rungs comes the canvas's popover. */
  g_clear_object (&rung);
  g_assert_cmpuint (n_chips, ==, geo->chips->len);
}
#endif

int
main (int   argc,
      char *argv[])
{
  /* The test AT context records accessible properties without a bus,
   * so the rung labels can be checked. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/samenspel/ladder-view/keyboard", Fixture, NULL, fixture_setup, test_view_keyboard, fixture_teardown);
  g_test_add ("/samenspel/ladder-view/actions", Fixture, NULL, fixture_setup, test_view_actions, fixture_teardown);
  g_test_add ("/samenspel/ladder-view/drag-across", Fixture, NULL, fixture_setup, test_view_drag_across,
              fixture_teardown);
  g_test_add ("/samenspel/ladder-view/watches-items", Fixture, NULL, fixture_setup, test_view_watches_items,
              fixture_teardown);
  g_test_add ("/samenspel/ladder-view/style", Fixture, NULL, fixture_setup, test_view_style, fixture_teardown);
#if GTK_CHECK_VERSION (4, 10, 0)
  g_test_add ("/samenspel/ladder-view/accessible-children", Fixture, NULL, fixture_setup,
              test_view_accessible_children, fixture_teardown);
#endif
  g_test_add ("/samenspel/ladder-view/export-dialog", Fixture, NULL, fixture_setup, test_view_export_dialog,
              fixture_teardown);

  return g_test_run ();
}
