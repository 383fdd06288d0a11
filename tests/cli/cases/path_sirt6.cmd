path iMSC-EV Sirt6
