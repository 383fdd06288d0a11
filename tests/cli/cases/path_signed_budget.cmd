path iMSC-EV SIRT6 --sign - --budget 100
