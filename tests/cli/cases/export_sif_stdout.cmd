export -o - --to sif --graph signed.tsv
