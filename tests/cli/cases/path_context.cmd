path iMSC-EV "renal I/R injury" --context "renal I/R injury" --evidence
