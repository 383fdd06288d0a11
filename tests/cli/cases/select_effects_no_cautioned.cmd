effects IL-24-iMSC --no-cautioned --max-len 2
