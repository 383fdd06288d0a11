path --node-types missing.txt --pathlinker --graph dense.tsv
