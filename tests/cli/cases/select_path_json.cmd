path iMSC-EV Sirt6 --study sun2021 --shortest --json
