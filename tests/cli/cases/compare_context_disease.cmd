compare iMSC-EV --graph comparisons.json --context osteoarthritis
