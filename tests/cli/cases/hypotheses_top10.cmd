hypotheses --top 10
