effects iMSC-exosome --min-studies 2
