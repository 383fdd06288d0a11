path A D --graph signed.tsv --shortest --sign -
