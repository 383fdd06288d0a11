hypotheses --method dwpc --budget 100 --top 2
