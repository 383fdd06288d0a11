path A B --sign x
