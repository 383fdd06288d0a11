hypotheses --per-method 100 --top 2
