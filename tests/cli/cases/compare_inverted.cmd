compare 'bone marrow MSC' iPSC-MSC --graph comparisons.json
