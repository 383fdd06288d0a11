hypotheses --method contradictions
