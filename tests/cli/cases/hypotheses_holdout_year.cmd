hypotheses --evaluate --by year --cutoff 2020
