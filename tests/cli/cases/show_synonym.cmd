show 'sphingosine kinase 1'
