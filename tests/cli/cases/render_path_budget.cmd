render v0 v1 --path --graph dense.tsv --budget 100 -o - --format dot
