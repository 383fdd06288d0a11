path iMSC-EV 'skin wound' --min-studies 2
