hypotheses --json --jsonl
