show SIRT6 --graph
