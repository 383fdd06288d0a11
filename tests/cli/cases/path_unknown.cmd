path iMSC-EV Sirt7
