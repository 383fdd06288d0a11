hubs --exclude iMSC,iMSC-EV,iMSC-exosome
