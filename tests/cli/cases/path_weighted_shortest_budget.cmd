path iMSC-EV SIRT6 --shortest --weighted --budget 20 --json
