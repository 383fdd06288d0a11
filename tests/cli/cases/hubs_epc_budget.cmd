hubs --graph dense.tsv --metric epc --epc-budget 1000 --top 3
