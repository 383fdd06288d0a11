hypotheses --method abd
