render --path iMSC-EV Sirt6 -o - --format dot
