path iMSC-EV SIRT6 --relation activatez
