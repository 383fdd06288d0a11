path iMSC-EV IVDD --system 'in vivo' --max-len 2
