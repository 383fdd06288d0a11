export -o - --to tsv --graph pkn_headless.tsv
