path iMSC-EV
