merge merge_a.json bad.tsv -o -
