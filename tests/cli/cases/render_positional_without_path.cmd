render iMSC-EV Sirt6 -o never-written.svg
