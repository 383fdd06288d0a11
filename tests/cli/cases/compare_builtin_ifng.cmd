compare IFN-γ-iMSC-EV iMSC-EV
