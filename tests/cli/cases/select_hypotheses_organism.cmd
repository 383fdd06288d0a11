hypotheses --top 3 --organism rat
