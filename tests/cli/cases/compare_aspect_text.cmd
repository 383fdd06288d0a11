compare iMSC --graph comparisons.json --aspect differentiation
