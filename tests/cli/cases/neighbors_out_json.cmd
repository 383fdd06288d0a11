neighbors SP1 --depth 2 --direction out --json
