hypotheses --method comparisons --top 0
