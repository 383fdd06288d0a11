compare OA --graph comparisons.json
