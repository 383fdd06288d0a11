effects iMSC-EV --study sun2021 --max-len 2
