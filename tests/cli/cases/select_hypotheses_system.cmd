hypotheses --top 3 --system 'in vitro'
