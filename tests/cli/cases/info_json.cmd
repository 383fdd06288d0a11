info --json --graph tgf.json
