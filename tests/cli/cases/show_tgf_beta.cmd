show TGF-beta1 --graph tgf.json
