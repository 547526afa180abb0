/* sam-merge.c: merging an edited copy of a project back into the open one
 *
 * The design is in docs/merging.md.  In short: every item keeps, in the
 * file's top-level "merge_history" member, the fingerprints of the states
 * its copy has been saved, loaded or merged in.  When our state is among
 * the states their copy has seen, only they changed it; when theirs is
 * among ours, only we did; otherwise both did, and the user chooses.
 */

#define G_LOG_DOMAIN "samenspel-share"

#include "config.h"

#include <glib/gi18n.h>

#include "sam-ladder.h"
#include "sam-merge.h"

struct _SamMerge
{
  GObject     parent_instance;

  SamProject *ours;
  SamProject *theirs;
  GArray     *changes;   /* SamMergeChange */
  gboolean    applied;
};

G_DEFINE_FINAL_TYPE (SamMerge, sam_merge, G_TYPE_OBJECT)

G_DEFINE_QUARK (sam-merge-error-quark, sam_merge_error)

/* The fields of the project itself that merge one by one. */
static const char * const project_fields[] = {
  "title", "organisation",
  "producer-now", "producer-wanted", "consumer-now", "consumer-wanted",
  "vision-client-wants", "vision-mission", "vision-approach",
  "vision-current", "vision-fit-notes", "verdict",
};

#define PROJECT_PREFIX "project:"

/* ---- Fingerprints and the merge history ---- */

static gboolean
property_is_content (GParamSpec *pspec)
{
  /* The id is the match key, and modification times change with every
   * touch (even an undo), so neither says anything about the content. */
  if (g_str_equal (pspec->name, "id") || g_str_equal (pspec->name, "modified"))
    return FALSE;
  if ((pspec->flags & G_PARAM_READABLE) == 0)
    return FALSE;
  return !g_type_is_a (pspec->value_type, G_TYPE_OBJECT);
}

/* Properties added after fingerprints were first written to files: left
 * out of a fingerprint while they hold their default, so that an item
 * that does not use them fingerprints as it always did (docs/merging.md). */
static gboolean
property_is_later_default (GObject    *object,
                           GParamSpec *pspec)
{
  if (SAM_IS_STAKEHOLDER (object) && g_str_equal (pspec->name, "side"))
    return sam_stakeholder_get_side (SAM_STAKEHOLDER (object)) == SAM_SIDE_CONSUMER;
  return FALSE;
}

static int
compare_pspec_names (gconstpointer a,
                     gconstpointer b)
{
  GParamSpec * const *pa = a;
  GParamSpec * const *pb = b;

  return strcmp ((*pa)->name, (*pb)->name);
}

/* Appends "name:length:text\n" for one property: length-prefixed, so no
 * value can imitate the next property.  Strings, integers and booleans
 * are formatted here directly, exactly as g_strdup_value_contents() would
 * (that is what fingerprints were defined with, and files carry them):
 * the fingerprint of every item is taken on each load and save, and the
 * generic path costs more than the hashing. */
static void
append_value (GString    *out,
              GObject    *object,
              GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *owned = NULL;
  const char *text;
  char number[32], length[32];

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, pspec->name, &value);
  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      text = g_value_get_string (&value) != NULL ? g_value_get_string (&value) : "";
      break;
    case G_TYPE_INT:
      g_snprintf (number, sizeof number, "%d", g_value_get_int (&value));
      text = number;
      break;
    case G_TYPE_INT64:
      g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, g_value_get_int64 (&value));
      text = number;
      break;
    case G_TYPE_BOOLEAN:
      text = g_value_get_boolean (&value) ? "TRUE" : "FALSE";
      break;
    default:
      /* Enums ("((SamWillingness) SAM_WILLINGNESS_...)") and anything else. */
      text = owned = g_strdup_value_contents (&value);
      break;
    }

  g_string_append (out, pspec->name);
  g_string_append_c (out, ':');
  g_snprintf (length, sizeof length, "%" G_GSIZE_FORMAT, strlen (text));
  g_string_append (out, length);
  g_string_append_c (out, ':');
  g_string_append (out, text);
  g_string_append_c (out, '\n');
}

/* The content properties of an item class, sorted by name.  Listing and
 * sorting a class's properties cost more than the rest of a fingerprint,
 * so it is done once per class.  Only the main thread fingerprints, but
 * the lock keeps it right anywhere. */
static GPtrArray *
content_pspecs (GType type)
{
  static GHashTable *cache;   /* GType -> GPtrArray of GParamSpec, never freed */
  G_LOCK_DEFINE_STATIC (cache);
  GPtrArray *pspecs;

  G_LOCK (cache);
  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);
  pspecs = g_hash_table_lookup (cache, GSIZE_TO_POINTER (type));
  if (pspecs == NULL)
    {
      GObjectClass *klass = g_type_class_ref (type);
      g_autofree GParamSpec **all = NULL;
      guint n_all;

      all = g_object_class_list_properties (klass, &n_all);
      qsort (all, n_all, sizeof (GParamSpec *), compare_pspec_names);
      pspecs = g_ptr_array_new ();
      for (guint i = 0; i < n_all; i++)
        if (property_is_content (all[i]))
          g_ptr_array_add (pspecs, all[i]);
      g_hash_table_insert (cache, GSIZE_TO_POINTER (type), pspecs);
      /* The class stays referenced: its pspecs are kept. */
    }
  G_UNLOCK (cache);
  return pspecs;
}

static JsonObject *
item_get_unknown (GObject *item)
{
  if (SAM_IS_STAKEHOLDER (item))
    return sam_stakeholder_get_unknown (SAM_STAKEHOLDER (item));
  if (SAM_IS_NOTE (item))
    return sam_note_get_unknown (SAM_NOTE (item));
  if (SAM_IS_SESSION (item))
    return sam_session_get_unknown (SAM_SESSION (item));
  return NULL;
}

