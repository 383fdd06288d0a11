path iMSC-EV "renal I/R injury" --coherent --json
