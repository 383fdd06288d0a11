hypotheses --method link --budget 100 --top 2
