hypotheses --evaluate --by year --cutoff 2018 --json --repeats 10
