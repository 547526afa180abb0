/* sam-handout.c: the project on paper, for partners without Samenspel
 *
 * The content is built once as a flow of units (runs of text lines, table
 * rows, the ladder figure, spaces), then cut into pages: text breaks
 * between lines, a heading stays with what follows, a table row that
 * starts a page gets the table header again.  Drawing a page only places
 * the units it holds, so the PDF and the printer get the same pages.
 */

#define G_LOG_DOMAIN "samenspel-share"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "sam-handout.h"
#include "sam-ladder-render.h"
#include "sam-ladder.h"

#define MARGIN_X       56.0    /* 2 cm */
#define MARGIN_TOP     64.0
#define MARGIN_BOTTOM  64.0
#define HEADER_Y       32.0
#define FONT           "DejaVu Sans"
#define BODY_SIZE      10.0
#define CELL_PAD       4.0

typedef enum {
  UNIT_LINES,       /* lines [y0, y1) of a layout */
  UNIT_ROW,         /* a table row: cells side by side */
  UNIT_LADDER,
  UNIT_SPACE,
  UNIT_PAGE_BREAK,
} UnitKind;

typedef struct {
  PangoLayout *layout;
  double       x;
  double       width;
} Cell;

typedef struct _Unit Unit;
struct _Unit {
  UnitKind     kind;
  double       height;
  double       x;
  PangoLayout *layout;         /* UNIT_LINES */
  double       y0;
  GPtrArray   *cells;          /* UNIT_ROW: Cell */
  gboolean     header_row;     /* UNIT_ROW: shaded, repeated on new pages */
  Unit        *table_header;   /* UNIT_ROW: the header to repeat */
  gboolean     keep_with_next;
  const char  *section;        /* translated, for the page header */
};

typedef struct {
  Unit   *unit;
  double  y;
} Placed;

struct _SamHandout
{
  SamProject   *project;
  double        width;
  double        height;
  double        body_width;
  double        body_height;
  PangoContext *context;
  GPtrArray    *units;    /* Unit */
  GPtrArray    *pages;    /* GArray of Placed */
  const char   *section;  /* while building */
  char         *date;
};

/* ---- Building the flow ---- */

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_clear_object (&cell->layout);
  g_free (cell);
}

static void
unit_free (gpointer data)
{
  Unit *unit = data;

  g_clear_object (&unit->layout);
  g_clear_pointer (&unit->cells, g_ptr_array_unref);
  g_free (unit);
}

static Unit *
add_unit (SamHandout *self,
          UnitKind    kind,
          double      height)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->kind = kind;
  unit->height = height;
  unit->section = self->section;
  g_ptr_array_add (self->units, unit);
  return unit;
}

static PangoLayout *
make_layout (SamHandout *self,
             const char *text,
             double      size,
             PangoWeight weight,
             PangoStyle  style,
             double      width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (FONT);

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (desc, weight);
  pango_font_description_set_style (desc, style);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  /* Long Dutch compounds and URLs must wrap, never run off the paper. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* One unit per line, so a paragraph can continue on the next page. */
static void
add_layout_lines (SamHandout  *self,
                  PangoLayout *layout,
                  double       x,
                  gboolean     keep_with_next)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      Unit *unit;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      unit = add_unit (self, UNIT_LINES, (double) logical.height / PANGO_SCALE);
      unit->layout = g_object_ref (layout);
      unit->y0 = (double) logical.y / PANGO_SCALE;
      unit->x = x;
      unit->keep_with_next = keep_with_next;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
add_text (SamHandout *self,
          const char *text,
          double      size,
          PangoWeight weight,
          PangoStyle  style,
          double      indent,
          gboolean    keep_with_next)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, size, weight, style, self->body_width - indent);

  add_layout_lines (self, layout, MARGIN_X + indent, keep_with_next);
}

static void
add_space (SamHandout *self,
           double      height,
           gboolean    keep_with_next)
{
  add_unit (self, UNIT_SPACE, height)->keep_with_next = keep_with_next;
}

static void
add_heading (SamHandout *self,
             const char *text,
             double      size)
{
  add_space (self, size * 0.9, TRUE);
  add_text (self, text, size, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0, TRUE);
  add_space (self, size * 0.45, TRUE);
}

