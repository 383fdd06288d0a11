nodes --type mirna --organism mice
