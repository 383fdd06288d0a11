compare iMSC BM-MSC --graph comparisons.json
