info --graph comparisons.json
