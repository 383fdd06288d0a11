render --compare iMSC BM-MSC --graph comparisons.json --format dot -o -
