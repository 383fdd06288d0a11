nodes -g tgf.json --match smad --json
