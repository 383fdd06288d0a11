validate bad.tsv
