export -o - --to sif-signed --graph signed.tsv
