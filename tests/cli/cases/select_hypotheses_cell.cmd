hypotheses --top 3 --cell hepatocytes
