info --graph signed.tsv --min-studies 1
