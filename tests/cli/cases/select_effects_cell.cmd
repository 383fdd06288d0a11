effects iMSC --cell 'T cells'