static void
item_set_unknown (GObject    *item,
                  JsonObject *unknown)
{
  if (SAM_IS_STAKEHOLDER (item))
    sam_stakeholder_set_unknown (SAM_STAKEHOLDER (item), unknown);
  else if (SAM_IS_NOTE (item))
    sam_note_set_unknown (SAM_NOTE (item), unknown);
  else if (SAM_IS_SESSION (item))
    sam_session_set_unknown (SAM_SESSION (item), unknown);
}

static const char *
item_get_id (GObject *item)
{
  if (SAM_IS_STAKEHOLDER (item))
    return sam_stakeholder_get_id (SAM_STAKEHOLDER (item));
  if (SAM_IS_SESSION (item))
    return sam_session_get_id (SAM_SESSION (item));
  return sam_note_get_id (SAM_NOTE (item));
}

static char *
digest (GString *content)
{
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content->str, content->len);

  /* 64 bits tell states of one item apart; the file stays small. */
  return g_strndup (sum, 16);
}

static char *
json_object_to_text (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, object);
  return json_to_string (node, FALSE);
}

char *
sam_merge_fingerprint (GObject *item)
{
  g_autoptr(GString) content = g_string_sized_new (1024);
  GPtrArray *pspecs;
  JsonObject *unknown;

  g_return_val_if_fail (SAM_IS_STAKEHOLDER (item) || SAM_IS_NOTE (item) || SAM_IS_SESSION (item), NULL);

  g_string_append (content, G_OBJECT_TYPE_NAME (item));
  g_string_append_c (content, '\n');
  pspecs = content_pspecs (G_OBJECT_TYPE (item));
  for (guint i = 0; i < pspecs->len; i++)
    if (!property_is_later_default (item, g_ptr_array_index (pspecs, i)))
      append_value (content, item, g_ptr_array_index (pspecs, i));

  unknown = item_get_unknown (item);
  if (unknown != NULL && json_object_get_size (unknown) > 0)
    {
      g_autofree char *text = json_object_to_text (unknown);
      g_string_append_printf (content, "unknown:%s\n", text);
    }
  /* A session's snapshot is content too (it is not a property). */
  if (SAM_IS_SESSION (item))
    sam_snapshot_append_content (sam_session_get_snapshot (SAM_SESSION (item)), content);

  return digest (content);
}

static char *
field_fingerprint (SamProject *project,
                   const char *property)
{
  g_autoptr(GString) content = g_string_new (NULL);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (project), property);

  append_value (content, G_OBJECT (project), pspec);
  return digest (content);
}

static void complete_recording (SamProject *project);

/* The "items" object of the project's merge history; NULL when the file
 * has none, unless @create.  Does not complete a deferred recording. */
static JsonObject *
history_items_now (SamProject *project,
                   gboolean    create)
{
  JsonObject *top = sam_project_get_unknown (project, "");
  JsonObject *history;

  if (top != NULL && json_object_has_member (top, SAM_MERGE_HISTORY_MEMBER))
    {
      JsonNode *node = json_object_get_member (top, SAM_MERGE_HISTORY_MEMBER);

      /* A file from elsewhere may hold anything here: treat a wrong shape
       * as no history (every difference then asks the user) and, when we
       * write, replace it. */
      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *items;

          history = json_node_get_object (node);
          if (json_object_has_member (history, "items") &&
              JSON_NODE_HOLDS_OBJECT (json_object_get_member (history, "items")))
            return json_object_get_object_member (history, "items");
          if (!create)
            return NULL;
          items = json_object_new ();
          json_object_set_object_member (history, "items", items);
          return items;
        }
    }

  if (!create)
    return NULL;

  if (top == NULL)
    {
      g_autoptr(JsonObject) fresh = json_object_new ();

      sam_project_set_unknown (project, "", fresh);
      top = fresh;
    }
  history = json_object_new ();
  json_object_set_int_member (history, "version", 1);
  json_object_set_object_member (history, "items", json_object_new ());
  json_object_set_object_member (top, SAM_MERGE_HISTORY_MEMBER, history);
  return json_object_get_object_member (history, "items");
}

static gboolean
history_has (JsonObject *items,
             const char *id)
{
  return items != NULL && json_object_has_member (items, id) &&
         JSON_NODE_HOLDS_ARRAY (json_object_get_member (items, id));
}

