/* sam-presentation.c: the steps of a talk through the model
 *
 * Pure logic: no widget, no display.  The windows read the current step
 * and turn it into renderer options with the functions here, and they
 * turn key presses into commands with sam_presentation_command_for_key(),
 * so tests can walk a whole talk without a screen.
 */

#define G_LOG_DOMAIN "samenspel-present"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-presentation.h"

#define MAX_POINTS 4

/* The one table of steps: id, title and talking points for the presenter
 * view.  Our own words, after the domain notes (shared/domain.md).  The
 * strings are marked with N_() and translated when handed out. */
static const struct {
  const char *id;
  const char *title;
  const char *points[MAX_POINTS + 1];
} steps[SAM_PRESENTATION_N_ALL_STEPS] = {
  { "overview", N_("The model"),
    { N_("Two roles grow towards each other: the organisation on the left, its clients on the right."),
      N_("The left end is supply-driven, the right end demand-driven; where both meet in the middle is co-creation."),
      N_("Co-creation needs active participation from both sides, sometimes from every stakeholder."),
      N_("Ask the room: where do we stand now, and where do we want to go?"),
      NULL } },
  { "rung-1", N_("Rung 1: mass customiser and consumer"),
    { N_("The organisation sets the standard; clients choose from a few fixed options."),
      N_("The client takes what fits and, when unhappy, simply goes elsewhere."),
      N_("Ask: which of our offers work like this today?"),
      NULL } },
  { "rung-2", N_("Rung 2: idea collector and inspirer"),
    { N_("The organisation invites ideas and makes the best or most wanted one."),
      N_("The client brings in an idea and is involved mostly in that one idea."),
      N_("Ask: when did a client’s idea last become part of our offer?"),
      NULL } },
  { "rung-3", N_("Rung 3: integrator and participant"),
    { N_("Clients take part in several phases of development: intensive, and often long."),
      N_("The client tests and gives feedback, out of an own need or out of conviction."),
      N_("Ask: what would it take to go through every phase together?"),
      NULL } },
  { "rung-4", N_("Rung 4: facilitator and co-creator"),
    { N_("The organisation offers a platform and acts as process guide, builder and adviser."),
      N_("The client feels like an owner of the result, or really is one."),
      N_("Ask: what would we have to let go of to get here?"),
      NULL } },
  { "organisation", N_("The organisation: now and wanted"),
    { N_("Where does our organisation stand now, and where do we want to be?"),
      N_("Why do we want to move? Hold the answer against the vision questions."),
      N_("Moving changes the inside too: new roles, and letting go of work people like."),
      NULL } },
  { "clients", N_("The clients: now and wanted"),
    { N_("Where do our clients stand now, and which role do they want?"),
      N_("Not every client wants or is able to contribute, and that is fine."),
      N_("Ask each other: what do you mean when you say co-creation?"),
      NULL } },
  { "stakeholders", N_("The stakeholders"),
    { N_("Who takes part, and who is overlooked? In education it is often the pupil."),
      N_("What is the common interest, and what does taking part bring each one?"),
      N_("Let those with urgency lead; keep the others informed of the results."),
      N_("Park the bears on the road: write each fear down so it gets a place."),
      NULL } },
  { "progress", N_("How far we have come"),
    { N_("The first work session against today: who moved, and which way?"),
      N_("Name what helped the frontrunners, and what held others back."),
      N_("Ask: where do we want to stand at the next session?"),
      NULL } },
};

struct _SamPresentation
{
  GObject              parent_instance;

  SamProject          *project;
  SamPresentationStep  step;
  gboolean             blackout;
};

