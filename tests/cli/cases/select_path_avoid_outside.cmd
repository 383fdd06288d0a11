path iMSC-EV Sirt6 --study sun2021 --avoid SP1,miR-105-5p
