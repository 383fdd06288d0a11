effects IL-24-iMSC --max-len 2