static void
start_section (SamHandout *self,
               const char *title)
{
  self->section = title;
  add_unit (self, UNIT_PAGE_BREAK, 0);
  add_text (self, title, 18, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0, TRUE);
  add_space (self, 12, TRUE);
}

static const char *
rung_title (SamSide side,
            int     rung)
{
  if (!sam_ladder_rung_is_valid (rung))
    return "–";
  return sam_ladder_get_role (side, rung)->title;
}

/* A table row; when it would not fit on an empty page it becomes plain
 * text, one cell after the other, so nothing is ever cut off. */
static void
add_row (SamHandout  *self,
         const char **texts,
         const double *widths,
         guint        n,
         gboolean     header,
         Unit        *table_header)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (cell_free);
  double x = MARGIN_X;
  double height = 0;
  Unit *unit;

  for (guint i = 0; i < n; i++)
    {
      Cell *cell = g_new0 (Cell, 1);
      int h;

      cell->x = x;
      cell->width = widths[i];
      cell->layout = make_layout (self, texts[i] != NULL ? texts[i] : "", header ? 8.5 : 9,
                                  header || i == 0 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                  PANGO_STYLE_NORMAL, widths[i] - 2 * CELL_PAD);
      /* The first cell's second paragraph (category, flags) is lighter. */
      if (i == 0 && !header && strchr (texts[0], '\n') != NULL)
        {
          const char *nl = strchr (texts[0], '\n');
          PangoAttrList *attrs = pango_attr_list_new ();
          PangoAttribute *attr = pango_attr_weight_new (PANGO_WEIGHT_NORMAL);

          attr->start_index = nl - texts[0];
          attr->end_index = G_MAXUINT;
          pango_attr_list_insert (attrs, attr);
          attr = pango_attr_foreground_new (0x5555, 0x5555, 0x5555);
          attr->start_index = nl - texts[0];
          pango_attr_list_insert (attrs, attr);
          pango_layout_set_attributes (cell->layout, attrs);
          pango_attr_list_unref (attrs);
        }
      /* The last column of a body row is markup (bold labels). */
      if (!header && i == n - 1)
        pango_layout_set_markup (cell->layout, texts[i] != NULL ? texts[i] : "", -1);
      pango_layout_get_size (cell->layout, NULL, &h);
      height = MAX (height, (double) h / PANGO_SCALE + 2 * CELL_PAD);
      x += widths[i];
      g_ptr_array_add (cells, cell);
    }

  if (height > self->body_height * 0.8)
    {
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *plain = NULL;

          if (texts[i] == NULL || texts[i][0] == '\0')
            continue;
          if (i == n - 1 && !pango_parse_markup (texts[i], -1, 0, NULL, &plain, NULL, NULL))
            plain = g_strdup (texts[i]);
          add_text (self, plain != NULL ? plain : texts[i], 9,
                    i == 0 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                    PANGO_STYLE_NORMAL, i == 0 ? 0 : 12, FALSE);
        }
      add_space (self, 6, FALSE);
      return;
    }

  unit = add_unit (self, UNIT_ROW, height);
  unit->cells = g_steal_pointer (&cells);
  unit->header_row = header;
  unit->table_header = table_header;
  unit->keep_with_next = header;
}

static void
build_title_page (SamHandout *self)
{
  SamProject *project = self->project;
  const char *title = sam_project_get_title (project);
  const char *organisation = sam_project_get_organisation (project);
  g_autofree char *handout_of = NULL;

  self->section = NULL;
  add_space (self, 180, FALSE);
  add_text (self, title[0] != '\0' ? title : _("Untitled Project"), 28, PANGO_WEIGHT_BOLD,
            PANGO_STYLE_NORMAL, 0, TRUE);
  if (organisation[0] != '\0')
    {
      add_space (self, 10, TRUE);
      add_text (self, organisation, 16, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, TRUE);
    }
  add_space (self, 28, TRUE);
  /* Translators: %s is a date */
  handout_of = g_strdup_printf (_("Co-creation handout, %s"), self->date);
  add_text (self, handout_of, 12, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, FALSE);
  add_space (self, 36, FALSE);
  add_text (self, _("This handout shows where we stand on the participation ladder and where we "
                    "want to go, why we want to co-create, who the stakeholders are and which "
                    "worries we parked along the way. It was made with Samenspel; you need "
                    "nothing else to read it."),
            11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, FALSE);
  add_space (self, 24, FALSE);
  add_text (self, _("Contents"), 12, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0, TRUE);
  add_space (self, 4, TRUE);
  {
    const char *contents[] = {
      _("1. The participation ladder"),
      _("2. Why: our vision"),
      _("3. Stakeholders"),
      _("4. Parking lot"),
    };

    for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
      add_text (self, contents[i], 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 12, FALSE);
  }
}

