hypotheses --top 3 --json
