path @missing-list.txt SIRT6
