path iMSC-EV IVDD --avoid PDE4D --via SIRT6
