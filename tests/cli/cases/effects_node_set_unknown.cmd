effects 'iMSC-EV,no such node'
