export -o - --to tsv --graph cellnopt_pkn.sif
