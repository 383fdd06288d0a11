hypotheses --evaluate --by decade