static void
build_ladder (SamHandout *self)
{
  SamProject *project = self->project;
  double figure_height = self->body_width * 0.72;
  static const SamMark marks[] = {
    SAM_MARK_PRODUCER_NOW, SAM_MARK_PRODUCER_WANTED, SAM_MARK_CONSUMER_NOW, SAM_MARK_CONSUMER_WANTED,
  };
  const char *labels[] = {
    _("Our role now"), _("The role we want"), _("Our clients’ role now"), _("The role we want for our clients"),
  };

  start_section (self, _("1. The participation ladder"));
  add_text (self, _("The provider’s role (left) and the client’s role (right) grow towards each other "
                    "until they meet in the middle: co-creation. Each side has four rungs; rung 1 is "
                    "farthest from co-creation, rung 4 is next to it."),
            BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, FALSE);
  add_space (self, 10, FALSE);
  add_unit (self, UNIT_LADDER, figure_height);
  add_space (self, 14, FALSE);

  add_heading (self, _("Where we stand"), 12);
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      int rung = sam_project_get_mark (project, marks[i]);
      SamSide side = sam_mark_get_side (marks[i]);
      g_autofree char *line = NULL;

      if (sam_ladder_rung_is_valid (rung))
        /* Translators: "Our role now: Integrator (rung 3)" */
        line = g_strdup_printf (_("%s: %s (rung %d)"), labels[i], rung_title (side, rung), rung);
      else
        line = g_strdup_printf (_("%s: not marked yet"), labels[i]);
      add_text (self, line, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, FALSE);
      add_space (self, 3, FALSE);
    }

  /* What each rung means, so the picture reads without the app. */
  add_heading (self, _("The roles"), 12);
  for (int side = SAM_SIDE_PRODUCER; side <= SAM_SIDE_CONSUMER; side++)
    {
      add_text (self, sam_ladder_side_title (side), BODY_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0, TRUE);
      add_space (self, 3, TRUE);
      for (int rung = 1; rung <= SAM_LADDER_N_RUNGS; rung++)
        {
          const SamLadderRole *role = sam_ladder_get_role (side, rung);
          g_autofree char *line = g_strdup_printf ("%d. %s: %s", rung, role->title, role->summary);

          add_text (self, line, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 12, FALSE);
          add_space (self, 2, FALSE);
        }
      add_space (self, 6, FALSE);
    }
}

static void
build_vision (SamHandout *self)
{
  SamProject *project = self->project;
  SamVerdict verdict = sam_project_get_verdict (project);

  start_section (self, _("2. Why: our vision"));
  for (guint i = 0; i < SAM_VISION_N_FIELDS; i++)
    {
      const char *answer = sam_project_get_vision (project, i);

      add_heading (self, sam_vision_question (i), 12);
      if (i == SAM_VISION_FIT_NOTES && verdict != SAM_VERDICT_UNSET)
        {
          /* Translators: %s is the verdict, such as "Partly fits" */
          g_autofree char *line = g_strdup_printf (_("Verdict: %s"), sam_enum_to_label (SAM_TYPE_VERDICT, verdict));

          add_text (self, line, BODY_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0, FALSE);
          add_space (self, 4, FALSE);
        }
      if (answer[0] != '\0')
        add_text (self, answer, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, FALSE);
      else
        add_text (self, _("Not answered yet."), BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0, FALSE);
    }
}

