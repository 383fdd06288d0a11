path v0 v1 --graph dense.tsv --limit 5 --max-len 6