G_DEFINE_FINAL_TYPE (SamPresentation, sam_presentation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_STEP,
  PROP_BLACKOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
step_is_valid (int step)
{
  return step >= 0 && step < SAM_PRESENTATION_N_ALL_STEPS;
}

SamPresentationCommand
sam_presentation_command_for_key (guint           keyval,
                                  GdkModifierType state)
{
  /* Shift is allowed: Shift+Space and capital B still mean what they say. */
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK | GDK_HYPER_MASK))
    return SAM_PRESENTATION_COMMAND_NONE;

  switch (keyval)
    {
    /* Presentation remotes ("clickers") send Page Down and Page Up. */
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      return SAM_PRESENTATION_COMMAND_NEXT;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
      return SAM_PRESENTATION_COMMAND_PREVIOUS;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      return SAM_PRESENTATION_COMMAND_FIRST;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      return SAM_PRESENTATION_COMMAND_LAST;

    /* Many remotes send the period for their "black screen" button. */
    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
    case GDK_KEY_KP_Decimal:
      return SAM_PRESENTATION_COMMAND_BLACKOUT;

    case GDK_KEY_Escape:
      return SAM_PRESENTATION_COMMAND_LEAVE;

    case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
    case GDK_KEY_p:
    case GDK_KEY_P:
      return SAM_PRESENTATION_COMMAND_TOGGLE_PRESENTER;

    default:
      return SAM_PRESENTATION_COMMAND_NONE;
    }
}

const char *
sam_presentation_command_action (SamPresentationCommand command)
{
  switch (command)
    {
    case SAM_PRESENTATION_COMMAND_NEXT: return "present.next";
    case SAM_PRESENTATION_COMMAND_PREVIOUS: return "present.previous";
    case SAM_PRESENTATION_COMMAND_FIRST: return "present.first";
    case SAM_PRESENTATION_COMMAND_LAST: return "present.last";
    /* Not "present.blackout" (the button's): the key can be turned off in
     * the settings, the button cannot. */
    case SAM_PRESENTATION_COMMAND_BLACKOUT: return "present.blackout-key";
    case SAM_PRESENTATION_COMMAND_LEAVE: return "present.stop";
    case SAM_PRESENTATION_COMMAND_TOGGLE_PRESENTER: return "present.toggle-presenter";
    case SAM_PRESENTATION_COMMAND_NONE:
    default:
      return NULL;
    }
}

const char *
sam_presentation_step_id (SamPresentationStep step)
{
  g_return_val_if_fail (step_is_valid (step), NULL);
  return steps[step].id;
}

const char *
sam_presentation_step_title (SamPresentationStep step)
{
  g_return_val_if_fail (step_is_valid (step), NULL);
  return _(steps[step].title);
}

const char **
sam_presentation_step_talking_points (SamPresentationStep step)
{
  const char **points;
  guint n = 0;

  g_return_val_if_fail (step_is_valid (step), NULL);

  points = g_new0 (const char *, MAX_POINTS + 1);
  for (guint i = 0; i < MAX_POINTS && steps[step].points[i] != NULL; i++)
    points[n++] = _(steps[step].points[i]);
  return points;
}

