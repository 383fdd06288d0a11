show sirt6
