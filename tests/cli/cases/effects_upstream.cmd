effects Sirt6 --upstream --max-len 3
