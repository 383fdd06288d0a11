nodes --type disease --cell 'mast cells' --json
