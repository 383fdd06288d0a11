neighbors iMSC-EV --min-studies 3
