hubs --type gene,pathway --top 10 --exclude iMSC,iMSC-EV,iMSC-exosome
