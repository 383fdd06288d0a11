path Gene::6667 S1P --graph merge_a.json --graph merge_b.json --json
