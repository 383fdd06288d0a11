compare iMSC BM-MSC UC-MSC --graph comparisons.json
