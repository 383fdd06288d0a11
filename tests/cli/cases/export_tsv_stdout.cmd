export -o - --to tsv --graph signed.tsv
