/* sam-presentation.h: the steps of a talk through the model
 *
 * SamPresentation is the controller of presentation mode: the fixed list
 * of steps, the current step, the black screen, and how each step maps
 * onto the renderer's options.  It holds no widgets and needs no display,
 * so the whole walk through a talk is testable headless.  The window
 * side (sam-presentation-window.c, sam-presenter-view.c) and the window
 * integration (sam_presentation_attach) live beside it.
 */
#pragma once

#include <gtk/gtk.h>

#include "sam-ladder-render.h"
#include "sam-project.h"

G_BEGIN_DECLS

typedef enum {
  SAM_PRESENTATION_STEP_OVERVIEW,
  SAM_PRESENTATION_STEP_RUNG_1,
  SAM_PRESENTATION_STEP_RUNG_2,
  SAM_PRESENTATION_STEP_RUNG_3,
  SAM_PRESENTATION_STEP_RUNG_4,
  SAM_PRESENTATION_STEP_ORGANISATION,
  SAM_PRESENTATION_STEP_CLIENTS,
  SAM_PRESENTATION_STEP_STAKEHOLDERS,
  /* "How far we have come": the first work session to now.  Only in a
   * project with sessions; without, the talk ends with the stakeholders. */
  SAM_PRESENTATION_STEP_PROGRESS,
} SamPresentationStep;
/* The steps every talk has (a project with sessions has the progress step
 * too: sam_presentation_get_n_steps()). */
#define SAM_PRESENTATION_N_STEPS 8
#define SAM_PRESENTATION_N_ALL_STEPS 9

/* What a key press means during a presentation. */
typedef enum {
  SAM_PRESENTATION_COMMAND_NONE,
  SAM_PRESENTATION_COMMAND_NEXT,
  SAM_PRESENTATION_COMMAND_PREVIOUS,
  SAM_PRESENTATION_COMMAND_FIRST,
  SAM_PRESENTATION_COMMAND_LAST,
  SAM_PRESENTATION_COMMAND_BLACKOUT,
  SAM_PRESENTATION_COMMAND_LEAVE,
  SAM_PRESENTATION_COMMAND_TOGGLE_PRESENTER,
} SamPresentationCommand;

/* Pure: the command for a key (GDK keyval and modifiers).  Keys with
 * Control, Alt or Super held mean nothing here, so window and desktop
 * shortcuts keep working. */
SamPresentationCommand sam_presentation_command_for_key (guint            keyval,
                                                         GdkModifierType  state);

/* The "present.*" action that carries out @command, or NULL for NONE.
 * Both windows map keys with this, so a key means the same everywhere. */
const char  *sam_presentation_command_action      (SamPresentationCommand command);

/* Step descriptions.  The id is stable and untranslated ("overview",
 * "rung-1", ..., "stakeholders": used in file names); the title and the
 * talking points are translated. */
const char  *sam_presentation_step_id             (SamPresentationStep  step);
const char  *sam_presentation_step_title          (SamPresentationStep  step);
/* NULL-terminated, translated; owned by the table (do not free the strings,
 * free the array with g_free). */
const char **sam_presentation_step_talking_points (SamPresentationStep  step);
/* The renderer's options for @step in @style. */
void         sam_presentation_step_render_options (SamPresentationStep  step,
                                                   SamRenderStyle       style,
                                                   SamRenderOptions    *options);

/* Fills in what the options of @step need from @project (the progress
 * step: the first session, the caption).  Returns a string the options
 * point to, for the caller to free after drawing (or NULL). */
char        *sam_presentation_project_options     (SamPresentationStep  step,
                                                   SamProject          *project,
                                                   SamRenderOptions    *options);

/* The projector's readability rules, checked on what the renderer drew.
 * Each problem found is appended to @problems (when not NULL) as one line.
 *  - SAM_READABILITY_CUT_OFF: a text outside the picture or its box, or
 *    ellipsized or broken inside a word (a word the room cannot read whole);
 *  - SAM_READABILITY_TOO_SMALL: a text smaller than @min_px;
 *  - SAM_READABILITY_CONTRAST: a text below WCAG AA (4.5:1), or dimmed by
 *    a focus veil (its contrast then depends on the veil). */
typedef enum {
  SAM_READABILITY_CUT_OFF   = 1 << 0,
  SAM_READABILITY_TOO_SMALL = 1 << 1,
  SAM_READABILITY_CONTRAST  = 1 << 2,
} SamReadabilityProblem;

SamReadabilityProblem sam_presentation_check_readability (const SamLadderGeometry *geometry,
                                                          double                   min_px,
                                                          GString                 *problems);

#define SAM_TYPE_PRESENTATION (sam_presentation_get_type ())
G_DECLARE_FINAL_TYPE (SamPresentation, sam_presentation, SAM, PRESENTATION, GObject)

/* Properties "step" and "blackout" notify on change.  Signal "changed":
 * the project changed in a way that may change the picture (a marker moved
 * during the talk), so every view of it redraws at once. */

SamPresentation     *sam_presentation_new             (SamProject      *project);
SamProject          *sam_presentation_get_project     (SamPresentation *self);
SamPresentationStep  sam_presentation_get_step        (SamPresentation *self);
void                 sam_presentation_set_step        (SamPresentation *self,
                                                       SamPresentationStep step);
/* The step after the current one, or -1 at the last step. */
int                  sam_presentation_get_next_step   (SamPresentation *self);
/* SAM_PRESENTATION_N_ALL_STEPS with work sessions, else SAM_PRESENTATION_N_STEPS. */
int                  sam_presentation_get_n_steps     (SamPresentation *self);
gboolean             sam_presentation_get_blackout    (SamPresentation *self);
void                 sam_presentation_set_blackout    (SamPresentation *self,
                                                       gboolean         blackout);

/* Navigation.  While the screen is black, every one of these only lights
 * it again, so the room sees where the talk stands before it moves on.
 * Each returns TRUE when something changed. */
gboolean             sam_presentation_next            (SamPresentation *self);
gboolean             sam_presentation_previous        (SamPresentation *self);
gboolean             sam_presentation_first           (SamPresentation *self);
gboolean             sam_presentation_last            (SamPresentation *self);
void                 sam_presentation_toggle_blackout (SamPresentation *self);

/* Carries out a navigation command (NEXT .. BLACKOUT); LEAVE,
 * TOGGLE_PRESENTER and NONE belong to the windows and return FALSE. */
gboolean             sam_presentation_run_command     (SamPresentation        *self,
                                                       SamPresentationCommand  command);

G_END_DECLS
