/* sam-json-check.c: a strict RFC 8259 check of raw bytes
 *
 * An iterative state machine with a fixed-size stack, so hostile nesting
 * costs nothing but the one byte per level up to the cap.  Positions are
 * only computed when reporting an error.
 */

#define G_LOG_DOMAIN "samenspel-io"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sam-json-check.h"
#include "sam-project-io.h"

typedef struct {
  const guchar *start;
  const guchar *p;
  const guchar *end;
  GError      **error;
} Scanner;

static void
position_of (const guchar *start,
             const guchar *at,
             guint        *line,
             guint        *column)
{
  const guchar *line_start = start;

  *line = 1;
  for (const guchar *q = start; q < at; q++)
    if (*q == '\n')
      {
        (*line)++;
        line_start = q + 1;
      }

  /* Columns count characters, not bytes; the text before @at is valid
   * UTF-8 (checked first), except when reporting an encoding error, where
   * counting lead bytes is still right for the valid part. */
  *column = 1;
  for (const guchar *q = line_start; q < at; q++)
    if ((*q & 0xC0) != 0x80)
      (*column)++;
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail_at (Scanner      *s,
         const guchar *at,
         int           code,
         const char   *format,
         ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  position_of (s->start, at, &line, &column);
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* TRANSLATORS: the position of a problem in a file, then the problem */
  g_set_error (s->error, SAM_PROJECT_ERROR, code, _("line %u, column %u: %s"),
               line, column, message);
  return FALSE;
}

static inline gboolean
is_word_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$';
}

/* A helpful message for a byte that cannot start what is expected. */
static gboolean
fail_unexpected (Scanner    *s,
                 const char *expected)
{
  const guchar *p = s->p;

  if (p >= s->end)
    return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                    _("the file ends too early (expected %s); it may have been cut off"),
                    expected);

  switch (*p)
    {
    case '/':
      return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                      _("comments are not allowed in a project file"));
    case '\'':
      return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                      _("text must be in double quotes, not single quotes"));
    case ']':
    case '}':
      if (p > s->start)
        {
          const guchar *q = p - 1;

          while (q > s->start && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
            q--;
          if (*q == ',')
            return fail_at (s, q, SAM_PROJECT_ERROR_SYNTAX,
                            _("a comma before “%c” is not allowed"), *p);
        }
      break;
    case '+':
      return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                      _("a number must not start with “+”"));
    default:
      break;
    }

  if (is_word_char (*p) && !g_ascii_isdigit (*p))
    {
      const guchar *q = p;
      g_autofree char *word = NULL;

      while (q < s->end && is_word_char (*q) && q - p < 24)
        q++;
      word = g_strndup ((const char *) p, q - p);
      if (g_str_equal (word, "NaN") || g_str_has_prefix (word, "Infinity"))
        return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                        _("“%s” is not a number that JSON allows"), word);
      return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                      _("unexpected word “%s” (expected %s); a project file is plain JSON"),
                      word, expected);
    }

  if (*p < 0x20 || *p >= 0x7F)
    {
      gunichar c = g_utf8_get_char_validated ((const char *) p, s->end - p);

      return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                      _("unexpected character U+%04X (expected %s)"),
                      c < 0x110000 ? c : *p, expected);
    }

  return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                  _("unexpected “%c” (expected %s)"), *p, expected);
}

static inline void
skip_space (Scanner *s)
{
  while (s->p < s->end
         && (*s->p == ' ' || *s->p == '\n' || *s->p == '\t' || *s->p == '\r'))
    s->p++;
}

static inline int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the 4 hex digits after "\u" at @p; -1 when they are not hex. */
static int
read_u_escape (Scanner      *s,
               const guchar *p)
{
  int value = 0;

  if (s->end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (p[i]);

      if (h < 0)
        return -1;
      value = value * 16 + h;
    }
  return value;
}

