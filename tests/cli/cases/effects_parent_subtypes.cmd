effects iMSC-EV --max-len 1
