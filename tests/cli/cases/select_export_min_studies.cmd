export --min-studies 4 --to tsv -o -
