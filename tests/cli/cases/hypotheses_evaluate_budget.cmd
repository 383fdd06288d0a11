hypotheses --evaluate --budget 100
