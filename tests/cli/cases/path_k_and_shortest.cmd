path A B --k 2 --shortest
