info --system 'in vitro'
