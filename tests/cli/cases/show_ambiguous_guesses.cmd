show HIF-1