static void
build_stakeholders (SamHandout *self)
{
  GListModel *list = sam_project_get_stakeholders (self->project);
  guint n = g_list_model_get_n_items (list);
  double w = self->body_width;
  const double widths[] = { w * 0.25, w * 0.22, w * 0.14, w * 0.39 };
  const char *head[] = { _("Stakeholder"), _("Role now → wanted"), _("Willing to contribute"), _("Interest and benefit") };
  Unit *header;

  start_section (self, _("3. Stakeholders"));
  if (n == 0)
    {
      add_text (self, _("No stakeholders yet."), BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0, FALSE);
      return;
    }

  add_row (self, head, widths, G_N_ELEMENTS (widths), TRUE, NULL);
  header = g_ptr_array_index (self->units, self->units->len - 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamStakeholder) s = g_list_model_get_item (list, i);
      g_autoptr(GString) who = g_string_new (sam_stakeholder_get_name (s));
      g_autoptr(GString) why = g_string_new (NULL);
      g_autofree char *roles = NULL;
      const char *category = sam_stakeholder_get_category (s);
      const char *texts[4];
      SamSide side;

      if (who->len == 0)
        g_string_append (who, _("(no name)"));
      if (category[0] != '\0')
        g_string_append_printf (who, "\n%s", sam_stakeholder_category_label (category));
      if (sam_stakeholder_get_ambassador (s))
        g_string_append_printf (who, "\n%s", _("Ambassador"));
      if (sam_stakeholder_get_critical_voice (s))
        g_string_append_printf (who, "\n%s", _("Critical voice"));
      if (sam_stakeholder_get_informed_only (s))
        g_string_append_printf (who, "\n%s", _("Keep informed only"));

      /* The side first: the roles are rungs of the stakeholder's side. */
      side = sam_stakeholder_get_side (s);
      roles = g_strdup_printf ("%s\n%s → %s", sam_enum_to_label (SAM_TYPE_SIDE, side),
                               rung_title (side, sam_stakeholder_get_role_now (s)),
                               rung_title (side, sam_stakeholder_get_role_wanted (s)));
      if (sam_stakeholder_get_interest (s)[0] != '\0')
        {
          g_autofree char *text = g_markup_escape_text (sam_stakeholder_get_interest (s), -1);
          g_string_append_printf (why, "<b>%s</b> %s", _("Interest:"), text);
        }
      if (sam_stakeholder_get_benefit (s)[0] != '\0')
        {
          g_autofree char *text = g_markup_escape_text (sam_stakeholder_get_benefit (s), -1);

          if (why->len > 0)
            g_string_append (why, "\n");
          g_string_append_printf (why, "<b>%s</b> %s", _("Benefit:"), text);
        }
      if (sam_stakeholder_get_notes (s)[0] != '\0')
        {
          g_autofree char *text = g_markup_escape_text (sam_stakeholder_get_notes (s), -1);

          if (why->len > 0)
            g_string_append (why, "\n");
          g_string_append_printf (why, "<i>%s</i>", text);
        }

      texts[0] = who->str;
      texts[1] = roles;
      texts[2] = sam_enum_to_label (SAM_TYPE_WILLINGNESS, sam_stakeholder_get_willingness (s));
      texts[3] = why->str;
      add_row (self, texts, widths, G_N_ELEMENTS (widths), FALSE, header);
    }
}

