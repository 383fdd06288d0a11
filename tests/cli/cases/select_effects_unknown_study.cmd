effects SP1 --study yuan2071
