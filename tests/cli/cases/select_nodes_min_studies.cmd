nodes --type mirna --min-studies 2
