export --graph comparisons.json --to tsv -o -