static gboolean
history_contains (JsonObject *items,
                  const char *id,
                  const char *fingerprint)
{
  JsonArray *array;

  if (!history_has (items, id))
    return FALSE;

  array = json_object_get_array_member (items, id);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
          g_strcmp0 (json_node_get_string (node), fingerprint) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Appends @fingerprint as the newest state of @id (moving it to the end
 * when already known) and drops the oldest beyond the depth. */
static void
history_push (JsonObject *items,
              const char *id,
              const char *fingerprint)
{
  JsonArray *old = history_has (items, id) ? json_object_get_array_member (items, id) : NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new ();
  JsonArray *fresh = json_array_new ();
  guint start;

  if (old != NULL)
    for (guint i = 0; i < json_array_get_length (old); i++)
      {
        JsonNode *node = json_array_get_element (old, i);
        const char *s;

        if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
          continue;
        s = json_node_get_string (node);
        if (g_strcmp0 (s, fingerprint) != 0)
          g_ptr_array_add (keep, (gpointer) s);
      }
  g_ptr_array_add (keep, (gpointer) fingerprint);

  start = keep->len > SAM_MERGE_HISTORY_DEPTH ? keep->len - SAM_MERGE_HISTORY_DEPTH : 0;
  for (guint i = start; i < keep->len; i++)
    json_array_add_string_element (fresh, g_ptr_array_index (keep, i));
  /* Replacing the member frees @old, whose strings @keep points into:
   * the new array holds its own copies by now. */
  json_object_set_array_member (items, id, fresh);
}

/* Every access to the history goes through here, so a recording left for
 * later is always complete before the history is read or written. */
static JsonObject *
history_items (SamProject *project,
               gboolean    create)
{
  complete_recording (project);
  return history_items_now (project, create);
}

/* The things whose state is recorded, in one sequence: the project's
 * fields, then its stakeholders, then its notes. */
static guint
n_recorded (SamProject *project)
{
  return G_N_ELEMENTS (project_fields) +
         g_list_model_get_n_items (sam_project_get_stakeholders (project)) +
         g_list_model_get_n_items (sam_project_get_notes (project)) +
         g_list_model_get_n_items (sam_project_get_sessions (project));
}

/* Records the state of things [@from, @to) of that sequence. */
static void
record_range (SamProject *project,
              JsonObject *items,
              guint       from,
              guint       to)
{
  GListModel *stakeholders = sam_project_get_stakeholders (project);
  guint n_fields = G_N_ELEMENTS (project_fields);
  guint n_stakeholders = g_list_model_get_n_items (stakeholders);
  guint n_notes = g_list_model_get_n_items (sam_project_get_notes (project));

  for (guint i = from; i < to; i++)
    {
      g_autoptr(GObject) item = NULL;
      g_autofree char *fp = NULL;

      if (i < n_fields)
        {
          g_autofree char *key = g_strconcat (PROJECT_PREFIX, project_fields[i], NULL);

          fp = field_fingerprint (project, project_fields[i]);
          history_push (items, key, fp);
          continue;
        }
      if (i < n_fields + n_stakeholders)
        item = g_list_model_get_item (stakeholders, i - n_fields);
      else if (i < n_fields + n_stakeholders + n_notes)
        item = g_list_model_get_item (sam_project_get_notes (project), i - n_fields - n_stakeholders);
      else
        item = g_list_model_get_item (sam_project_get_sessions (project),
                                      i - n_fields - n_stakeholders - n_notes);
      fp = sam_merge_fingerprint (item);
      history_push (items, item_get_id (item), fp);
    }
  /* Ids recorded before and gone now stay: they are how the other copy
   * learns that an item was deleted here rather than added there. */
}

void
sam_merge_record_state (SamProject *project)
{
  JsonObject *items;

  g_return_if_fail (SAM_IS_PROJECT (project));

  items = history_items (project, TRUE);
  record_range (project, items, 0, n_recorded (project));
}

/* ---- Recording a state lazily ----
 *
 * Taking the fingerprint of every item of a large project costs about as
 * much as loading it, and after a load nobody needs them until the next
 * save or merge.  sam_merge_record_state_soon() takes them a slice at a
 * time when the main loop is idle, after the project has been drawn.
 * The outcome is the same as recording at once: nothing has changed in
 * between, because the rest is recorded synchronously right before
 *   - the project's history changes anything (SamHistory::changing),
 *   - anything reads or records merge history (history_items()),
 *   - a merge applies (unknown members change outside the history),
 *   - the project is saved (sam_merge_complete_recording()).
 * Each item's fingerprints are kept per id, so taking them in slices
 * gives the same history as taking them in one go. */

#define RECORDING_KEY "sam-merge-recording"
/* Things recorded per idle call: a few milliseconds. */
#define RECORDING_SLICE 500

typedef struct {
  SamProject *project;   /* not referenced: the project owns this */
  SamHistory *history;   /* the project's; referenced, since the project
                          * drops it before its object data */
  guint       next;      /* next thing of the sequence to record */
  guint       idle_id;
  gulong      changing_id;
} Recording;

static void
recording_free (gpointer data)
{
  Recording *r = data;

  g_clear_handle_id (&r->idle_id, g_source_remove);
  g_clear_signal_handler (&r->changing_id, r->history);
  g_object_unref (r->history);
  g_free (r);
}

static void
complete_recording (SamProject *project)
{
  Recording *r = g_object_get_data (G_OBJECT (project), RECORDING_KEY);
  JsonObject *items;

  if (r == NULL)
    return;

  items = history_items_now (project, TRUE);
  record_range (project, items, r->next, n_recorded (project));
  g_object_set_data (G_OBJECT (project), RECORDING_KEY, NULL);
}

static gboolean
record_slice_cb (gpointer user_data)
{
  Recording *r = user_data;
  guint n = n_recorded (r->project);
  guint to = MIN (n, r->next + RECORDING_SLICE);
  JsonObject *items = history_items_now (r->project, TRUE);

  record_range (r->project, items, r->next, to);
  r->next = to;
  if (to < n)
    return G_SOURCE_CONTINUE;

  r->idle_id = 0;
  g_object_set_data (G_OBJECT (r->project), RECORDING_KEY, NULL);
  return G_SOURCE_REMOVE;
}

static void
history_changing_cb (SamHistory *history,
                     gpointer    user_data)
{
  complete_recording (SAM_PROJECT (user_data));
}

void
sam_merge_record_state_soon (SamProject *project)
{
  Recording *r;

  g_return_if_fail (SAM_IS_PROJECT (project));

  /* A recording still under way is for an older state: finish it first,
   * as if it had been taken at once. */
  complete_recording (project);

  r = g_new0 (Recording, 1);
  r->project = project;
  r->history = g_object_ref (sam_project_get_history (project));
  r->changing_id = g_signal_connect (r->history, "changing",
                                     G_CALLBACK (history_changing_cb), project);
  /* Below GTK's redraw priority, so the project is drawn first. */
  r->idle_id = g_idle_add_full (G_PRIORITY_LOW, record_slice_cb, r, NULL);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, r->idle_id),
                            "[samenspel] merge history");
  g_object_set_data_full (G_OBJECT (project), RECORDING_KEY, r, recording_free);
}

void
sam_merge_complete_recording (SamProject *project)
{
  g_return_if_fail (SAM_IS_PROJECT (project));

  complete_recording (project);
}

