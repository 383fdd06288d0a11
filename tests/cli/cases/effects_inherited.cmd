effects IFN-gamma-iMSC-EV --inherited --max-len 1