/* At the opening quote; leaves s->p after the closing quote. */
static gboolean
scan_string (Scanner *s)
{
  const guchar *p = s->p + 1;
  const guchar *end = s->end;

  for (;;)
    {
      /* The common case: plain characters. */
      while (p < end && *p >= 0x20 && *p != '"' && *p != '\\')
        p++;

      if (p >= end)
        {
          s->p = p;
          return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                          _("the file ends inside a text (a closing “\"” is missing)"));
        }

      if (*p == '"')
        {
          s->p = p + 1;
          return TRUE;
        }

      if (*p < 0x20)
        {
          if (*p == '\n')
            return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                            _("a line break inside a text must be written as \\n "
                              "(or a closing “\"” is missing)"));
          return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                          _("control character U+%04X inside a text must be escaped"), *p);
        }

      /* A backslash escape. */
      if (p + 1 >= end)
        return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                        _("the file ends inside a text (a closing “\"” is missing)"));
      switch (p[1])
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          p += 2;
          break;
        case 'u':
          {
            int u = read_u_escape (s, p + 2);

            if (u < 0)
              return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                              _("“\\u” must be followed by four hexadecimal digits"));
            if (u == 0)
              return fail_at (s, p, SAM_PROJECT_ERROR_ENCODING,
                              _("the text contains a NUL character (\\u0000)"));
            if (u >= 0xDC00 && u <= 0xDFFF)
              return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                              _("“\\u%04X” is half of a character (a lone surrogate)"), u);
            if (u >= 0xD800 && u <= 0xDBFF)
              {
                int low = -1;

                if (end - p >= 12 && p[6] == '\\' && p[7] == 'u')
                  low = read_u_escape (s, p + 8);
                if (low < 0xDC00 || low > 0xDFFF)
                  return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                                  _("“\\u%04X” is half of a character (a lone surrogate)"), u);
                p += 12;
              }
            else
              p += 6;
          }
          break;
        default:
          return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                          _("“\\%c” is not a valid escape in a text"),
                          p[1] >= 0x20 && p[1] < 0x7F ? p[1] : '?');
        }
    }
}

/* At '-' or a digit; leaves s->p after the number. */
static gboolean
scan_number (Scanner *s)
{
  const guchar *start = s->p;
  const guchar *p = s->p;
  const guchar *end = s->end;
  gboolean simple = TRUE;
  gsize n_digits = 0;

  if (*p == '-')
    p++;
  if (p >= end || !g_ascii_isdigit (*p))
    {
      s->p = p;
      return fail_unexpected (s, _("a digit"));
    }
  if (*p == '0')
    {
      p++;
      n_digits = 1;
      if (p < end && (*p == 'x' || *p == 'X'))
        return fail_at (s, start, SAM_PROJECT_ERROR_SYNTAX,
                        _("hexadecimal numbers are not allowed"));
      if (p < end && g_ascii_isdigit (*p))
        return fail_at (s, start, SAM_PROJECT_ERROR_SYNTAX,
                        _("a number must not start with a zero (octal numbers are not allowed)"));
    }
  else
    while (p < end && g_ascii_isdigit (*p))
      {
        p++;
        n_digits++;
      }

  if (p < end && *p == '.')
    {
      simple = FALSE;
      p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                        _("a digit must follow the decimal point"));
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      simple = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return fail_at (s, p, SAM_PROJECT_ERROR_SYNTAX,
                        _("a digit must follow the exponent of a number"));
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  if (p < end && (is_word_char (*p) || *p == '.'))
    return fail_at (s, start, SAM_PROJECT_ERROR_SYNTAX,
                    _("this is not a valid number"));

  /* Only long or non-integer numbers can be out of range; converting them
   * is the one costly step, and project files hold few of those. */
  if (!simple || n_digits > 18)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE * 4];
      gsize len = p - start;
      gboolean bad;

      if (len >= sizeof buf)
        bad = TRUE;   /* over 150 characters: not a number a person wrote */
      else
        {
          memcpy (buf, start, len);
          buf[len] = '\0';
          if (simple)
            {
              /* json-glib reads integers as 64-bit: keep them in range */
              errno = 0;
              g_ascii_strtoll (buf, NULL, 10);
              bad = errno == ERANGE;
            }
          else
            bad = !isfinite (g_ascii_strtod (buf, NULL));
        }
      if (bad)
        return fail_at (s, start, SAM_PROJECT_ERROR_INVALID,
                        _("the number is out of range"));
    }

  s->p = p;
  return TRUE;
}

static gboolean
scan_literal (Scanner    *s,
              const char *word)
{
  gsize len = strlen (word);

  if ((gsize) (s->end - s->p) >= len
      && memcmp (s->p, word, len) == 0
      && (s->p + len == s->end || !is_word_char (s->p[len])))
    {
      s->p += len;
      return TRUE;
    }
  return fail_unexpected (s, _("a value"));
}

