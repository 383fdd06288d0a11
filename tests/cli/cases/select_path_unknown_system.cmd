path iMSC-EV IVDD --system 'ex vivo'
