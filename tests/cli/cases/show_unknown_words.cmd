show 'mast cell degranulation'
