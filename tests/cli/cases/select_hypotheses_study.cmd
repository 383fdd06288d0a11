hypotheses --top 3 --study sun2021
