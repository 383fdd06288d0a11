show --json SK1
