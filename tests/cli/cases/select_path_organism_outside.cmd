path iMSC-EV IVDD --organism 'Homo sapiens'
