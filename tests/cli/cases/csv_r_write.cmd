export -o - --to tsv --graph r_write.csv
