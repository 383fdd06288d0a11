path A D --graph signed.tsv --expand-signs