static void
build_parking_lot (SamHandout *self)
{
  GListModel *list = sam_project_get_notes (self->project);
  guint n = g_list_model_get_n_items (list);
  static const SamNoteStatus order[] = {
    SAM_NOTE_STATUS_PARKED, SAM_NOTE_STATUS_DISCUSSED, SAM_NOTE_STATUS_RESOLVED,
  };
  const char *group_titles[] = { _("Still parked"), _("Discussed"), _("Resolved") };

  start_section (self, _("4. Parking lot"));
  add_text (self, _("The “bears on the road”: fears and obstacles we named and parked, so they do not "
                    "slow the work down but get their turn later."),
            BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, FALSE);
  if (n == 0)
    {
      add_space (self, 8, FALSE);
      add_text (self, _("Nothing parked yet."), BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0, FALSE);
      return;
    }

  for (guint g = 0; g < G_N_ELEMENTS (order); g++)
    {
      guint count = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SamNote) note = g_list_model_get_item (list, i);
          count += sam_note_get_status (note) == order[g];
        }
      if (count == 0)
        continue;

      {
        g_autofree char *title = g_strdup_printf ("%s (%u)", group_titles[g], count);
        add_heading (self, title, 12);
      }
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SamNote) note = g_list_model_get_item (list, i);
          g_autoptr(GString) meta = g_string_new (NULL);
          g_autofree char *line = NULL;
          const char *owner = sam_note_get_owner (note);
          SamStakeholder *linked = sam_project_find_stakeholder (self->project, sam_note_get_stakeholder_id (note));

          if (sam_note_get_status (note) != order[g])
            continue;
          line = g_strdup_printf ("%s — %s", sam_enum_to_label (SAM_TYPE_NOTE_KIND, sam_note_get_kind (note)),
                                  sam_note_get_text (note));
          add_text (self, line, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, FALSE);
          if (owner[0] != '\0')
            g_string_append_printf (meta, _("Owner: %s"), owner);
          if (linked != NULL)
            {
              if (meta->len > 0)
                g_string_append (meta, " · ");
              g_string_append_printf (meta, _("About: %s"), sam_stakeholder_get_name (linked));
            }
          if (meta->len > 0)
            add_text (self, meta->str, 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 12, FALSE);
          add_space (self, 6, FALSE);
        }
    }
}

/* ---- Work sessions: the ladder over time ---- */

#define MAX_MOVES_LISTED 40

static const char *
role_on (SamSide side,
         int     rung)
{
  if (!sam_ladder_rung_is_valid (rung))
    return _("not placed");
  return sam_ladder_get_role (side, rung)->title;
}

/* What moved from @a to @b (snapshots), one line each. */
static void
add_moves (SamHandout  *self,
           SamSnapshot *a,
           SamSnapshot *b)
{
  static const SamMark marks[] = { SAM_MARK_PRODUCER_NOW, SAM_MARK_CONSUMER_NOW };
  const char *labels[] = { _("Our role"), _("Our clients’ role") };
  guint listed = 0, more = 0, n_b = sam_snapshot_get_n_entries (b), n_a = sam_snapshot_get_n_entries (a);
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      int from = sam_snapshot_get_mark (a, marks[i]), to = sam_snapshot_get_mark (b, marks[i]);
      SamSide side = sam_mark_get_side (marks[i]);
      g_autofree char *line = NULL;

      if (from == to)
        continue;
      /* Translators: "Our role: Mass customiser → Idea collector" */
      line = g_strdup_printf (_("%s: %s → %s"), labels[i], role_on (side, from), role_on (side, to));
      add_text (self, line, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 12, FALSE);
      add_space (self, 2, FALSE);
      any = TRUE;
    }

  for (guint i = 0; i < n_b; i++)
    {
      const SamSnapshotEntry *eb = sam_snapshot_get_entry (b, i);
      const SamSnapshotEntry *ea = sam_snapshot_find (a, eb->id);
      g_autofree char *line = NULL;
      const char *name = eb->name[0] != '\0' ? eb->name : _("(no name)");

      if (ea != NULL && ea->role_now == eb->role_now && ea->side == eb->side)
        continue;
      if (ea == NULL && !sam_ladder_rung_is_valid (eb->role_now))
        continue;
      any = TRUE;
      if (listed >= MAX_MOVES_LISTED)
        {
          more++;
          continue;
        }
      if (ea == NULL)
        /* Translators: a stakeholder new since the session before, and its role */
        line = g_strdup_printf (_("%s (new): %s"), name, role_on (eb->side, eb->role_now));
      else
        line = g_strdup_printf (_("%s: %s → %s"), name, role_on (ea->side, ea->role_now),
                                role_on (eb->side, eb->role_now));
      add_text (self, line, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 12, FALSE);
      add_space (self, 2, FALSE);
      listed++;
    }
  for (guint i = 0; i < n_a; i++)
    {
      const SamSnapshotEntry *ea = sam_snapshot_get_entry (a, i);
      g_autofree char *line = NULL;

      if (sam_snapshot_find (b, ea->id) != NULL)
        continue;
      any = TRUE;
      if (listed >= MAX_MOVES_LISTED)
        {
          more++;
          continue;
        }
      /* Translators: a stakeholder deleted since; its name from the earlier session */
      line = g_strdup_printf (_("%s: no longer listed"), ea->name[0] != '\0' ? ea->name : _("(no name)"));
      add_text (self, line, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 12, FALSE);
      add_space (self, 2, FALSE);
      listed++;
    }
  if (more > 0)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more", "… and %u more", more),
                                               more);
      add_text (self, line, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 12, FALSE);
      add_space (self, 2, FALSE);
    }
  if (!any)
    {
      add_text (self, _("Nothing moved."), 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 12, FALSE);
      add_space (self, 2, FALSE);
    }
}