/* Adds to our history every state their copy has seen. */
static void
history_absorb (SamProject *ours,
                SamProject *theirs)
{
  JsonObject *their_items = history_items (theirs, FALSE);
  JsonObject *our_items;
  g_autoptr(GList) members = NULL;

  if (their_items == NULL)
    return;

  our_items = history_items (ours, TRUE);
  members = json_object_get_members (their_items);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      JsonArray *array;
      g_autoptr(GPtrArray) extra = g_ptr_array_new_with_free_func (g_free);

      if (!history_has (their_items, id))
        continue;
      array = json_object_get_array_member (their_items, id);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
              !history_contains (our_items, id, json_node_get_string (node)))
            g_ptr_array_add (extra, g_strdup (json_node_get_string (node)));
        }

      /* Their states are older news than ours: put them first, so ours
       * are the last to be dropped. */
      if (extra->len > 0)
        {
          JsonArray *fresh = json_array_new ();
          JsonArray *mine = history_has (our_items, id) ? json_object_get_array_member (our_items, id) : NULL;
          g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
          guint start;

          for (guint i = 0; i < extra->len; i++)
            g_ptr_array_add (all, g_strdup (g_ptr_array_index (extra, i)));
          if (mine != NULL)
            for (guint i = 0; i < json_array_get_length (mine); i++)
              {
                JsonNode *node = json_array_get_element (mine, i);

                if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
                  g_ptr_array_add (all, g_strdup (json_node_get_string (node)));
              }
          start = all->len > SAM_MERGE_HISTORY_DEPTH ? all->len - SAM_MERGE_HISTORY_DEPTH : 0;
          for (guint i = start; i < all->len; i++)
            json_array_add_string_element (fresh, g_ptr_array_index (all, i));
          json_object_set_array_member (our_items, id, fresh);
        }
    }
}

/* ---- Describing items for the review ---- */

static const char *
property_label (const char *property)
{
  static const struct { const char *name; const char *label; } labels[] = {
    { "title", N_("Title") },
    { "organisation", N_("Organisation") },
    { "producer-now", N_("Our role now") },
    { "producer-wanted", N_("Our wanted role") },
    { "consumer-now", N_("Clients’ role now") },
    { "consumer-wanted", N_("Clients’ wanted role") },
    { "verdict", N_("Verdict") },
    { "name", N_("Name") },
    { "category", N_("Category") },
    { "interest", N_("Interest") },
    { "benefit", N_("Benefit") },
    { "willingness", N_("Willingness") },
    { "side", N_("Side") },
    { "role-now", N_("Role now") },
    { "role-wanted", N_("Wanted role") },
    { "ambassador", N_("Ambassador") },
    { "informed-only", N_("Keep informed only") },
    { "critical-voice", N_("Critical voice") },
    { "notes", N_("Notes") },
    { "colour", N_("Colour") },
    { "text", N_("Text") },
    { "kind", N_("Kind") },
    { "status", N_("Status") },
    { "owner", N_("Owner") },
    { "stakeholder-id", N_("Stakeholder") },
    { "created", N_("Created") },
    { "date", N_("Date") },
    { "participants", N_("Participants") },
    { "note", N_("Note") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].name, property))
      return _(labels[i].label);

  for (guint i = 0; i < SAM_VISION_N_FIELDS; i++)
    if (g_str_equal (sam_vision_property_name (i), property))
      return sam_vision_question (i);

  return property;
}

static char *
shorten (const char *text,
         glong       max_chars)
{
  if (g_utf8_strlen (text, -1) <= max_chars)
    return g_strdup (text);
  {
    g_autofree char *head = g_utf8_substring (text, 0, max_chars - 1);
    return g_strconcat (head, "…", NULL);
  }
}

static char *
value_text (GObject    *object,
            GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, pspec->name, &value);

  if (G_VALUE_HOLDS_STRING (&value))
    {
      const char *s = g_value_get_string (&value);

      if (s == NULL || s[0] == '\0')
        return g_strdup (_("(empty)"));
      return shorten (s, 160);
    }
  if (G_VALUE_HOLDS_BOOLEAN (&value))
    return g_strdup (g_value_get_boolean (&value) ? _("Yes") : _("No"));
  if (G_VALUE_HOLDS (&value, G_TYPE_STRV))
    {
      /* A session's participants: their names, as the snapshot knows them. */
      const char * const *ids = g_value_get_boxed (&value);
      SamSnapshot *snapshot = sam_session_get_snapshot (SAM_SESSION (object));
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        {
          const SamSnapshotEntry *entry = sam_snapshot_find (snapshot, ids[i]);

          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, entry != NULL && entry->name[0] != '\0' ? entry->name : _("(no name)"));
        }
      if (names->len == 0)
        return g_strdup (_("(empty)"));
      return shorten (names->str, 160);
    }
  if (G_VALUE_HOLDS_ENUM (&value))
    return g_strdup (sam_enum_to_label (pspec->value_type, g_value_get_enum (&value)));
  if (G_VALUE_HOLDS_INT (&value))
    {
      int rung = g_value_get_int (&value);
      SamSide side = SAM_SIDE_CONSUMER;

      /* Ints are rungs: the project's marks and a stakeholder's roles
       * (rungs of the stakeholder's own side). */
      if (g_str_has_prefix (pspec->name, "producer-"))
        side = SAM_SIDE_PRODUCER;
      else if (SAM_IS_STAKEHOLDER (object))
        side = sam_stakeholder_get_side (SAM_STAKEHOLDER (object));
      if (!sam_ladder_rung_is_valid (rung))
        return g_strdup (_("Not set"));
      return g_strdup (sam_ladder_get_role (side, rung)->title);
    }

  return g_strdup_value_contents (&value);
}

