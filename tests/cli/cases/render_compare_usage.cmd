render --compare iMSC --graph comparisons.json --path -o x.svg
