info --context ''
