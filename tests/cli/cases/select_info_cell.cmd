info --cell 'NK cells'
