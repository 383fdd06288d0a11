hypotheses --method contradictions --budget 100 --top 2
