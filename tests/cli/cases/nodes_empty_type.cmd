nodes --type ''
