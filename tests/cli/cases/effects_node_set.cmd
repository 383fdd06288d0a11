effects iMSC-EV,iMSC-exosome --sign - --type disease --max-len 2
