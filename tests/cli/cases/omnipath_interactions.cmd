export -o - --to json --graph omnipath_interactions.tsv
