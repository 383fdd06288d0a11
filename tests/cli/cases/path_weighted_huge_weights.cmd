path --graph huge_weights.tsv --weighted --k 3 A D
