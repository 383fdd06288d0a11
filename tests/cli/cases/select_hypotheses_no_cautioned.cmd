hypotheses --top 3 --no-cautioned
