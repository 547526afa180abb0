/* sam-json-tree.c: a compact read-only JSON tree for the loader */

#define G_LOG_DOMAIN "samenspel-io"

#include "config.h"

#include <string.h>

#include "sam-json-tree.h"

struct _SamJsonTree
{
  GArray *nodes;    /* SamJsonNode */
  char   *strings;  /* decoded strings, each NUL-terminated */
};

typedef struct {
  const char  *p;
  const char  *end;
  char        *out;     /* next free byte in tree->strings */
  GArray      *nodes;
} Builder;

static inline void
skip_space (Builder *b)
{
  while (b->p < b->end && (*b->p == ' ' || *b->p == '\n' || *b->p == '\t' || *b->p == '\r'))
    b->p++;
}

static inline int
hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      char c = p[i];

      value = value * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
  return value;
}

/* At the opening quote.  The decoded text is never longer than the
 * quoted one, so the string buffer (as large as the input) has room for
 * it and its NUL in place of the quotes. */
static const char *
decode_string (Builder *b)
{
  char *start = b->out;
  const char *p = b->p + 1;

  for (;;)
    {
      const char *run = p;

      while (*p != '"' && *p != '\\')
        p++;
      memcpy (b->out, run, p - run);
      b->out += p - run;

      if (*p == '"')
        break;

      switch (p[1])
        {
        case 'b': *b->out++ = '\b'; p += 2; break;
        case 'f': *b->out++ = '\f'; p += 2; break;
        case 'n': *b->out++ = '\n'; p += 2; break;
        case 'r': *b->out++ = '\r'; p += 2; break;
        case 't': *b->out++ = '\t'; p += 2; break;
        case 'u':
          {
            gunichar c = hex4 (p + 2);

            p += 6;
            if (c >= 0xD800 && c <= 0xDBFF)
              {
                /* The check made sure a low surrogate follows. */
                c = 0x10000 + ((c - 0xD800) << 10) + (hex4 (p + 2) - 0xDC00);
                p += 6;
              }
            b->out += g_unichar_to_utf8 (c, b->out);
          }
          break;
        default:   /* '"', '\\', '/' */
          *b->out++ = p[1];
          p += 2;
          break;
        }
    }

  *b->out++ = '\0';
  b->p = p + 1;
  return start;
}

static guint32
add_node (Builder     *b,
          SamJsonType  type,
          const char  *key)
{
  SamJsonNode node = { type, 0, 0, key, { NULL } };

  g_array_append_val (b->nodes, node);
  return b->nodes->len - 1;
}

#define NODE(b, i) (&g_array_index ((b)->nodes, SamJsonNode, (i)))

