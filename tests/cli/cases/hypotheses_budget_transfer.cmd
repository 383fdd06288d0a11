hypotheses --method transfer --budget 100 --top 2
