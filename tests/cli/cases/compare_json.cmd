compare 'IFN-gamma-iMSC-EV' imsc-ev --graph comparisons.json --json
