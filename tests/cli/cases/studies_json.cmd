studies --json
