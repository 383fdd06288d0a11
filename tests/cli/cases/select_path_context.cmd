path iMSC-EV IVDD --context 'degenerative disc disease' --max-len 3