static char *
item_title (GObject *item)
{
  if (SAM_IS_STAKEHOLDER (item))
    {
      const char *name = sam_stakeholder_get_name (SAM_STAKEHOLDER (item));
      return g_strdup_printf (_("Stakeholder “%s”"), name[0] != '\0' ? name : _("(no name)"));
    }
  else if (SAM_IS_SESSION (item))
    {
      g_autofree char *title = sam_session_dup_title (SAM_SESSION (item));
      return g_strdup_printf (_("Work session “%s”"), title);
    }
  else
    {
      g_autofree char *text = shorten (sam_note_get_text (SAM_NOTE (item)), 48);
      return g_strdup_printf (_("Parking lot note “%s”"), text);
    }
}

/* The properties in which @a and @b differ, one "Label: value" line each,
 * with @a's values.  Everything when @b is NULL. */
static char *
describe_item (GObject *a,
               GObject *b)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autofree char *va = NULL;
      g_autofree char *vb = NULL;

      if (!property_is_content (pspecs[i]) || g_str_equal (pspecs[i]->name, "created") ||
          g_str_equal (pspecs[i]->name, "stakeholder-id") || g_str_equal (pspecs[i]->name, "colour"))
        continue;
      va = value_text (a, pspecs[i]);
      if (b != NULL)
        {
          vb = value_text (b, pspecs[i]);
          if (g_str_equal (va, vb))
            continue;
        }
      else if (g_str_equal (va, _("(empty)")) || g_str_equal (va, _("No")))
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s: %s", property_label (pspecs[i]->name), va);
    }

  if (out->len == 0)
    g_string_append (out, _("Other details changed"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- Finding the changes ---- */

static void
change_clear (gpointer data)
{
  SamMergeChange *change = data;

  g_free (change->id);
  g_free (change->label);
  g_free (change->ours_text);
  g_free (change->theirs_text);
}

gboolean
sam_merge_change_is_conflict (const SamMergeChange *change)
{
  g_return_val_if_fail (change != NULL, FALSE);

  return change->kind == SAM_MERGE_CHANGE_BOTH_EDITED ||
         change->kind == SAM_MERGE_CHANGE_EDITED_DELETED ||
         change->kind == SAM_MERGE_CHANGE_DELETED_EDITED;
}

static void
add_change (SamMerge           *self,
            SamMergeItemKind    item_kind,
            SamMergeChangeKind  kind,
            const char         *id,
            char               *label,
            char               *ours_text,
            char               *theirs_text,
            gint64              ours_modified,
            gint64              theirs_modified)
{
  SamMergeChange change = {
    .item_kind = item_kind,
    .kind = kind,
    .id = g_strdup (id),
    .label = label,
    .ours_text = ours_text,
    .theirs_text = theirs_text,
    .ours_modified = ours_modified,
    .theirs_modified = theirs_modified,
    .choice = SAM_MERGE_CHOICE_THEIRS,
  };

  /* The preset for a conflict loses nothing where it can: keep an edit
   * over a deletion, else the more recent edit. */
  if (kind == SAM_MERGE_CHANGE_EDITED_DELETED)
    change.choice = SAM_MERGE_CHOICE_OURS;
  else if (kind == SAM_MERGE_CHANGE_BOTH_EDITED)
    change.choice = theirs_modified > ours_modified ? SAM_MERGE_CHOICE_THEIRS : SAM_MERGE_CHOICE_OURS;

  g_array_append_val (self->changes, change);
}

static gint64
item_modified (GObject *item)
{
  gint64 modified = 0;

  g_object_get (item, "modified", &modified, NULL);
  return modified;
}

static void
compare_fields (SamMerge *self)
{
  JsonObject *our_items = history_items (self->ours, FALSE);
  JsonObject *their_items = history_items (self->theirs, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (project_fields); i++)
    {
      const char *property = project_fields[i];
      g_autofree char *key = g_strconcat (PROJECT_PREFIX, property, NULL);
      g_autofree char *fo = field_fingerprint (self->ours, property);
      g_autofree char *ft = field_fingerprint (self->theirs, property);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->ours), property);
      gboolean ours_seen, theirs_seen;
      SamMergeChangeKind kind;

      if (g_str_equal (fo, ft))
        continue;
      ours_seen = history_contains (their_items, key, fo);
      theirs_seen = history_contains (our_items, key, ft);
      if (theirs_seen && !ours_seen)
        continue;   /* only we changed it */
      kind = ours_seen && !theirs_seen ? SAM_MERGE_CHANGE_THEIRS_EDITED : SAM_MERGE_CHANGE_BOTH_EDITED;

      add_change (self, SAM_MERGE_ITEM_PROJECT, kind, key,
                  g_strdup (property_label (property)),
                  value_text (G_OBJECT (self->ours), pspec),
                  value_text (G_OBJECT (self->theirs), pspec),
                  sam_project_get_modified (self->ours),
                  sam_project_get_modified (self->theirs));
    }
}

static GObject *
find_item (GListModel *list,
           const char *id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (item_get_id (item), id) == 0)
        return item;   /* the list keeps it alive */
    }
  return NULL;
}

