info --min-studies many
