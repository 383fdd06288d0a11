validate tgf.json good.sif