static void
compare_lists (SamMerge         *self,
               SamMergeItemKind  item_kind,
               GListModel       *ours,
               GListModel       *theirs)
{
  JsonObject *our_items = history_items (self->ours, FALSE);
  JsonObject *their_items = history_items (self->theirs, FALSE);
  guint n_ours = g_list_model_get_n_items (ours);
  guint n_theirs = g_list_model_get_n_items (theirs);

  for (guint i = 0; i < n_ours; i++)
    {
      g_autoptr(GObject) o = g_list_model_get_item (ours, i);
      const char *id = item_get_id (o);
      GObject *t = find_item (theirs, id);
      g_autofree char *fo = sam_merge_fingerprint (o);

      if (t != NULL)
        {
          g_autofree char *ft = sam_merge_fingerprint (t);
          gboolean ours_seen, theirs_seen;

          if (g_str_equal (fo, ft))
            continue;
          ours_seen = history_contains (their_items, id, fo);
          theirs_seen = history_contains (our_items, id, ft);
          if (theirs_seen && !ours_seen)
            continue;
          add_change (self, item_kind,
                      ours_seen && !theirs_seen ? SAM_MERGE_CHANGE_THEIRS_EDITED : SAM_MERGE_CHANGE_BOTH_EDITED,
                      id, item_title (t), describe_item (o, t), describe_item (t, o),
                      item_modified (o), item_modified (t));
        }
      else if (history_has (their_items, id))
        {
          /* They knew it and it is gone: they deleted it. */
          add_change (self, item_kind,
                      history_contains (their_items, id, fo)
                        ? SAM_MERGE_CHANGE_THEIRS_DELETED : SAM_MERGE_CHANGE_EDITED_DELETED,
                      id, item_title (o), describe_item (o, NULL), g_strdup (_("Deleted")),
                      item_modified (o), 0);
        }
      /* else: added here after the copies parted. */
    }

  for (guint i = 0; i < n_theirs; i++)
    {
      g_autoptr(GObject) t = g_list_model_get_item (theirs, i);
      const char *id = item_get_id (t);
      g_autofree char *ft = NULL;

      if (find_item (ours, id) != NULL)
        continue;

      ft = sam_merge_fingerprint (t);
      if (!history_has (our_items, id))
        add_change (self, item_kind, SAM_MERGE_CHANGE_THEIRS_ADDED, id, item_title (t),
                    g_strdup (_("Not in this copy")), describe_item (t, NULL), 0, item_modified (t));
      else if (!history_contains (our_items, id, ft))
        add_change (self, item_kind, SAM_MERGE_CHANGE_DELETED_EDITED, id, item_title (t),
                    g_strdup (_("Deleted")), describe_item (t, NULL), 0, item_modified (t));
      /* else: deleted here, unchanged there. */
    }
}

/* ---- Applying ---- */

static void
set_property_undoable (SamProject *project,
                       GObject    *target,
                       GObject    *source,
                       GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (source, pspec->name, &value);

  if (G_VALUE_HOLDS_STRING (&value))
    sam_project_set_string (project, target, pspec->name, g_value_get_string (&value));
  else if (G_VALUE_HOLDS_INT (&value))
    sam_project_set_int (project, target, pspec->name, g_value_get_int (&value));
  else if (G_VALUE_HOLDS_BOOLEAN (&value))
    sam_project_set_boolean (project, target, pspec->name, g_value_get_boolean (&value));
  else if (G_VALUE_HOLDS_ENUM (&value))
    sam_project_set_enum (project, target, pspec->name, g_value_get_enum (&value));
  else if (G_VALUE_HOLDS (&value, G_TYPE_STRV) && SAM_IS_SESSION (target))
    sam_project_set_participants (project, SAM_SESSION (target), g_value_get_boxed (&value));
  /* int64 times: "modified" follows the edit; "created" never changes. */
}

/* json_node_copy() shares the objects inside a node; a merge must not let
 * two projects share one mutable object, so copy through text. */
static JsonObject *
copy_json_object (JsonObject *object)
{
  g_autofree char *text = json_object_to_text (object);
  g_autoptr(JsonNode) copy = json_from_string (text, NULL);

  g_assert (copy != NULL && JSON_NODE_HOLDS_OBJECT (copy));
  return json_object_ref (json_node_get_object (copy));
}

static JsonNode *
copy_json_node (JsonNode *node)
{
  g_autofree char *text = json_to_string (node, FALSE);

  return json_from_string (text, NULL);
}

