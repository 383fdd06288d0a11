compare iMSC-EV SMMSC-EV --json
