compare iMSC iPSC-MSC --graph comparisons.json
