/* sam-ladder-render.h: the ONE renderer of the participation ladder
 *
 * A pure function of (project, size, options) onto any cairo_t, with text
 * through pango.  The canvas, the projector, PNG/SVG/PDF export, printing,
 * the handout and the tests all draw through it.  It returns the geometry
 * it drew, so widgets hit-test with the very numbers of the picture.
 */
#pragma once

#include <cairo.h>

#include "sam-ladder.h"
#include "sam-project.h"
#include "sam-snapshot.h"

G_BEGIN_DECLS

typedef enum {
  SAM_RENDER_STYLE_LIGHT,
  SAM_RENDER_STYLE_DARK,
  SAM_RENDER_STYLE_PROJECTOR,
} SamRenderStyle;
#define SAM_RENDER_N_STYLES 3

/* What a presentation step puts in focus.  With `presentation` each focus
 * has a slide of its own (sam-render-present.c); without it, the canvas
 * picture is drawn with a veil over the rest. */
typedef enum {
  SAM_RENDER_FOCUS_NONE,          /* overview: everything */
  SAM_RENDER_FOCUS_RUNG_PAIR,     /* rung pair `focus_rung` (1..4), descriptions enlarged */
  SAM_RENDER_FOCUS_ORGANISATION,  /* the organisation's now and wanted */
  SAM_RENDER_FOCUS_CLIENTS,       /* the clients' now and wanted */
  SAM_RENDER_FOCUS_STAKEHOLDERS,  /* the stakeholder chips */
  SAM_RENDER_FOCUS_PROGRESS,      /* slide "How far we have come": `compare_from` to the project */
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
  /* Added by the renderer's owner: */
  const char     *font_family;         /* NULL: "DejaVu Sans" (deterministic) */
  gboolean        draw_background;     /* fill the page colour (default TRUE) */
  double          min_scale;           /* 0, or a floor for the size unit (1.0 = type
                                        * as at 1280x720), so a small canvas stays legible */
  /* Every text the renderer draws passes through this when set: for
   * previewing translations (long Dutch compounds) and for tests. */
  const char   *(*translate_func) (const char *text,
                                   gpointer    data);
  gpointer        translate_data;
  /* A projector slide (presentation mode): each focus gets a layout of its
   * own in which every text is at least 24 px at 1024x768 (scaled with the
   * picture), nothing is ellipsized or broken mid-word (text that cannot be
   * whole is left out), and what the step leaves out is not drawn.  The
   * canvas and exports leave it FALSE. */
  gboolean        presentation;
  /* With `presentation` and no focus (the overview layout): the
   * stakeholders on each rung as named chips, as many as fit and "+N"
   * for the rest, instead of a count.  The canvas in a narrow pane sets
   * it (who stands where must stay readable there); slides and the
   * handout, which name everyone elsewhere, keep the count. */
  gboolean        overview_names;
  /* Work sessions (issue 12): where each party stood at a session, drawn
   * as a faint mark with an arrow to where it stands in the project drawn
   * (the project now, or one made from a later session's snapshot with
   * sam_snapshot_to_project()).  NULL: no comparison.  The caption says
   * what is compared ("Since 3 February 2026"); it replaces the header's
   * middle line. */
  SamSnapshot    *compare_from;
  const char     *compare_caption;
} SamRenderOptions;

void sam_render_options_init (SamRenderOptions *options,
                              SamRenderStyle    style);

#define SAM_TYPE_RENDER_STYLE (sam_render_style_get_type ())
GType        sam_render_style_get_type    (void) G_GNUC_CONST;
/* "light", "dark" or "projector" (case-insensitive); FALSE otherwise. */
gboolean     sam_render_style_from_string (const char     *name,
                                           SamRenderStyle *style);
const char  *sam_render_style_to_string   (SamRenderStyle  style);

/* ---- Colours of a style (sam-render-style.c) ---- */

typedef struct {
  double r, g, b;   /* 0..1, sRGB */
} SamRgb;

typedef struct {
  SamRgb page;            /* background of the picture */
  SamRgb text;            /* titles, axis and legend text on the page */
  SamRgb text_muted;      /* secondary text on the page */
  SamRgb side[2];         /* accent of producer / consumer: lines, shapes */
  SamRgb box[2];          /* rung box fill */
  SamRgb box_hover[2];    /* rung box fill under the pointer */
  SamRgb riser[2];        /* the step below a raised rung */
  SamRgb box_text;        /* text on a rung box (either fill) */
  SamRgb box_text_muted;  /* summaries and descriptions on a rung box */
  SamRgb chip_bg;         /* stakeholder chips, marker and "+N" pills */
  SamRgb chip_text;
  SamRgb focus;           /* keyboard focus ring and selection outline */
  double font_scale;      /* 1.0; larger for the projector */
  double line_scale;      /* 1.0; thicker for the projector */
} SamRenderPalette;

const SamRenderPalette *sam_render_palette_get    (SamRenderStyle style);
/* The Okabe-Ito colour for stakeholder chip @index (cycles; never black, never the hard-to-see yellow). */
void                    sam_render_chip_colour    (guint          index,
                                                   SamRgb        *rgb);
/* WCAG 2 relative luminance and contrast ratio (1..21). */
double                  sam_rgb_luminance         (const SamRgb  *rgb);
double                  sam_rgb_contrast          (const SamRgb  *a,
                                                   const SamRgb  *b);
/* "#rrggbb" or "#rgb"; FALSE when @str is not such a colour. */
gboolean                sam_rgb_parse             (const char    *str,
                                                   SamRgb        *rgb);

/* ---- The geometry the renderer drew ---- */

