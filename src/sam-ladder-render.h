/* sam-ladder-render.h: the ONE renderer of the participation ladder
 *
 * A pure function of (project, size, options) onto any cairo_t, with text
 * through pango.  The canvas, the projector, PNG/SVG/PDF export, printing,
 * the handout and the tests all draw through it.  It returns the geometry
 * it drew, so widgets hit-test with the very numbers of the picture.
 */
#pragma once

#include <cairo.h>

#include "sam-project.h"

G_BEGIN_DECLS

typedef enum {
  SAM_RENDER_STYLE_LIGHT,
  SAM_RENDER_STYLE_DARK,
  SAM_RENDER_STYLE_PROJECTOR,
} SamRenderStyle;

/* What a presentation step puts in focus; the rest is dimmed. */
typedef enum {
  SAM_RENDER_FOCUS_NONE,          /* overview: everything */
  SAM_RENDER_FOCUS_RUNG_PAIR,     /* rung pair `focus_rung` (1..4), descriptions enlarged */
  SAM_RENDER_FOCUS_ORGANISATION,  /* the organisation's now and wanted */
  SAM_RENDER_FOCUS_CLIENTS,       /* the clients' now and wanted */
  SAM_RENDER_FOCUS_STAKEHOLDERS,  /* the stakeholder chips */
} SamRenderFocus;

typedef struct {
  SamRenderStyle  style;
  SamRenderFocus  focus;
  int             focus_rung;          /* 1..4 with SAM_RENDER_FOCUS_RUNG_PAIR */
  int             hover_side;          /* SamSide of the hovered rung, or -1 */
  int             hover_rung;          /* 1..4, or 0 for none */
  int             keyboard_side;       /* rung with keyboard focus, or -1 */
  int             keyboard_rung;
  const char     *selected_stakeholder; /* id, or NULL */
} SamRenderOptions;

void sam_render_options_init (SamRenderOptions *options,
                              SamRenderStyle    style);

G_END_DECLS
