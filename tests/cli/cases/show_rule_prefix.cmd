show miR-486
