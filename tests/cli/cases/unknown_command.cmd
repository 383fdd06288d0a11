shwo SIRT6
