hubs --top 5 --context IVDD --metric degree --exclude iMSC,iMSC-EV,iMSC-exosome
