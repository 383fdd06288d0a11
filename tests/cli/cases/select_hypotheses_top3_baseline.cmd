hypotheses --top 3
