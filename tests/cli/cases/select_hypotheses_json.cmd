hypotheses --top 1 --study sun2021 --json
