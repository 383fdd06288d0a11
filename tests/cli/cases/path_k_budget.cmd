path v0 v1 --graph dense.tsv --k 50 --budget 200
