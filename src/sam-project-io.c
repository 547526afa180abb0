/* sam-project-io.c: project files on disk
 *
 * The file-level half of sam-project-io.h: reading a file under the size
 * cap, the atomic save and the async wrappers.  Turning bytes into a
 * project is sam-project-load.c, the other way round sam-project-save.c.
 *
 * The file is replaced atomically: an unnamed (O_TMPFILE) or hidden
 * temporary file in the same folder, fsync, rename.
 */

/* O_TMPFILE and linkat() */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "samenspel-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sam-project-io.h"

G_DEFINE_QUARK (sam-project-error-quark, sam_project_error)

/* ---------------------------------------------------------------------- */
/* Loading                                                                 */

/* Reads at most SAM_PROJECT_MAX_FILE_SIZE + 1 bytes, so a huge file (or an
 * endless one such as a device) is refused without reading all of it. */
static GBytes *
read_capped (GFile         *file,
             char         **etag_out,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  guint8 chunk[65536];

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                         G_FILE_ATTRIBUTE_ETAG_VALUE, cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE)
      && g_file_info_get_size (info) > SAM_PROJECT_MAX_FILE_SIZE)
    {
      g_set_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_TOO_LARGE,
                   _("the file is larger than %u MiB, the most a project file may have; "
                     "is it really a Samenspel project?"),
                     (guint) (SAM_PROJECT_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    buffer = g_byte_array_sized_new (g_file_info_get_size (info) + 1);
  else
    buffer = g_byte_array_new ();

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk,
                                      cancellable, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, n);
      if (buffer->len > SAM_PROJECT_MAX_FILE_SIZE)
        {
          g_set_error (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_TOO_LARGE,
                       _("the file is larger than %u MiB, the most a project file may have; "
                         "is it really a Samenspel project?"),
                         (guint) (SAM_PROJECT_MAX_FILE_SIZE / (1024 * 1024)));
          return NULL;
        }
    }

  if (etag_out != NULL)
    *etag_out = info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

SamProject *
sam_project_load_from_file (GFile         *file,
                            char         **etag_out,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *etag = NULL;
  SamProject *project;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_capped (file, &etag, cancellable, error);
  if (bytes == NULL)
    return NULL;

  project = sam_project_load_from_bytes (bytes, error);
  if (project != NULL && etag_out != NULL)
    *etag_out = g_steal_pointer (&etag);
  return project;
}

typedef struct {
  SamProject *project;
  char       *etag;
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_object (&result->project);
  g_free (result->etag);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LoadResult *result = g_new0 (LoadResult, 1);

  result->project = sam_project_load_from_file (task_data, &result->etag, cancellable, &error);
  if (result->project == NULL)
    {
      load_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, load_result_free);
}

void
sam_project_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_project_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

SamProject *
sam_project_load_finish (GAsyncResult  *result,
                         char         **etag_out,
                         GError       **error)
{
  LoadResult *load;
  SamProject *project;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sam_project_load_async, NULL);

  load = g_task_propagate_pointer (G_TASK (result), error);
  if (load == NULL)
    return NULL;

  project = g_steal_pointer (&load->project);
  if (etag_out != NULL)
    *etag_out = g_steal_pointer (&load->etag);
  load_result_free (load);
  return project;
}

/* ---------------------------------------------------------------------- */
/* Atomic save                                                             */

/* Tests set SAMENSPEL_FAULT to one of these points to have the process
 * killed there, as a power cut or crash would. */
static void
fault_point (const char *name)
{
  const char *fault = g_getenv ("SAMENSPEL_FAULT");

  if (G_UNLIKELY (fault != NULL && g_str_equal (fault, name)))
    raise (SIGKILL);
}

static gboolean
set_io_error (GError    **error,
              int         saved_errno,
              const char *path)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (display);

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: the folder “%s” cannot be written to (%s). "
                     "The file on disk is unchanged; save to another folder."),
                   display, dir, g_strerror (saved_errno));
      break;
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: there is not enough room on the disk (%s). "
                     "The file on disk is unchanged; make room or save elsewhere."),
                   display, g_strerror (saved_errno));
      break;
    default:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: %s. The file on disk is unchanged."),
                   display, g_strerror (saved_errno));
      break;
    }
  return FALSE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += n;
      length -= n;
    }
  return TRUE;
}

/* Writes @bytes to a new file in @dir; returns its fd, and in *@tmp_path
 * its name, or NULL when the file has none yet (O_TMPFILE: a crash before
 * it is linked leaves nothing behind). */
static int
open_temporary (const char  *dir,
                const char  *base,
                mode_t       mode,
                char       **tmp_path)
{
  int fd;

#ifdef O_TMPFILE
  fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
  if (fd >= 0)
    {
      *tmp_path = NULL;
      return fd;
    }
  /* Not every file system has it; fall back to a hidden named file. */
  if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT)
    return -1;
#endif

  *tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (*tmp_path, O_WRONLY | O_CLOEXEC, mode);
  if (fd < 0)
    g_clear_pointer (tmp_path, g_free);
  return fd;
}

