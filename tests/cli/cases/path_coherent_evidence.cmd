path iMSC-EV IVDD --coherent --evidence --max-len 2
