compare iMSC-EV --graph comparisons.json
