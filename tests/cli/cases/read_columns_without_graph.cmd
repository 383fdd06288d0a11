info --columns source=1,target=2
