/* sam-types.h: forward declarations, so headers need not include each other */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _SamHistory     SamHistory;
typedef struct _SamNote        SamNote;
typedef struct _SamProject     SamProject;
typedef struct _SamStakeholder SamStakeholder;

G_END_DECLS
