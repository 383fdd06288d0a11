hubs --graph dense.tsv --metrics epc,mcc --epc-budget 1000 --top 3 --json
