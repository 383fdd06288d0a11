path iMSC-EV IVDD --avoid ,
