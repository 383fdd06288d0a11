effects iMSC-exosome --context 'hepatic I/R injury' --max-len 2
