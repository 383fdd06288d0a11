effects SP1 --json --max-len 2
