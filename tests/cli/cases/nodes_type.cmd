nodes --type gene,chemical