gboolean
sam_json_check (const char  *data,
                gsize        length,
                guint        max_depth,
                gsize       *offset_out,
                GError     **error)
{
  Scanner s;
  const char *bad_utf8 = NULL;
  /* One byte per open container: '[' or '{'; the cap is small. */
  guchar stack[256];
  guint depth = 0;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (max_depth < sizeof stack, FALSE);

  s.start = (const guchar *) data;
  s.p = s.start;
  s.end = s.start + length;
  s.error = error;

  if (offset_out != NULL)
    *offset_out = 0;

  if (length > SAM_PROJECT_MAX_FILE_SIZE)
    {
      g_set_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_TOO_LARGE,
                   _("the file is larger than %u MiB, the most a project file may have; "
                     "is it really a Samenspel project?"),
                     (guint) (SAM_PROJECT_MAX_FILE_SIZE / (1024 * 1024)));
      return FALSE;
    }

  if (length >= 2 && ((s.p[0] == 0xFF && s.p[1] == 0xFE) || (s.p[0] == 0xFE && s.p[1] == 0xFF)))
    {
      g_set_error_literal (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_ENCODING,
                           _("the file is in UTF-16; a project file must be UTF-8 text "
                             "(save it again as UTF-8)"));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &bad_utf8))
    {
      if (*bad_utf8 == '\0')
        return fail_at (&s, (const guchar *) bad_utf8, SAM_PROJECT_ERROR_ENCODING,
                        _("the file contains a NUL character; it is damaged or not a project file"));
      return fail_at (&s, (const guchar *) bad_utf8, SAM_PROJECT_ERROR_ENCODING,
                      _("the file is not valid UTF-8 text; it is damaged or not a project file"));
    }

  /* RFC 8259 lets parsers ignore a UTF-8 byte order mark; some editors
   * write one. */
  if (length >= 3 && s.p[0] == 0xEF && s.p[1] == 0xBB && s.p[2] == 0xBF)
    {
      s.p += 3;
      if (offset_out != NULL)
        *offset_out = 3;
    }

  skip_space (&s);
  if (s.p >= s.end)
    {
      g_set_error_literal (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_SYNTAX,
                           _("the file is empty"));
      return FALSE;
    }

  for (;;)
    {
      /* Expecting a value. */
      skip_space (&s);
      if (s.p >= s.end)
        return fail_unexpected (&s, _("a value"));

      switch (*s.p)
        {
        case '{':
        case '[':
          if (depth >= max_depth)
            return fail_at (&s, s.p, SAM_PROJECT_ERROR_TOO_DEEP,
                            _("the data is nested more than %u levels deep"), max_depth);
          stack[depth++] = *s.p;
          s.p++;
          skip_space (&s);
          if (s.p < s.end && *s.p == (stack[depth - 1] == '{' ? '}' : ']'))
            {
              s.p++;
              depth--;
              goto after_value;
            }
          if (stack[depth - 1] == '{')
            goto member_name;
          continue;

        case '"':
          if (!scan_string (&s))
            return FALSE;
          goto after_value;

        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          if (!scan_number (&s))
            return FALSE;
          goto after_value;

        case 't':
          if (!scan_literal (&s, "true"))
            return FALSE;
          goto after_value;
        case 'f':
          if (!scan_literal (&s, "false"))
            return FALSE;
          goto after_value;
        case 'n':
          if (!scan_literal (&s, "null"))
            return FALSE;
          goto after_value;

        default:
          return fail_unexpected (&s, _("a value"));
        }

    member_name:
      /* At the start of a member: a name, a colon, then a value. */
      if (s.p >= s.end || *s.p != '"')
        return fail_unexpected (&s, _("a member name in double quotes"));
      if (!scan_string (&s))
        return FALSE;
      skip_space (&s);
      if (s.p >= s.end || *s.p != ':')
        return fail_unexpected (&s, _("“:”"));
      s.p++;
      continue;

    after_value:
      for (;;)
        {
          skip_space (&s);
          if (depth == 0)
            {
              if (s.p < s.end)
                {
                  if (*s.p == '/')
                    return fail_unexpected (&s, "");
                  return fail_at (&s, s.p, SAM_PROJECT_ERROR_SYNTAX,
                                  _("unexpected text after the end of the data"));
                }
              return TRUE;
            }
          if (s.p < s.end && *s.p == ',')
            {
              s.p++;
              skip_space (&s);
              if (stack[depth - 1] == '{')
                goto member_name;
              break;   /* the next value */
            }
          if (s.p < s.end && *s.p == (stack[depth - 1] == '{' ? '}' : ']'))
            {
              s.p++;
              depth--;
              continue;
            }
          return fail_unexpected (&s, stack[depth - 1] == '{' ? _("“,” or “}”") : _("“,” or “]”"));
        }
    }
}
