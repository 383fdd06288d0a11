path --graph huge_weights.tsv --pathlinker A D
