info --graph signed.tsv --context IVDD
