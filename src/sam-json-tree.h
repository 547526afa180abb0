/* sam-json-tree.h: a compact read-only JSON tree for the loader
 *
 * Built in one pass over bytes that sam_json_check() has accepted: the
 * nodes in document order in one array, the strings decoded into one
 * buffer.  Cheap to build, to walk and to free, where json-glib's tree
 * costs a hash table per object; the loader turns only the members it
 * does not know into json-glib nodes (sam_json_tree_to_json_node()).
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  SAM_JSON_NULL,
  SAM_JSON_BOOLEAN,
  SAM_JSON_INT,
  SAM_JSON_DOUBLE,
  SAM_JSON_STRING,
  SAM_JSON_ARRAY,
  SAM_JSON_OBJECT,
} SamJsonType;

typedef struct {
  SamJsonType  type;
  guint32      end;      /* index just after this node and all it contains */
  guint32      length;   /* arrays and objects: number of direct children */
  const char  *key;      /* the member name when the parent is an object */
  union {
    const char *string;
    gint64      integer;
    double      number;
    gboolean    boolean;
  } v;
} SamJsonNode;

typedef struct _SamJsonTree SamJsonTree;

/* @data (@length bytes) MUST have passed sam_json_check(). */
SamJsonTree       *sam_json_tree_new          (const char        *data,
                                               gsize              length);
void               sam_json_tree_free         (SamJsonTree       *tree);
/* The nodes in document order; [0] is the root.  The children of node i
 * are at i + 1, then each next one at the previous one's end. */
const SamJsonNode *sam_json_tree_nodes        (SamJsonTree       *tree);
JsonNode          *sam_json_tree_to_json_node (SamJsonTree       *tree,
                                               guint32            index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SamJsonTree, sam_json_tree_free)

G_END_DECLS
