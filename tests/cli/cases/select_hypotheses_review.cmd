hypotheses --top 3 --review zhou2024
