neighbors iMSC-EV --study zhang2015