static void
build_sessions (SamHandout *self)
{
  g_autoptr(GPtrArray) sessions = sam_project_dup_sessions_in_order (self->project);
  g_autoptr(SamSnapshot) now = NULL;

  if (sessions->len == 0)
    return;

  start_section (self, _("5. The work sessions"));
  add_text (self, _("Where everyone stood at each work session, and what moved since the session before. "
                    "The last part compares the first session with today."),
            BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, FALSE);

  for (guint i = 0; i < sessions->len; i++)
    {
      SamSession *session = sessions->pdata[i];
      SamSnapshot *snapshot = sam_session_get_snapshot (session);
      const char * const *participants = sam_session_get_participants (session);
      g_autofree char *date = sam_session_format_date (session);
      g_autofree char *heading = NULL;
      g_autofree char *marks = NULL;

      if (sam_session_get_name (session)[0] != '\0')
        /* Translators: a session in the handout: "3 February 2026: Kick-off" */
        heading = g_strdup_printf (_("%s: %s"), date, sam_session_get_name (session));
      else
        heading = g_strdup (date);
      add_heading (self, heading, 11);

      if (participants[0] != NULL)
        {
          g_autoptr(GString) names = g_string_new (NULL);
          g_autofree char *line = NULL;

          for (guint p = 0; participants[p] != NULL; p++)
            {
              SamStakeholder *live = sam_project_find_stakeholder (self->project, participants[p]);
              const SamSnapshotEntry *entry = sam_snapshot_find (snapshot, participants[p]);
              const char *name = live != NULL ? sam_stakeholder_get_name (live)
                                 : entry != NULL ? entry->name : _("a stakeholder no longer listed");

              if (names->len > 0)
                g_string_append (names, ", ");
              g_string_append (names, name[0] != '\0' ? name : _("(no name)"));
            }
          line = g_strdup_printf (_("Took part: %s"), names->str);
          add_text (self, line, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, FALSE);
          add_space (self, 3, FALSE);
        }
      if (sam_session_get_note (session)[0] != '\0')
        {
          add_text (self, sam_session_get_note (session), 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0, FALSE);
          add_space (self, 3, FALSE);
        }
      /* Translators: the organisation's and the clients' role at a session */
      marks = g_strdup_printf (_("Our role: %s. Our clients’ role: %s."),
                               role_on (SAM_SIDE_PRODUCER, sam_snapshot_get_mark (snapshot, SAM_MARK_PRODUCER_NOW)),
                               role_on (SAM_SIDE_CONSUMER, sam_snapshot_get_mark (snapshot, SAM_MARK_CONSUMER_NOW)));
      add_text (self, marks, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, FALSE);
      add_space (self, 3, FALSE);
      if (i > 0)
        {
          add_text (self, _("Since the session before:"), 9, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0, TRUE);
          add_space (self, 2, TRUE);
          add_moves (self, sam_session_get_snapshot (sessions->pdata[i - 1]), snapshot);
        }
    }

  now = sam_snapshot_new_from_project (self->project);
  add_heading (self, _("From the first session to today"), 12);
  add_moves (self, sam_session_get_snapshot (sessions->pdata[0]), now);
}


/* ---- Pagination ---- */

static GArray *
new_page (SamHandout *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placed));

  g_ptr_array_add (self->pages, page);
  return page;
}

