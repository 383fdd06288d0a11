export --context 'skin wound' --to tsv -o -
