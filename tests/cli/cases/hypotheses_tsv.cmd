hypotheses --graph signed.tsv --top 5