/* Height of @index and the units that must stay with it. */
static double
kept_height (SamHandout *self,
             guint       index)
{
  double h = 0;

  for (guint i = index; i < self->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);

      if (unit->kind == UNIT_PAGE_BREAK)
        break;
      h += unit->height;
      if (!unit->keep_with_next)
        break;
    }
  return h;
}

static void
paginate (SamHandout *self)
{
  GArray *page = new_page (self);
  double y = 0;

  for (guint i = 0; i < self->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);
      Placed placed;

      if (unit->kind == UNIT_PAGE_BREAK)
        {
          if (page->len > 0)
            page = new_page (self);
          y = 0;
          continue;
        }
      /* A space at the top of a page only pushes the text down. */
      if (unit->kind == UNIT_SPACE && y == 0 && page->len > 0)
        continue;

      if (y > 0 && y + MIN (kept_height (self, i), self->body_height) > self->body_height)
        {
          page = new_page (self);
          y = 0;
          if (unit->kind == UNIT_SPACE)
            continue;
          if (unit->kind == UNIT_ROW && unit->table_header != NULL)
            {
              placed.unit = unit->table_header;
              placed.y = 0;
              g_array_append_val (page, placed);
              y += unit->table_header->height;
            }
        }

      placed.unit = unit;
      placed.y = y;
      g_array_append_val (page, placed);
      y += unit->height;
    }
}

/* ---- Drawing ---- */

static void
show_text (SamHandout *self,
           cairo_t    *cr,
           const char *text,
           double      size,
           double      x,
           double      y,
           double      width,
           PangoAlignment align)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, size, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);

  pango_layout_set_alignment (layout, align);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_row (cairo_t *cr,
          Unit    *unit,
          double   y)
{
  Cell *last = g_ptr_array_index (unit->cells, unit->cells->len - 1);
  Cell *first = g_ptr_array_index (unit->cells, 0);
  double left = first->x;
  double right = last->x + last->width;

  if (unit->header_row)
    {
      cairo_set_source_rgb (cr, 0.90, 0.91, 0.93);
      cairo_rectangle (cr, left, y, right - left, unit->height);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (guint i = 0; i < unit->cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (unit->cells, i);

      cairo_move_to (cr, cell->x + CELL_PAD, y + CELL_PAD);
      pango_cairo_show_layout (cr, cell->layout);
    }

  cairo_set_source_rgb (cr, 0.70, 0.72, 0.76);
  cairo_set_line_width (cr, unit->header_row ? 0.9 : 0.5);
  cairo_move_to (cr, left, y + unit->height);
  cairo_line_to (cr, right, y + unit->height);
  cairo_stroke (cr);
}

static void
draw_ladder (SamHandout *self,
             cairo_t    *cr,
             Unit       *unit,
             double      y)
{
  SamRenderOptions options;
  g_autoptr(SamLadderGeometry) geometry = NULL;

  sam_render_options_init (&options, SAM_RENDER_STYLE_LIGHT);
  options.draw_background = FALSE;
  /* A page is too narrow for eight columns of role text: the overview
   * keeps every role title whole and the marks; the roles and the
   * stakeholders are listed in full under the picture and in the table. */
  options.presentation = TRUE;
  cairo_save (cr);
  cairo_translate (cr, MARGIN_X, y);
  cairo_rectangle (cr, 0, 0, self->body_width, unit->height);
  cairo_clip (cr);
  geometry = sam_ladder_render (cr, self->project, self->body_width, unit->height, &options);
  cairo_restore (cr);
}

void
sam_handout_draw_page (SamHandout *self,
                       cairo_t    *cr,
                       guint       index)
{
  GArray *page;
  const char *section = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->pages->len);

  page = g_ptr_array_index (self->pages, index);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  for (guint i = 0; i < page->len; i++)
    {
      Placed *placed = &g_array_index (page, Placed, i);
      Unit *unit = placed->unit;
      double y = MARGIN_TOP + placed->y;

      if (section == NULL)
        section = unit->section;

      switch (unit->kind)
        {
        case UNIT_LINES:
          /* Show the layout through a window as tall as the line, so
           * the lines of one paragraph can sit on different pages. */
          cairo_save (cr);
          cairo_rectangle (cr, 0, y, self->width, unit->height);
          cairo_clip (cr);
          cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          cairo_move_to (cr, unit->x, y - unit->y0);
          pango_cairo_show_layout (cr, unit->layout);
          cairo_restore (cr);
          break;
        case UNIT_ROW:
          draw_row (cr, unit, y);
          break;
        case UNIT_LADDER:
          draw_ladder (self, cr, unit, y);
          break;
        case UNIT_SPACE:
        case UNIT_PAGE_BREAK:
        default:
          break;
        }
    }

  /* Header (not on the title page) and footer. */
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  if (index > 0)
    {
      const char *title = sam_project_get_title (self->project);

      show_text (self, cr, title[0] != '\0' ? title : _("Untitled Project"), 8.5,
                 MARGIN_X, HEADER_Y, self->body_width * 0.6, PANGO_ALIGN_LEFT);
      if (section != NULL)
        show_text (self, cr, section, 8.5, MARGIN_X + self->body_width * 0.4, HEADER_Y,
                   self->body_width * 0.6, PANGO_ALIGN_RIGHT);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN_X, HEADER_Y + 15);
      cairo_line_to (cr, MARGIN_X + self->body_width, HEADER_Y + 15);
      cairo_stroke (cr);
    }
  {
    /* Translators: page footer, "Page 2 of 5" */
    g_autofree char *footer = g_strdup_printf (_("Page %u of %u"), index + 1, self->pages->len);

    show_text (self, cr, footer, 8.5, MARGIN_X, self->height - MARGIN_BOTTOM + 24,
               self->body_width, PANGO_ALIGN_CENTER);
  }
  cairo_restore (cr);
}

