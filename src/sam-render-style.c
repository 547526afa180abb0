/* sam-render-style.c: the colours of the ladder in each style
 *
 * Accents come from the Okabe-Ito palette, which stays distinguishable with
 * the common forms of colour blindness; nothing is told apart by colour
 * alone anyway (markers differ by shape and label).  Every text colour is
 * checked against the fill behind it by tests/test-render.c (WCAG AA).
 */

#define G_LOG_DOMAIN "samenspel-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sam-ladder-render.h"

#define HEX(v) { ((v) >> 16 & 0xff) / 255.0, ((v) >> 8 & 0xff) / 255.0, ((v) & 0xff) / 255.0 }

/* Okabe-Ito */
#define OI_ORANGE     0xE69F00
#define OI_SKY_BLUE   0x56B4E9
#define OI_GREEN      0x009E73

#define OI_BLUE       0x0072B2
#define OI_VERMILLION 0xD55E00
#define OI_PURPLE     0xCC79A7

/* The fills are the accents mixed into the page colour (14% and 28% on
 * light, 20% and 32% on dark), precomputed so the tables stay plain data. */
static const SamRenderPalette palettes[SAM_RENDER_N_STYLES] = {
  [SAM_RENDER_STYLE_LIGHT] = {
    .page = HEX (0xFFFFFF),
    .text = HEX (0x1C1C1C),
    .text_muted = HEX (0x4A4A4A),
    .side = { HEX (OI_BLUE), HEX (OI_VERMILLION) },
    .box = { HEX (0xDBEBF4), HEX (0xF9E8DB) },
    .box_hover = { HEX (0xB8D8E9), HEX (0xF3D2B8) },
    .riser = { HEX (0xEDF5F9), HEX (0xFCF3ED) },
    .box_text = HEX (0x1C1C1C),
    .box_text_muted = HEX (0x3A3A3A),
    .chip_bg = HEX (0xFFFFFF),
    .chip_text = HEX (0x1C1C1C),
    .focus = HEX (0x1C1C1C),
    .font_scale = 1.0,
    .line_scale = 1.0,
  },
  [SAM_RENDER_STYLE_DARK] = {
    .page = HEX (0x1B1B1D),
    .text = HEX (0xF3F3F3),
    .text_muted = HEX (0xC9C9C9),
    .side = { HEX (OI_SKY_BLUE), HEX (OI_ORANGE) },
    .box = { HEX (0x334653), HEX (0x504124) },
    .box_hover = { HEX (0x385669), HEX (0x664F1F) },
    .riser = { HEX (0x2E3840), HEX (0x3D3629) },
    .box_text = HEX (0xF5F5F5),
    .box_text_muted = HEX (0xDADADA),
    .chip_bg = HEX (0x2A2A2D),
    .chip_text = HEX (0xF5F5F5),
    .focus = HEX (0xFFFFFF),
    .font_scale = 1.0,
    .line_scale = 1.0,
  },
  /* High contrast for washed-out projectors: pure black on white, the
   * accents at full strength, thick lines and larger type. */
  [SAM_RENDER_STYLE_PROJECTOR] = {
    .page = HEX (0xFFFFFF),
    .text = HEX (0x000000),
    .text_muted = HEX (0x1A1A1A),
    .side = { HEX (OI_BLUE), HEX (OI_VERMILLION) },
    .box = { HEX (0xE0EEF6), HEX (0xFAEBE0) },
    .box_hover = { HEX (0xBFDCEC), HEX (0xF5D7C0) },
    .riser = { HEX (0xF0F7FB), HEX (0xFDF5EF) },
    .box_text = HEX (0x000000),
    .box_text_muted = HEX (0x1A1A1A),
    .chip_bg = HEX (0xFFFFFF),
    .chip_text = HEX (0x000000),
    .focus = HEX (0x000000),
    .font_scale = 1.3,
    .line_scale = 2.0,
  },
};

static const guint32 chip_colours[] = {
  OI_ORANGE, OI_SKY_BLUE, OI_GREEN, OI_BLUE, OI_VERMILLION, OI_PURPLE,
};

static const GEnumValue style_values[] = {
  { SAM_RENDER_STYLE_LIGHT, "SAM_RENDER_STYLE_LIGHT", "light" },
  { SAM_RENDER_STYLE_DARK, "SAM_RENDER_STYLE_DARK", "dark" },
  { SAM_RENDER_STYLE_PROJECTOR, "SAM_RENDER_STYLE_PROJECTOR", "projector" },
  { 0, NULL, NULL },
};

GType
sam_render_style_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("SamRenderStyle", style_values));

  return type;
}

gboolean
sam_render_style_from_string (const char     *name,
                              SamRenderStyle *style)
{
  g_return_val_if_fail (style != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; style_values[i].value_nick != NULL; i++)
    if (g_ascii_strcasecmp (name, style_values[i].value_nick) == 0)
      {
        *style = style_values[i].value;
        return TRUE;
      }

  return FALSE;
}

const char *
sam_render_style_to_string (SamRenderStyle style)
{
  g_return_val_if_fail (style < SAM_RENDER_N_STYLES, NULL);
  return style_values[style].value_nick;
}

void
sam_render_options_init (SamRenderOptions *options,
                         SamRenderStyle    style)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->style = style;
  options->focus = SAM_RENDER_FOCUS_NONE;
  options->hover_side = -1;
  options->keyboard_side = -1;
  options->draw_background = TRUE;
}

const SamRenderPalette *
sam_render_palette_get (SamRenderStyle style)
{
  g_return_val_if_fail (style < SAM_RENDER_N_STYLES, &palettes[0]);
  return &palettes[style];
}

void
sam_render_chip_colour (guint   index,
                        SamRgb *rgb)
{
  guint32 v = chip_colours[index % G_N_ELEMENTS (chip_colours)];

  rgb->r = (v >> 16 & 0xff) / 255.0;
  rgb->g = (v >> 8 & 0xff) / 255.0;
  rgb->b = (v & 0xff) / 255.0;
}

static double
linearise (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
sam_rgb_luminance (const SamRgb *rgb)
{
  return 0.2126 * linearise (rgb->r) + 0.7152 * linearise (rgb->g) + 0.0722 * linearise (rgb->b);
}

double
sam_rgb_contrast (const SamRgb *a,
                  const SamRgb *b)
{
  double la = sam_rgb_luminance (a);
  double lb = sam_rgb_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

gboolean
sam_rgb_parse (const char *str,
               SamRgb     *rgb)
{
  guint v = 0;
  gsize len;

  if (str == NULL || str[0] != '#')
    return FALSE;
  str++;
  len = strlen (str);
  if (len != 3 && len != 6)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      int d = g_ascii_xdigit_value (str[i]);
      if (d < 0)
        return FALSE;
      v = v << 4 | d;
      if (len == 3)
        v = v << 4 | d;
    }
  rgb->r = (v >> 16 & 0xff) / 255.0;
  rgb->g = (v >> 8 & 0xff) / 255.0;
  rgb->b = (v & 0xff) / 255.0;
  return TRUE;
}
