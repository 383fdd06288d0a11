neighbors SP1 --json