static gboolean
save_bytes (GBytes        *bytes,
            GFile         *file,
            const char    *expected_etag,
            char         **etag_out,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *given_path = g_file_get_path (file);
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  struct stat st;
  gboolean exists;
  int fd, saved_errno, dir_fd;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  if (given_path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Samenspel can only save to a folder on this computer; "
                             "choose another place."));
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* Save through a symbolic link to its target, keeping the link. */
  path = realpath (given_path, NULL);
  if (path == NULL)
    path = g_strdup (given_path);

  exists = g_stat (path, &st) == 0;
  if (exists && !S_ISREG (st.st_mode))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Could not save “%s”: it is not a regular file."), display);
      return FALSE;
    }

  if (expected_etag != NULL && exists)
    {
      g_autoptr(GFile) real = g_file_new_for_path (path);
      g_autoptr(GFileInfo) info = g_file_query_info (real, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                     G_FILE_QUERY_INFO_NONE, cancellable, NULL);

      if (info != NULL && g_strcmp0 (g_file_info_get_etag (info), expected_etag) != 0)
        {
          g_set_error_literal (error, SAM_PROJECT_ERROR, SAM_PROJECT_ERROR_CHANGED_ON_DISK,
                               _("The file was changed by another program since it was "
                                 "opened or saved. Save anyway to replace those changes, "
                                 "or save under another name."));
          return FALSE;
        }
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);

  /* A new file gets 0666 minus the umask, as any new file; an existing one
   * keeps its mode (set below, since umask applies here). */
  fd = open_temporary (dir, base, exists ? 0600 : 0666, &tmp_path);
  if (fd < 0)
    return set_io_error (error, errno, path);

  if (exists)
    {
      if (fchmod (fd, st.st_mode & 07777) != 0)
        goto fail;
      /* Keeps the owner when root or a group member saves; may fail. */
      if (fchown (fd, st.st_uid, st.st_gid) != 0)
        (void) 0;
    }

  if (!write_all (fd, data, length / 2))
    goto fail;
  fault_point ("save-mid-write");
  if (!write_all (fd, data + length / 2, length - length / 2))
    goto fail;
  fault_point ("save-after-write");

  if (fsync (fd) != 0)
    goto fail;

  if (tmp_path == NULL)
    {
      /* Give the unnamed file a hidden name, then move it over the old one.
       * Linking through /proc needs no privilege; AT_EMPTY_PATH is the way
       * without /proc, for those allowed to use it. */
      char proc_path[64];
      gboolean linked = FALSE;

      g_snprintf (proc_path, sizeof proc_path, "/proc/self/fd/%d", fd);
      for (int tries = 0; tries < 100 && !linked; tries++)
        {
          g_autofree char *random = g_uuid_string_random ();

          g_free (tmp_path);
          tmp_path = g_strdup_printf ("%s/.%s.%.8s", dir, base, random);
          if (linkat (AT_FDCWD, proc_path, AT_FDCWD, tmp_path, AT_SYMLINK_FOLLOW) == 0
              || (errno == ENOENT && linkat (fd, "", AT_FDCWD, tmp_path, AT_EMPTY_PATH) == 0))
            linked = TRUE;
          else if (errno != EEXIST)
            break;
        }
      if (!linked)
        {
          saved_errno = errno;
          g_clear_pointer (&tmp_path, g_free);
          errno = saved_errno;
          goto fail;
        }
    }

  fault_point ("save-before-rename");

  if (close (fd) != 0)
    {
      fd = -1;
      goto fail;
    }
  fd = -1;

  if (g_rename (tmp_path, path) != 0)
    goto fail;

  /* Make the rename itself durable. */
  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }

  if (etag_out != NULL)
    {
      g_autoptr(GFile) real = g_file_new_for_path (path);
      g_autoptr(GFileInfo) info = g_file_query_info (real, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      *etag_out = info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
    }

  return TRUE;

fail:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  if (tmp_path != NULL)
    g_unlink (tmp_path);
  return set_io_error (error, saved_errno, path);
}

gboolean
sam_project_save_to_file (SamProject    *project,
                          GFile         *file,
                          const char    *expected_etag,
                          char         **etag_out,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SAM_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = sam_project_save_to_bytes (project);
  return save_bytes (bytes, file, expected_etag, etag_out, cancellable, error);
}

typedef struct {
  GBytes *bytes;
  GFile  *file;
  char   *expected_etag;
  char   *etag;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_bytes_unref (save->bytes);
  g_object_unref (save->file);
  g_free (save->expected_etag);
  g_free (save->etag);
  g_free (save);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;

  if (save_bytes (save->bytes, save->file, save->expected_etag, &save->etag,
                  cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The project is turned into bytes here, in the calling thread, since the
 * model is not thread-safe; only the writing happens in the thread. */
void
sam_project_save_async (SamProject          *project,
                        GFile               *file,
                        const char          *expected_etag,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *save;

  g_return_if_fail (SAM_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));

  save = g_new0 (SaveData, 1);
  save->bytes = sam_project_save_to_bytes (project);
  save->file = g_object_ref (file);
  save->expected_etag = g_strdup (expected_etag);

  task = g_task_new (project, cancellable, callback, user_data);
  g_task_set_source_tag (task, sam_project_save_async);
  g_task_set_task_data (task, save, save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
sam_project_save_finish (GAsyncResult  *result,
                         char         **etag_out,
                         GError       **error)
{
  SaveData *save;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sam_project_save_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  save = g_task_get_task_data (G_TASK (result));
  if (etag_out != NULL)
    *etag_out = g_steal_pointer (&save->etag);
  return TRUE;
}