typedef enum {
  SAM_TEXT_SIDE_TITLE,
  SAM_TEXT_AXIS_LABEL,
  SAM_TEXT_RUNG_NUMBER,
  SAM_TEXT_RUNG_TITLE,
  SAM_TEXT_RUNG_SUMMARY,
  SAM_TEXT_RUNG_DESCRIPTION,
  SAM_TEXT_MARKER_LABEL,
  SAM_TEXT_CHIP_NAME,
  SAM_TEXT_CHIP_WANTED,
  SAM_TEXT_CHIP_SUMMARY,     /* "+N" */
  SAM_TEXT_LEGEND,
  SAM_TEXT_COMPARE,          /* a faint mark's label in the compare view, and the progress slide */
} SamTextKind;

typedef struct {
  SamTextKind        kind;
  char              *text;        /* the full text (before ellipsizing) */
  cairo_rectangle_t  rect;        /* the logical extents drawn */
  cairo_rectangle_t  container;   /* the box it must stay inside */
  int                side;        /* SamSide, or -1 */
  int                rung;        /* 1..4, or 0 */
  SamRgb             fg;          /* text colour ... */
  SamRgb             bg;          /* ... and the colour behind it */
  gboolean           ellipsized;
  gboolean           dimmed;      /* drawn under a focus dimming veil */
  /* Added for presentation mode (the projector's text-size rule): */
  double             font_px;     /* pixel size of the font it was drawn in */
  gboolean           broken_word; /* a line starts inside a word (no space or soft hyphen before it) */
  /* A chip's name as drawn, when it was shortened word by word to fit
   * ("Cult. coord." for "Culture coordinator"); NULL when drawn as @text. */
  char              *shown;
} SamTextBox;

typedef struct {
  char              *stakeholder_id; /* NULL for a "+N" summary */
  int                rung;           /* rung 1..4 of `side` */
  int                hidden;         /* N of a "+N" summary, else 0 */
  cairo_rectangle_t  rect;
  SamSide            side;           /* the stakeholder's side (of the rung) */
} SamChipBox;

typedef struct {
  double             width;
  double             height;
  cairo_rectangle_t  rungs[2][SAM_LADDER_N_RUNGS];  /* [SamSide][rung - 1] */
  cairo_rectangle_t  keystone;
  cairo_rectangle_t  ladder_area;
  cairo_rectangle_t  axis;
  cairo_rectangle_t  legend;
  gboolean           marker_visible[SAM_N_MARKS];
  cairo_rectangle_t  markers[SAM_N_MARKS];          /* [SamMark] */
  GArray            *chips;       /* SamChipBox, "+N" summaries included */
  GArray            *texts;       /* SamTextBox, in drawing order */
  /* The compare view (options.compare_from): */
  GArray            *moves;       /* SamMoveBox; NULL without a comparison */
  cairo_rectangle_t  compare_strip; /* below the ladder: where the stakeholders' faint marks go */
} SamLadderGeometry;

typedef enum {
  SAM_MOVE_MARK,           /* one of the four marks moved */
  SAM_MOVE_STAKEHOLDERS,   /* `count` stakeholders moved between the same two rungs */
  SAM_MOVE_GONE,           /* `count` stakeholders of the snapshot are no longer in the project */
} SamMoveKind;

/* One movement the compare view drew: a faint mark where the party stood
 * and, unless it is gone, an arrow from it to where it stands. */
typedef struct {
  SamMoveKind        kind;
  SamMark            mark;           /* with SAM_MOVE_MARK */
  char              *stakeholder_id; /* the one stakeholder when count is 1, else NULL */
  char              *label;          /* the faint mark's text, or NULL (marks have none) */
  guint              count;
  SamSide            from_side;
  int                from_rung;      /* 1..4 */
  SamSide            to_side;
  int                to_rung;        /* 1..4, 0 when gone or no longer set */
  gboolean           drawn;          /* FALSE when there was no room (counted in a "+N") */
  cairo_rectangle_t  ghost;          /* the faint mark */
  double             x0, y0, x1, y1; /* the arrow: from the faint mark to the tip */
} SamMoveBox;

typedef enum {
  SAM_LADDER_HIT_NONE,
  SAM_LADDER_HIT_RUNG,
  SAM_LADDER_HIT_MARKER,
  SAM_LADDER_HIT_CHIP,
  SAM_LADDER_HIT_SUMMARY,    /* a "+N" pill */
} SamLadderHitKind;

typedef struct {
  SamLadderHitKind  kind;
  SamSide           side;
  int               rung;            /* 1..4 for every kind but NONE */
  SamMark           mark;            /* with SAM_LADDER_HIT_MARKER */
  const char       *stakeholder_id;  /* with SAM_LADDER_HIT_CHIP; owned by the geometry */
} SamLadderHit;

SamLadderGeometry *sam_ladder_render          (cairo_t                 *cr,
                                               SamProject              *project,
                                               double                   width,
                                               double                   height,
                                               const SamRenderOptions  *options);
void               sam_ladder_geometry_free   (SamLadderGeometry       *geometry);
/* The topmost thing at (@x, @y): chips and markers before rungs. */
gboolean           sam_ladder_geometry_hit    (const SamLadderGeometry *geometry,
                                               double                   x,
                                               double                   y,
                                               SamLadderHit            *hit);
/* The chip of @stakeholder_id, or NULL when it is not drawn (unplaced or in "+N"). */
const SamChipBox  *sam_ladder_geometry_find_chip (const SamLadderGeometry *geometry,
                                                  const char              *stakeholder_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamLadderGeometry, sam_ladder_geometry_free)

G_END_DECLS
