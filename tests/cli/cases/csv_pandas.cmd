export -o - --to json --graph pandas_edges.csv
