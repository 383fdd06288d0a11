compare iMSC-EV --graph comparisons.json --no-subtypes
