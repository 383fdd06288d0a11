info --graph signed.tsv --from xml
