studies nong2061
