neighbors Sirt6 --organism rat
