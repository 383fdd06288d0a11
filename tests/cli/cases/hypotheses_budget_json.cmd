hypotheses --budget 100 --top 2 --json
