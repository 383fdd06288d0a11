path A D --graph signed.tsv --k 2 --weighted --json