static void
copy_item_content (SamProject *project,
                   GObject    *target,
                   GObject    *source)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  JsonObject *unknown = item_get_unknown (source);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (source), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    if (property_is_content (pspecs[i]) && (pspecs[i]->flags & G_PARAM_WRITABLE) &&
        !(pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
      set_property_undoable (project, target, source, pspecs[i]);

  /* Unknown members are not under undo (nothing shows them); they follow
   * the version the user chose. */
  if (unknown != NULL)
    {
      g_autoptr(JsonObject) copy = copy_json_object (unknown);
      item_set_unknown (target, copy);
    }
  else
    item_set_unknown (target, NULL);
}

/* A copy of @item with @id and every property and unknown member. */
static GObject *
clone_item (GObject    *item,
            const char *id)
{
  GObject *clone = SAM_IS_SESSION (item)
                   ? G_OBJECT (sam_session_new (id, sam_session_get_snapshot (SAM_SESSION (item))))
                   : g_object_new (G_OBJECT_TYPE (item), "id", id, NULL);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  JsonObject *unknown = item_get_unknown (item);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (item), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (g_str_equal (pspecs[i]->name, "id") || !(pspecs[i]->flags & G_PARAM_WRITABLE) ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) || !(pspecs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (item, pspecs[i]->name, &value);
      g_object_set_property (clone, pspecs[i]->name, &value);
    }
  if (unknown != NULL)
    {
      g_autoptr(JsonObject) copy = copy_json_object (unknown);
      item_set_unknown (clone, copy);
    }
  return clone;
}

/* Where an item new from their copy goes: after the nearest item before
 * it in their list that we also have. */
static int
insert_position (GListModel *ours,
                 GListModel *theirs,
                 const char *id)
{
  guint n_theirs = g_list_model_get_n_items (theirs);
  guint index = 0;

  while (index < n_theirs)
    {
      g_autoptr(GObject) t = g_list_model_get_item (theirs, index);

      if (g_strcmp0 (item_get_id (t), id) == 0)
        break;
      index++;
    }

  while (index-- > 0)
    {
      g_autoptr(GObject) t = g_list_model_get_item (theirs, index);
      guint n_ours = g_list_model_get_n_items (ours);

      for (guint j = 0; j < n_ours; j++)
        {
          g_autoptr(GObject) o = g_list_model_get_item (ours, j);

          if (g_strcmp0 (item_get_id (o), item_get_id (t)) == 0)
            return (int) j + 1;
        }
    }
  return 0;
}

/* A session's snapshot never changes in place: when theirs has another
 * snapshot (edited by hand, say), their session replaces ours. */
static void
apply_session_change (SamMerge   *self,
                      GListModel *ours,
                      GListModel *theirs,
                      GObject    *o,
                      GObject    *t,
                      const char *id)
{
  if (o != NULL && t != NULL
      && sam_snapshot_equal (sam_session_get_snapshot (SAM_SESSION (o)),
                             sam_session_get_snapshot (SAM_SESSION (t))))
    copy_item_content (self->ours, o, t);
  else
    {
      int position = -1;

      if (o != NULL)
        {
          guint n = g_list_model_get_n_items (ours);

          for (guint i = 0; i < n && position < 0; i++)
            {
              g_autoptr(GObject) item = g_list_model_get_item (ours, i);

              if (item == o)
                position = (int) i;
            }
          sam_project_remove_session (self->ours, SAM_SESSION (o));
        }
      if (t != NULL)
        {
          g_autoptr(GObject) clone = clone_item (t, id);

          if (position < 0)
            position = insert_position (ours, theirs, id);
          sam_project_add_session (self->ours, SAM_SESSION (clone), position);
        }
    }
}

static void
apply_list_change (SamMerge             *self,
                   const SamMergeChange *change)
{
  gboolean stakeholder = change->item_kind == SAM_MERGE_ITEM_STAKEHOLDER;
  gboolean session = change->item_kind == SAM_MERGE_ITEM_SESSION;
  GListModel *ours = stakeholder ? sam_project_get_stakeholders (self->ours)
                     : session ? sam_project_get_sessions (self->ours) : sam_project_get_notes (self->ours);
  GListModel *theirs = stakeholder ? sam_project_get_stakeholders (self->theirs)
                       : session ? sam_project_get_sessions (self->theirs) : sam_project_get_notes (self->theirs);
  GObject *o = find_item (ours, change->id);
  GObject *t = find_item (theirs, change->id);

  if (change->choice != SAM_MERGE_CHOICE_THEIRS)
    return;

  if (session)
    {
      apply_session_change (self, ours, theirs, o, t, change->id);
      return;
    }

  if (o != NULL && t != NULL)
    copy_item_content (self->ours, o, t);
  else if (o != NULL)
    {
      if (stakeholder)
        sam_project_remove_stakeholder (self->ours, SAM_STAKEHOLDER (o));
      else
        sam_project_remove_note (self->ours, SAM_NOTE (o));
    }
  else if (t != NULL)
    {
      g_autoptr(GObject) clone = clone_item (t, change->id);
      int position = insert_position (ours, theirs, change->id);

      if (stakeholder)
        sam_project_add_stakeholder (self->ours, SAM_STAKEHOLDER (clone), position);
      else
        sam_project_add_note (self->ours, SAM_NOTE (clone), position);
    }
}

/* A note may point at a stakeholder the merge removed (or never brought
 * in); the file must not hold a dangling reference. */
static void
fix_note_links (SamProject *project)
{
  GListModel *notes = sam_project_get_notes (project);
  guint n = g_list_model_get_n_items (notes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SamNote) note = g_list_model_get_item (notes, i);
      const char *link = sam_note_get_stakeholder_id (note);

      if (link != NULL && link[0] != '\0' && sam_project_find_stakeholder (project, link) == NULL)
        sam_project_set_string (project, note, "stakeholder-id", "");
    }
}

/* Unknown members of the project: ours stay; members only theirs have
 * (from a newer version, say) are added. */
static void
merge_project_unknown (SamProject *ours,
                       SamProject *theirs)
{
  g_autoptr(GList) sections = sam_project_list_unknown_sections (theirs);

  for (GList *l = sections; l != NULL; l = l->next)
    {
      const char *section = l->data;
      JsonObject *their_obj = sam_project_get_unknown (theirs, section);
      JsonObject *our_obj = sam_project_get_unknown (ours, section);
      g_autoptr(JsonObject) merged = our_obj != NULL ? copy_json_object (our_obj) : json_object_new ();
      g_autoptr(GList) members = json_object_get_members (their_obj);

      for (GList *m = members; m != NULL; m = m->next)
        {
          const char *name = m->data;

          if (g_str_equal (section, "") && g_str_equal (name, SAM_MERGE_HISTORY_MEMBER))
            continue;
          if (!json_object_has_member (merged, name))
            json_object_set_member (merged, name, copy_json_node (json_object_get_member (their_obj, name)));
        }
      sam_project_set_unknown (ours, section, merged);
    }
}

/* ---- GObject ---- */

static void
sam_merge_finalize (GObject *object)
{
  SamMerge *self = (SamMerge *) object;

  g_clear_object (&self->ours);
  g_clear_object (&self->theirs);
  g_clear_pointer (&self->changes, g_array_unref);

  G_OBJECT_CLASS (sam_merge_parent_class)->finalize (object);
}

static void
sam_merge_class_init (SamMergeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sam_merge_finalize;
}

static void
sam_merge_init (SamMerge *self)
{
  self->changes = g_array_new (FALSE, TRUE, sizeof (SamMergeChange));
  g_array_set_clear_func (self->changes, change_clear);
}

/* ---- Public API ---- */

