effects Sirt6 --upstream --exclude-structural
