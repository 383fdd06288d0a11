export --no-cautioned --context 'renal I/R injury' --to tsv -o -
