effects IFN-gamma-iMSC-EV
