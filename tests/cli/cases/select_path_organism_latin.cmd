path iMSC-EV 'skin wound' --organism 'Homo sapiens'
