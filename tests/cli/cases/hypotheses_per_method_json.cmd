hypotheses --per-method 100 --top 1 --json