/* Recursion is bounded: the check capped the depth. */
static void
build_value (Builder    *b,
             const char *key)
{
  guint32 index;

  skip_space (b);
  switch (*b->p)
    {
    case '{':
    case '[':
      {
        gboolean object = *b->p == '{';
        char close = object ? '}' : ']';
        guint32 n = 0;

        index = add_node (b, object ? SAM_JSON_OBJECT : SAM_JSON_ARRAY, key);
        b->p++;
        skip_space (b);
        if (*b->p == close)
          b->p++;
        else
          for (;;)
            {
              const char *member = NULL;

              skip_space (b);
              if (object)
                {
                  member = decode_string (b);
                  skip_space (b);
                  b->p++;   /* ':' */
                }
              build_value (b, member);
              n++;
              skip_space (b);
              if (*b->p++ == close)
                break;
              /* else ',' */
            }
        NODE (b, index)->length = n;
      }
      break;

    case '"':
      index = add_node (b, SAM_JSON_STRING, key);
      {
        const char *s = decode_string (b);
        NODE (b, index)->v.string = s;
      }
      break;

    case 't':
      index = add_node (b, SAM_JSON_BOOLEAN, key);
      NODE (b, index)->v.boolean = TRUE;
      b->p += 4;
      break;

    case 'f':
      index = add_node (b, SAM_JSON_BOOLEAN, key);
      NODE (b, index)->v.boolean = FALSE;
      b->p += 5;
      break;

    case 'n':
      index = add_node (b, SAM_JSON_NULL, key);
      b->p += 4;
      break;

    default:
      {
        const char *start = b->p;
        gboolean integer = TRUE;
        char buf[160];
        gsize len;

        while (b->p < b->end && (g_ascii_isdigit (*b->p) || *b->p == '-' || *b->p == '+'
                                 || *b->p == '.' || *b->p == 'e' || *b->p == 'E'))
          {
            if (*b->p == '.' || *b->p == 'e' || *b->p == 'E')
              integer = FALSE;
            b->p++;
          }
        /* The check refused numbers longer than this. */
        len = MIN ((gsize) (b->p - start), sizeof buf - 1);
        memcpy (buf, start, len);
        buf[len] = '\0';
        if (integer)
          {
            index = add_node (b, SAM_JSON_INT, key);
            NODE (b, index)->v.integer = g_ascii_strtoll (buf, NULL, 10);
          }
        else
          {
            index = add_node (b, SAM_JSON_DOUBLE, key);
            NODE (b, index)->v.number = g_ascii_strtod (buf, NULL);
          }
      }
      break;
    }

  NODE (b, index)->end = b->nodes->len;
}

SamJsonTree *
sam_json_tree_new (const char *data,
                   gsize       length)
{
  SamJsonTree *tree = g_new0 (SamJsonTree, 1);
  Builder b;

  /* A rough guess of one node per 40 bytes saves most regrowing. */
  tree->nodes = g_array_sized_new (FALSE, FALSE, sizeof (SamJsonNode), length / 40 + 16);
  tree->strings = g_malloc (length + 1);

  b.p = data;
  b.end = data + length;
  b.out = tree->strings;
  b.nodes = tree->nodes;
  build_value (&b, NULL);

  return tree;
}

void
sam_json_tree_free (SamJsonTree *tree)
{
  if (tree == NULL)
    return;
  g_array_unref (tree->nodes);
  g_free (tree->strings);
  g_free (tree);
}

const SamJsonNode *
sam_json_tree_nodes (SamJsonTree *tree)
{
  return (const SamJsonNode *) tree->nodes->data;
}

JsonNode *
sam_json_tree_to_json_node (SamJsonTree *tree,
                            guint32      index)
{
  const SamJsonNode *nodes = sam_json_tree_nodes (tree);
  const SamJsonNode *node = &nodes[index];
  JsonNode *result;

  switch (node->type)
    {
    case SAM_JSON_OBJECT:
      {
        JsonObject *object = json_object_new ();

        for (guint32 c = index + 1; c < node->end; c = nodes[c].end)
          json_object_set_member (object, nodes[c].key, sam_json_tree_to_json_node (tree, c));
        result = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);
      }
      break;
    case SAM_JSON_ARRAY:
      {
        JsonArray *array = json_array_sized_new (node->length);

        for (guint32 c = index + 1; c < node->end; c = nodes[c].end)
          json_array_add_element (array, sam_json_tree_to_json_node (tree, c));
        result = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
      }
      break;
    case SAM_JSON_STRING:
      result = json_node_init_string (json_node_alloc (), node->v.string);
      break;
    case SAM_JSON_INT:
      result = json_node_init_int (json_node_alloc (), node->v.integer);
      break;
    case SAM_JSON_DOUBLE:
      result = json_node_init_double (json_node_alloc (), node->v.number);
      break;
    case SAM_JSON_BOOLEAN:
      result = json_node_init_boolean (json_node_alloc (), node->v.boolean);
      break;
    case SAM_JSON_NULL:
    default:
      result = json_node_init_null (json_node_alloc ());
      break;
    }

  return result;
}
