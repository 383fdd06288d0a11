info --colour
