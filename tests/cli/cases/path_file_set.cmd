path @sources.txt SIRT6 --shortest
