path v0 v1 --graph dense.tsv --limit 0 --max-len 7 --budget 1000
