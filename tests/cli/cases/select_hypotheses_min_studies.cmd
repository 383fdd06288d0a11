hypotheses --top 3 --min-studies 2
