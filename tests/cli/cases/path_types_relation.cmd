path iMSC-EV SIRT6 --types gene --relation activates,downregulates,inhibits
