export -o - --to json --graph signor_all_data.tsv