void
sam_presentation_step_render_options (SamPresentationStep  step,
                                      SamRenderStyle       style,
                                      SamRenderOptions    *options)
{
  g_return_if_fail (step_is_valid (step));
  g_return_if_fail (options != NULL);

  sam_render_options_init (options, style);
  /* The slide layouts of the renderer: 24 px text at 1024x768, nothing
   * cut off, what the step leaves out not drawn. */
  options->presentation = TRUE;

  switch (step)
    {
    case SAM_PRESENTATION_STEP_OVERVIEW:
      options->focus = SAM_RENDER_FOCUS_NONE;
      break;
    case SAM_PRESENTATION_STEP_RUNG_1:
    case SAM_PRESENTATION_STEP_RUNG_2:
    case SAM_PRESENTATION_STEP_RUNG_3:
    case SAM_PRESENTATION_STEP_RUNG_4:
      options->focus = SAM_RENDER_FOCUS_RUNG_PAIR;
      options->focus_rung = step - SAM_PRESENTATION_STEP_RUNG_1 + 1;
      break;
    case SAM_PRESENTATION_STEP_ORGANISATION:
      options->focus = SAM_RENDER_FOCUS_ORGANISATION;
      break;
    case SAM_PRESENTATION_STEP_CLIENTS:
      options->focus = SAM_RENDER_FOCUS_CLIENTS;
      break;
    case SAM_PRESENTATION_STEP_STAKEHOLDERS:
      options->focus = SAM_RENDER_FOCUS_STAKEHOLDERS;
      break;
    case SAM_PRESENTATION_STEP_PROGRESS:
      /* compare_from: sam_presentation_project_options() */
      options->focus = SAM_RENDER_FOCUS_PROGRESS;
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Everything the renderer draws hangs off the project, its properties and
 * its stakeholders; a change to any of them is a change of the picture.
 * One signal for all of it keeps the windows simple: they only redraw. */
static void
emit_changed (SamPresentation *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
watch_stakeholders (SamPresentation *self,
                    GListModel      *list,
                    guint            position,
                    guint            n_items)
{
  /* A stakeholder that comes back by undo may be watched twice; that costs
   * one extra redraw, never a missed one. */
  for (guint i = position; i < position + n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_signal_connect_object (item, "notify", G_CALLBACK (emit_changed), self, G_CONNECT_SWAPPED);
    }
}

static void
stakeholders_changed_cb (SamPresentation *self,
                         guint            position,
                         guint            removed,
                         guint            added,
                         GListModel      *list)
{
  watch_stakeholders (self, list, position, added);
  emit_changed (self);
}

/* Sessions: the progress step comes and goes with them; a session's name
 * or date is in the picture. */
static void
sessions_changed_cb (SamPresentation *self,
                     guint            position,
                     guint            removed,
                     guint            added,
                     GListModel      *list)
{
  watch_stakeholders (self, list, position, added);
  if ((int) self->step >= sam_presentation_get_n_steps (self))
    sam_presentation_set_step (self, sam_presentation_get_n_steps (self) - 1);
  emit_changed (self);
}

static void
sam_presentation_constructed (GObject *object)
{
  SamPresentation *self = (SamPresentation *) object;
  GListModel *stakeholders;

  G_OBJECT_CLASS (sam_presentation_parent_class)->constructed (object);

  g_assert (SAM_IS_PROJECT (self->project));
  stakeholders = sam_project_get_stakeholders (self->project);
  g_signal_connect_object (self->project, "notify", G_CALLBACK (emit_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (stakeholders, "items-changed", G_CALLBACK (stakeholders_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sam_project_get_sessions (self->project), "items-changed",
                           G_CALLBACK (sessions_changed_cb), self, G_CONNECT_SWAPPED);
  watch_stakeholders (self, sam_project_get_sessions (self->project), 0,
                      g_list_model_get_n_items (sam_project_get_sessions (self->project)));
  watch_stakeholders (self, stakeholders, 0, g_list_model_get_n_items (stakeholders));
}

/* Half a pixel of slack: pango's extents are fractional. */
#define EDGE_SLACK 0.5

static gboolean
rect_inside (const cairo_rectangle_t *inner,
             const cairo_rectangle_t *outer)
{
  return inner->x >= outer->x - EDGE_SLACK &&
         inner->y >= outer->y - EDGE_SLACK &&
         inner->x + inner->width <= outer->x + outer->width + EDGE_SLACK &&
         inner->y + inner->height <= outer->y + outer->height + EDGE_SLACK;
}

SamReadabilityProblem
sam_presentation_check_readability (const SamLadderGeometry *geometry,
                                    double                   min_px,
                                    GString                 *problems)
{
  cairo_rectangle_t page;
  SamReadabilityProblem found = 0;

  g_return_val_if_fail (geometry != NULL, 0);

  page = (cairo_rectangle_t) { 0, 0, geometry->width, geometry->height };

  for (guint i = 0; i < geometry->texts->len; i++)
    {
      const SamTextBox *t = &g_array_index (geometry->texts, SamTextBox, i);
      SamReadabilityProblem here = 0;
      double contrast = sam_rgb_contrast (&t->fg, &t->bg);

      if (!rect_inside (&t->rect, &page) || !rect_inside (&t->rect, &t->container) || t->ellipsized
          || t->broken_word)
        here |= SAM_READABILITY_CUT_OFF;
      if (t->font_px < min_px)
        here |= SAM_READABILITY_TOO_SMALL;
      if (contrast < 4.5 || t->dimmed)
        here |= SAM_READABILITY_CONTRAST;

      if (here != 0 && problems != NULL)
        g_string_append_printf (problems, "%.0fx%.0f “%s” (kind %d):%s%s%s%s%s%s\n",
                                geometry->width, geometry->height, t->text, t->kind,
                                (here & SAM_READABILITY_CUT_OFF) && t->ellipsized ? " ellipsized" : "",
                                (here & SAM_READABILITY_CUT_OFF) && t->broken_word ? " broken mid-word" : "",
                                (here & SAM_READABILITY_CUT_OFF) && !t->ellipsized && !t->broken_word
                                ? " outside its box" : "",
                                (here & SAM_READABILITY_TOO_SMALL) ? " too small" : "",
                                (here & SAM_READABILITY_CONTRAST) && t->dimmed ? " dimmed" : "",
                                (here & SAM_READABILITY_CONTRAST) && !t->dimmed ? " low contrast" : "");
      if ((here & SAM_READABILITY_TOO_SMALL) && problems != NULL)
        g_string_append_printf (problems, "    font %.1f px < %.1f px\n", t->font_px, min_px);
      if ((here & SAM_READABILITY_CONTRAST) && !t->dimmed && problems != NULL)
        g_string_append_printf (problems, "    contrast %.2f < 4.5\n", contrast);
      found |= here;
    }

  return found;
}

static void
sam_presentation_finalize (GObject *object)
{
  SamPresentation *self = (SamPresentation *) object;

  g_clear_object (&self->project);

  G_OBJECT_CLASS (sam_presentation_parent_class)->finalize (object);
}

static void
sam_presentation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SamPresentation *self = SAM_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_PROJECT: g_value_set_object (value, self->project); break;
    case PROP_STEP: g_value_set_int (value, self->step); break;
    case PROP_BLACKOUT: g_value_set_boolean (value, self->blackout); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_presentation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SamPresentation *self = SAM_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_PROJECT: self->project = g_value_dup_object (value); break;
    case PROP_STEP: sam_presentation_set_step (self, g_value_get_int (value)); break;
    case PROP_BLACKOUT: sam_presentation_set_blackout (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sam_presentation_class_init (SamPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sam_presentation_constructed;
  object_class->finalize = sam_presentation_finalize;
  object_class->get_property = sam_presentation_get_property;
  object_class->set_property = sam_presentation_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, SAM_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, NULL, 0, SAM_PRESENTATION_N_ALL_STEPS - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BLACKOUT] =
    g_param_spec_boolean ("blackout", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The project changed in a way that may change the picture. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sam_presentation_init (SamPresentation *self)
{
  self->step = SAM_PRESENTATION_STEP_OVERVIEW;
}

SamPresentation *
sam_presentation_new (SamProject *project)
{
  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);

  return g_object_new (SAM_TYPE_PRESENTATION, "project", project, NULL);
}

SamProject *
sam_presentation_get_project (SamPresentation *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION (self), NULL);
  return self->project;
}

SamPresentationStep
sam_presentation_get_step (SamPresentation *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION (self), 0);
  return self->step;
}

void
sam_presentation_set_step (SamPresentation     *self,
                           SamPresentationStep  step)
{
  g_return_if_fail (SAM_IS_PRESENTATION (self));
  g_return_if_fail (step_is_valid (step));

  if (self->step == step)
    return;

  self->step = step;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

int
sam_presentation_get_next_step (SamPresentation *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION (self), -1);
  return (int) self->step + 1 < sam_presentation_get_n_steps (self) ? (int) self->step + 1 : -1;
}

gboolean
sam_presentation_get_blackout (SamPresentation *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION (self), FALSE);
  return self->blackout;
}

void
sam_presentation_set_blackout (SamPresentation *self,
                               gboolean         blackout)
{
  g_return_if_fail (SAM_IS_PRESENTATION (self));

  blackout = !!blackout;
  if (self->blackout == blackout)
    return;

  self->blackout = blackout;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLACKOUT]);
}

/* Moves to @step, unless the screen is black: then it only lights it. */
static gboolean
go_to (SamPresentation *self,
       int              step)
{
  if (self->blackout)
    {
      sam_presentation_set_blackout (self, FALSE);
      return TRUE;
    }

  step = CLAMP (step, 0, sam_presentation_get_n_steps (self) - 1);
  if ((int) self->step == step)
    return FALSE;

  sam_presentation_set_step (self, step);
  return TRUE;
}

gboolean
sam_presentation_next (SamPresentation *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION (self), FALSE);
  return go_to (self, (int) self->step + 1);
}

gboolean
sam_presentation_previous (SamPresentation *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION (self), FALSE);
  return go_to (self, (int) self->step - 1);
}

