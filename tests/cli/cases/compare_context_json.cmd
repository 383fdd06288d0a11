compare iMSC-EV SMMSC-EV --graph comparisons.json --json --context 'rat OA model'
