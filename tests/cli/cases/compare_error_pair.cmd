compare iMSC SMMSC-EV --graph comparisons.json
