hypotheses --method gaps --budget 100 --top 2
