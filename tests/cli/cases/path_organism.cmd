path iMSC-EV IVDD --organism rat --max-len 2
