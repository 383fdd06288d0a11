studies 'Barrachina 2017'
