/* sam-email.h: sending the project file by email
 *
 * The mail program is opened with the file attached, in this order of
 * preference: the XDG desktop portal (org.freedesktop.portal.Email, works
 * inside Flatpak), `xdg-email --attach`, and last a plain mailto: link
 * plus the file's folder, so the user can attach the file by hand.
 */
#pragma once

#include <gio/gio.h>

#include "sam-window.h"

G_BEGIN_DECLS

typedef enum {
  SAM_EMAIL_METHOD_PORTAL    = 1 << 0,
  SAM_EMAIL_METHOD_XDG_EMAIL = 1 << 1,
  SAM_EMAIL_METHOD_MAILTO    = 1 << 2,   /* no attachment: the folder opens too */
  SAM_EMAIL_METHOD_ALL       = 0x7,
} SamEmailMethod;

/* Opens the mail program with @subject and @attachments (a NULL-terminated
 * array of local files), trying the @methods allowed, in order.
 * Completes with the method that worked, or an error when none did. */
void            sam_email_compose_async   (const char           *subject,
                                           GFile               **attachments,
                                           SamEmailMethod        methods,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
SamEmailMethod  sam_email_compose_finish  (GAsyncResult         *result,
                                           GError              **error);

/* The "Send by Email…" command: saves first if needed, writes the handout
 * as well when the attach-handout setting says so, opens the mail program
 * and tells the user what to do when the file could not be attached. */
void            sam_email_send_project    (SamWindow            *window);

G_END_DECLS
