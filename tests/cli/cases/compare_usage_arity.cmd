compare --graph comparisons.json
