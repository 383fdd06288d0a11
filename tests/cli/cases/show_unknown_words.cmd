show 'mast cell activation'
