effects s --graph sign_loop.tsv --budget 1 --json
