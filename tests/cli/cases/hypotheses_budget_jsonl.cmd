hypotheses --budget 100 --top 1 --jsonl
