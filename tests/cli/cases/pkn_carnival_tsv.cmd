export -o - --to sif-signed --graph carnival_pkn.tsv
