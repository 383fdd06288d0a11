export --context 'renal I/R injury' --to tsv -o -
