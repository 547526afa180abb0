/* sam-vision-editor.c: the vision questions and the ladder ambition
 *
 * The "why" of the process: the team's answers to the vision questions in
 * the order the model asks them, a verdict on whether today's work still
 * fits, and the four ladder marks (the same marks the canvas shows).
 */

#define G_LOG_DOMAIN "samenspel-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-a11y.h"
#include "sam-editor-util.h"
#include "sam-ladder.h"
#include "sam-vision-editor.h"

struct _SamVisionEditor
{
  GtkWidget          parent_instance;

  SamProject        *project;

  GtkTextView       *answers[SAM_VISION_N_FIELDS];
  GtkExpander       *guidance[SAM_VISION_N_FIELDS];
  GtkDropDown       *marks[SAM_N_MARKS];
  GtkDropDown       *verdict;

  /* template children */
  GtkScrolledWindow *scroller;
  GtkGrid           *ambition_grid;
  GtkBox            *questions_box;
};

G_DEFINE_FINAL_TYPE (SamVisionEditor, sam_vision_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
dim_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* Two rows of two drop-downs under each side's title, so the page stays
 * narrow enough to leave the canvas room on a small screen. */
static void
build_ambition (SamVisionEditor *self)
{
  for (SamSide side = SAM_SIDE_PRODUCER; side <= SAM_SIDE_CONSUMER; side++)
    {
      GtkWidget *label = gtk_label_new (sam_ladder_side_title (side));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_grid_attach (self->ambition_grid, label, 0, side * 2, 2, 1);
    }

  for (SamMark mark = 0; mark < SAM_N_MARKS; mark++)
    {
      SamSide side = sam_mark_get_side (mark);
      GtkDropDown *drop_down = sam_rung_drop_down_new (side);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (sam_mark_is_wanted (mark) ? C_("ladder mark", "Wanted")
                                                                  : C_("ladder mark", "Now"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_hexpand (GTK_WIDGET (drop_down), TRUE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (drop_down), sam_enum_to_label (SAM_TYPE_MARK, mark));
      sam_a11y_set_name (GTK_WIDGET (drop_down), sam_enum_to_label (SAM_TYPE_MARK, mark));
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (drop_down));
      gtk_widget_set_hexpand (box, TRUE);
      gtk_grid_attach (self->ambition_grid, box, sam_mark_is_wanted (mark) ? 1 : 0, side * 2 + 1, 1, 1);
      self->marks[mark] = drop_down;
    }
}

static void
build_questions (SamVisionEditor *self)
{
  for (SamVisionField field = 0; field < SAM_VISION_N_FIELDS; field++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      g_autofree char *heading = NULL;
      GtkWidget *question;
      GtkWidget *expander;
      GtkWidget *frame;
      GtkWidget *answer;

      /* Translators: a numbered vision question, "3. How do we carry it out?" */
      heading = g_strdup_printf (_("%d. %s"), field + 1, sam_vision_question (field));
      question = gtk_label_new (heading);
      gtk_label_set_wrap (GTK_LABEL (question), TRUE);
      gtk_label_set_xalign (GTK_LABEL (question), 0);
      gtk_widget_add_css_class (question, "title-4");
      gtk_box_append (GTK_BOX (box), question);

      expander = gtk_expander_new (_("Guidance"));
      {
        /* Five expanders all called "Guidance" would not say which
         * question they belong to. */
        /* Translators: the name a screen reader gives the guidance
         * expander under a vision question, "Guidance: Does that still fit?" */
        g_autofree char *name = g_strdup_printf (_("Guidance: %s"), sam_vision_question (field));

        sam_a11y_set_name (expander, name);
      }
      gtk_expander_set_child (GTK_EXPANDER (expander), dim_label_new (sam_vision_guidance (field)));
      gtk_widget_add_css_class (expander, "sam-guidance");
      gtk_box_append (GTK_BOX (box), expander);
      self->guidance[field] = GTK_EXPANDER (expander);

      if (field == SAM_VISION_FIT_NOTES)
        {
          GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
          GtkWidget *label = gtk_label_new_with_mnemonic (_("_Verdict"));

          self->verdict = sam_enum_drop_down_new (SAM_TYPE_VERDICT);
          gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->verdict));
          gtk_box_append (GTK_BOX (row), label);
          gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->verdict));
          gtk_box_append (GTK_BOX (box), row);
        }

      answer = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (answer), GTK_WRAP_WORD_CHAR);
      /* Tab moves on to the next field, so the page works from the keyboard. */
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (answer), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (answer), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (answer), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (answer), 8);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (answer), 8);
      gtk_widget_set_size_request (answer, -1, 84);
      /* The answer is heard as the question it answers. */
      sam_a11y_set_labelled (answer, question);
      frame = gtk_frame_new (NULL);
      gtk_frame_set_child (GTK_FRAME (frame), answer);
      gtk_widget_add_css_class (frame, "sam-answer");
      gtk_box_append (GTK_BOX (box), frame);
      self->answers[field] = GTK_TEXT_VIEW (answer);

      gtk_box_append (self->questions_box, box);
    }
}