/* ---- Public ---- */

SamHandout *
sam_handout_new (SamProject *project,
                 double      width,
                 double      height)
{
  SamHandout *self;
  cairo_font_options_t *font_options;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (SAM_IS_PROJECT (project), NULL);
  g_return_val_if_fail (width > 2 * MARGIN_X && height > MARGIN_TOP + MARGIN_BOTTOM, NULL);

  self = g_new0 (SamHandout, 1);
  self->project = g_object_ref (project);
  self->width = width;
  self->height = height;
  self->body_width = width - 2 * MARGIN_X;
  self->body_height = height - MARGIN_TOP - MARGIN_BOTTOM;
  self->units = g_ptr_array_new_with_free_func (unit_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  /* Translators: date on the handout's title page, strftime format */
  /* Numbers only, in the translation's order: month names would follow
   * LC_TIME, not the UI language, and could come out in another language. */
  self->date = g_date_time_format (now, C_("handout date", "%Y-%m-%d"));
  g_strstrip (self->date);

  /* Points as units, no hinting: the layout is the same on any target
   * (PDF, printer), so pages break at the same places. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, font_options);
  cairo_font_options_destroy (font_options);

  build_title_page (self);
  build_ladder (self);
  build_vision (self);
  build_stakeholders (self);
  build_parking_lot (self);
  build_sessions (self);
  paginate (self);

  return self;
}

void
sam_handout_free (SamHandout *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->project);
  g_free (self->date);
  g_free (self);
}

guint
sam_handout_get_n_pages (SamHandout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

static cairo_status_t
write_to_stream_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  GOutputStream *stream = closure;

  if (!g_output_stream_write_all (stream, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
sam_handout_export (SamProject  *project,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(SamHandout) handout = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  const char *title;

  g_return_val_if_fail (SAM_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = g_file_new_for_path (path);
  /* g_file_replace writes a temporary file and renames it on close, so a
   * failure leaves an existing handout as it was. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    return FALSE;

  handout = sam_handout_new (project, SAM_HANDOUT_A4_WIDTH, SAM_HANDOUT_A4_HEIGHT);
  surface = cairo_pdf_surface_create_for_stream (write_to_stream_cb, stream,
                                                 SAM_HANDOUT_A4_WIDTH, SAM_HANDOUT_A4_HEIGHT);
  title = sam_project_get_title (project);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  title[0] != '\0' ? title : _("Untitled Project"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Samenspel " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; i < sam_handout_get_n_pages (handout); i++)
    {
      sam_handout_draw_page (handout, cr, i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      /* Closing a cancelled replace stream keeps the old file. */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the handout: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}
