neighbors SP1 --depth 2 --type disease --json
