hypotheses --evaluate --by year
