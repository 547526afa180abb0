/* sam-application.h: the GtkApplication */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SAM_TYPE_APPLICATION (sam_application_get_type ())
G_DECLARE_FINAL_TYPE (SamApplication, sam_application, SAM, APPLICATION, GtkApplication)

SamApplication *sam_application_new (void);

G_END_DECLS
