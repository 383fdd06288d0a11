info --min-studies 3
