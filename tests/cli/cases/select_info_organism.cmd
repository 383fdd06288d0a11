info --organism 'Rattus norvegicus'
