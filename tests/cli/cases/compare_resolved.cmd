compare iMSCs BM-MSC --graph comparisons.json
