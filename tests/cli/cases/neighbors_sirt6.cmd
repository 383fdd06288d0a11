neighbors Sirt6
