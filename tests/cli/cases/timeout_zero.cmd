info --timeout 0