static void
sam_vision_editor_dispose (GObject *object)
{
  SamVisionEditor *self = (SamVisionEditor *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SAM_TYPE_VISION_EDITOR);
  /* The template's outer box has no id, so it is unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (sam_vision_editor_parent_class)->dispose (object);
}

static void
sam_vision_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SamVisionEditor *self = SAM_VISION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT: g_value_set_object (value, self->project); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_vision_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SamVisionEditor *self = SAM_VISION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT: sam_vision_editor_set_project (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_vision_editor_class_init (SamVisionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sam_vision_editor_dispose;
  object_class->get_property = sam_vision_editor_get_property;
  object_class->set_property = sam_vision_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, SAM_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sam-vision-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SamVisionEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, SamVisionEditor, ambition_grid);
  gtk_widget_class_bind_template_child (widget_class, SamVisionEditor, questions_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "samvisioneditor");
}

static void
sam_vision_editor_init (SamVisionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sam_editors_load_css ();
  build_ambition (self);
  build_questions (self);
  sam_a11y_fix_mnemonics (GTK_WIDGET (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

GtkWidget *
sam_vision_editor_new (void)
{
  return g_object_new (SAM_TYPE_VISION_EDITOR, NULL);
}

SamProject *
sam_vision_editor_get_project (SamVisionEditor *self)
{
  g_return_val_if_fail (SAM_IS_VISION_EDITOR (self), NULL);
  return self->project;
}

void
sam_vision_editor_set_project (SamVisionEditor *self,
                               SamProject      *project)
{
  g_return_if_fail (SAM_IS_VISION_EDITOR (self));
  g_return_if_fail (project == NULL || SAM_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  for (SamVisionField field = 0; field < SAM_VISION_N_FIELDS; field++)
    {
      sam_link_text (GTK_WIDGET (self->answers[field]), project, project,
                     sam_vision_property_name (field));
      /* Guidance helps most in front of an empty answer; once the team
       * has written something it stays folded away. */
      gtk_expander_set_expanded (self->guidance[field],
                                 project != NULL && sam_project_get_vision (project, field)[0] == '\0');
    }
  for (SamMark mark = 0; mark < SAM_N_MARKS; mark++)
    sam_link_drop_down (self->marks[mark], project, project, sam_mark_property_name (mark));
  sam_link_drop_down (self->verdict, project, project, "verdict");

  gtk_widget_set_sensitive (GTK_WIDGET (self), project != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

GtkTextView *
sam_vision_editor_get_answer (SamVisionEditor *self,
                              SamVisionField   field)
{
  g_return_val_if_fail (SAM_IS_VISION_EDITOR (self), NULL);
  g_return_val_if_fail (field < SAM_VISION_N_FIELDS, NULL);
  return self->answers[field];
}

GtkDropDown *
sam_vision_editor_get_mark (SamVisionEditor *self,
                            SamMark          mark)
{
  g_return_val_if_fail (SAM_IS_VISION_EDITOR (self), NULL);
  g_return_val_if_fail (mark < SAM_N_MARKS, NULL);
  return self->marks[mark];
}

GtkDropDown *
sam_vision_editor_get_verdict (SamVisionEditor *self)
{
  g_return_val_if_fail (SAM_IS_VISION_EDITOR (self), NULL);
  return self->verdict;
}
