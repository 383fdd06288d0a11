compare iMSX --graph comparisons.json
