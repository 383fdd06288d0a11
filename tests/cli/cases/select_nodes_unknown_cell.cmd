nodes --cell 'mast cels'
