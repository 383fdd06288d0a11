path iMSC-EV,iMSC-exosome SIRT6,senescence --shortest
