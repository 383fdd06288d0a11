validate comparisons.json
