path iMSC-EV IVDD --relation ''
