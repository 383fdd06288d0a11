path iMSC-EV senescence --k 3