gboolean
sam_presentation_first (SamPresentation *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION (self), FALSE);
  return go_to (self, 0);
}

gboolean
sam_presentation_last (SamPresentation *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION (self), FALSE);
  return go_to (self, sam_presentation_get_n_steps (self) - 1);
}

void
sam_presentation_toggle_blackout (SamPresentation *self)
{
  g_return_if_fail (SAM_IS_PRESENTATION (self));
  sam_presentation_set_blackout (self, !self->blackout);
}

gboolean
sam_presentation_run_command (SamPresentation        *self,
                              SamPresentationCommand  command)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION (self), FALSE);

  switch (command)
    {
    case SAM_PRESENTATION_COMMAND_NEXT: return sam_presentation_next (self);
    case SAM_PRESENTATION_COMMAND_PREVIOUS: return sam_presentation_previous (self);
    case SAM_PRESENTATION_COMMAND_FIRST: return sam_presentation_first (self);
    case SAM_PRESENTATION_COMMAND_LAST: return sam_presentation_last (self);
    case SAM_PRESENTATION_COMMAND_BLACKOUT:
      sam_presentation_toggle_blackout (self);
      return TRUE;
    case SAM_PRESENTATION_COMMAND_NONE:
    case SAM_PRESENTATION_COMMAND_LEAVE:
    case SAM_PRESENTATION_COMMAND_TOGGLE_PRESENTER:
    default:
      return FALSE;
    }
}

int
sam_presentation_get_n_steps (SamPresentation *self)
{
  g_return_val_if_fail (SAM_IS_PRESENTATION (self), SAM_PRESENTATION_N_STEPS);

  return g_list_model_get_n_items (sam_project_get_sessions (self->project)) > 0
         ? SAM_PRESENTATION_N_ALL_STEPS : SAM_PRESENTATION_N_STEPS;
}

char *
sam_presentation_project_options (SamPresentationStep  step,
                                  SamProject          *project,
                                  SamRenderOptions    *options)
{
  g_autoptr(GPtrArray) sessions = NULL;
  SamSession *first;

  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (step != SAM_PRESENTATION_STEP_PROGRESS)
    return NULL;
  sessions = sam_project_dup_sessions_in_order (project);
  if (sessions->len == 0)
    return NULL;
  first = sessions->pdata[0];
  options->compare_from = sam_session_get_snapshot (first);
  options->compare_caption = sam_session_compare_caption (first, NULL);
  return (char *) options->compare_caption;
}
