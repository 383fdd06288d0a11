export --cell NPCs --to tsv -o -
