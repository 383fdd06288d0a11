hypotheses --top 3 --jsonl
