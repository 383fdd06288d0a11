neighbors Treg --cell Th17
