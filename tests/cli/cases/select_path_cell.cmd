path iMSC 'NK cell cytotoxicity' --cell 'NK cells'
