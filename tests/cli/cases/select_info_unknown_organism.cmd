info --organism zebrafish
