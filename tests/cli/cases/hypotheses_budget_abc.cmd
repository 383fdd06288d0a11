hypotheses --method abc --budget 100 --top 2
