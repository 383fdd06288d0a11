path iMSC-EV "renal I/R injury" --limit 16
