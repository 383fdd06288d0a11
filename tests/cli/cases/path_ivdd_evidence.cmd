path iMSC-EV IVDD --evidence --max-len 3
