info --timeout soon
