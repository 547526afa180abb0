/* sam-parking-lot.h: the board of "bears on the road" */
#pragma once

#include <gtk/gtk.h>

#include "sam-project.h"

G_BEGIN_DECLS

#define SAM_TYPE_PARKING_LOT (sam_parking_lot_get_type ())
G_DECLARE_FINAL_TYPE (SamParkingLot, sam_parking_lot, SAM, PARKING_LOT, GtkWidget)

GtkWidget  *sam_parking_lot_new          (void);
SamProject *sam_parking_lot_get_project  (SamParkingLot *self);
void        sam_parking_lot_set_project  (SamParkingLot *self,
                                          SamProject    *project);
/* Parks a new, empty note (one undo step), shows it and puts the keyboard
 * focus in its text.  Returns the note (owned by the project). */
SamNote    *sam_parking_lot_new_note     (SamParkingLot *self);
/* The notes on the board as shown: filtered by status. */
GListModel *sam_parking_lot_get_shown    (SamParkingLot *self);
/* The notes still parked, as the "before we close" review lists them. */
GListModel *sam_parking_lot_get_review   (SamParkingLot *self);

G_END_DECLS