SamMerge *
sam_merge_new (SamProject  *ours,
               SamProject  *theirs,
               GError     **error)
{
  g_autoptr(SamMerge) self = NULL;

  g_return_val_if_fail (SAM_IS_PROJECT (ours), NULL);
  g_return_val_if_fail (SAM_IS_PROJECT (theirs), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_strcmp0 (sam_project_get_id (ours), sam_project_get_id (theirs)) != 0)
    {
      const char *title = sam_project_get_title (theirs);

      g_set_error (error, SAM_MERGE_ERROR, SAM_MERGE_ERROR_DIFFERENT_PROJECT,
                   _("“%s” is a different project, not a copy of this one. "
                     "Only a copy of this project that was edited elsewhere can be merged. "
                     "You can import its stakeholders and notes as new items instead."),
                   title[0] != '\0' ? title : _("Untitled Project"));
      return NULL;
    }

  /* Their copy comes from a file: its content is by definition a state
   * their copy has been saved in, even when its history predates it. */
  sam_merge_record_state (theirs);

  self = g_object_new (SAM_TYPE_MERGE, NULL);
  self->ours = g_object_ref (ours);
  self->theirs = g_object_ref (theirs);

  compare_fields (self);
  compare_lists (self, SAM_MERGE_ITEM_STAKEHOLDER,
                 sam_project_get_stakeholders (ours), sam_project_get_stakeholders (theirs));
  compare_lists (self, SAM_MERGE_ITEM_NOTE,
                 sam_project_get_notes (ours), sam_project_get_notes (theirs));
  compare_lists (self, SAM_MERGE_ITEM_SESSION,
                 sam_project_get_sessions (ours), sam_project_get_sessions (theirs));

  return g_steal_pointer (&self);
}

guint
sam_merge_get_n_changes (SamMerge *self)
{
  g_return_val_if_fail (SAM_IS_MERGE (self), 0);
  return self->changes->len;
}

const SamMergeChange *
sam_merge_get_change (SamMerge *self,
                      guint     index)
{
  g_return_val_if_fail (SAM_IS_MERGE (self), NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);

  return &g_array_index (self->changes, SamMergeChange, index);
}

guint
sam_merge_get_n_conflicts (SamMerge *self)
{
  guint n = 0;

  g_return_val_if_fail (SAM_IS_MERGE (self), 0);

  for (guint i = 0; i < self->changes->len; i++)
    if (sam_merge_change_is_conflict (&g_array_index (self->changes, SamMergeChange, i)))
      n++;
  return n;
}

void
sam_merge_set_choice (SamMerge       *self,
                      guint           index,
                      SamMergeChoice  choice)
{
  g_return_if_fail (SAM_IS_MERGE (self));
  g_return_if_fail (index < self->changes->len);

  g_array_index (self->changes, SamMergeChange, index).choice = choice;
}

void
sam_merge_apply (SamMerge *self)
{
  SamHistory *history;

  g_return_if_fail (SAM_IS_MERGE (self));
  g_return_if_fail (!self->applied);

  self->applied = TRUE;
  /* Unknown members change outside the history: a state recorded lazily
   * must be complete before (sam_merge_record_state_soon()). */
  complete_recording (self->ours);
  history = sam_project_get_history (self->ours);
  sam_history_seal (history);
  sam_project_begin_edit (self->ours, _("Merge Changes"));

  for (guint i = 0; i < self->changes->len; i++)
    {
      const SamMergeChange *change = &g_array_index (self->changes, SamMergeChange, i);

      if (change->item_kind != SAM_MERGE_ITEM_PROJECT || change->choice != SAM_MERGE_CHOICE_THEIRS)
        continue;
      set_property_undoable (self->ours, G_OBJECT (self->ours), G_OBJECT (self->theirs),
                             g_object_class_find_property (G_OBJECT_GET_CLASS (self->ours),
                                                           change->id + strlen (PROJECT_PREFIX)));
    }
  /* Stakeholders before notes, so a note from their copy finds the
   * stakeholder it points at. */
  for (guint i = 0; i < self->changes->len; i++)
    {
      const SamMergeChange *change = &g_array_index (self->changes, SamMergeChange, i);

      if (change->item_kind == SAM_MERGE_ITEM_STAKEHOLDER)
        apply_list_change (self, change);
    }
  for (guint i = 0; i < self->changes->len; i++)
    {
      const SamMergeChange *change = &g_array_index (self->changes, SamMergeChange, i);

      if (change->item_kind == SAM_MERGE_ITEM_NOTE || change->item_kind == SAM_MERGE_ITEM_SESSION)
        apply_list_change (self, change);
    }
  fix_note_links (self->ours);

  sam_project_end_edit (self->ours);
  sam_history_seal (history);

  merge_project_unknown (self->ours, self->theirs);
  history_absorb (self->ours, self->theirs);
  sam_merge_record_state (self->ours);
}

guint
sam_merge_import_items (SamProject *project,
                        SamProject *other)
{
  g_autoptr(GHashTable) new_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *stakeholders, *notes;
  guint count = 0;

  g_return_val_if_fail (SAM_IS_PROJECT (project), 0);
  g_return_val_if_fail (SAM_IS_PROJECT (other), 0);

  stakeholders = sam_project_get_stakeholders (other);
  notes = sam_project_get_notes (other);

  complete_recording (project);
  sam_history_seal (sam_project_get_history (project));
  sam_project_begin_edit (project, _("Import Items"));
  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(GObject) s = g_list_model_get_item (stakeholders, i);
      g_autofree char *id = sam_new_id ();
      g_autoptr(GObject) clone = clone_item (s, id);

      g_hash_table_insert (new_ids, g_strdup (item_get_id (s)), g_strdup (id));
      sam_project_add_stakeholder (project, SAM_STAKEHOLDER (clone), -1);
      count++;
    }
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(GObject) n = g_list_model_get_item (notes, i);
      g_autofree char *id = sam_new_id ();
      g_autoptr(GObject) clone = clone_item (n, id);
      const char *link = sam_note_get_stakeholder_id (SAM_NOTE (n));
      const char *new_link = link != NULL ? g_hash_table_lookup (new_ids, link) : NULL;

      g_object_set (clone, "stakeholder-id", new_link != NULL ? new_link : "", NULL);
      sam_project_add_note (project, SAM_NOTE (clone), -1);
      count++;
    }
  sam_project_end_edit (project);
  sam_history_seal (sam_project_get_history (project));

  return count;
}
