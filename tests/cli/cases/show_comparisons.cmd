show iMSC --graph comparisons.json
