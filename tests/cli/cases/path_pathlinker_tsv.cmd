path A D --graph signed.tsv --pathlinker
