effects iMSC-EV --organism human
