show Sirt7x
