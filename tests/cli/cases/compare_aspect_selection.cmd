compare iMSC --graph comparisons.json --aspect osteogenesis --review aldoghachi2023
