compare iMSC --graph comparisons.json --study nobody2099
