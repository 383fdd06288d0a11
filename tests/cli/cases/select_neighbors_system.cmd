neighbors iMSC-EV --system 'in vitro'
