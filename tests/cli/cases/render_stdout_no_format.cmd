render -o -
