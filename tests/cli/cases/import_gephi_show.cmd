show --graph gephi.graphml ReceptorB
