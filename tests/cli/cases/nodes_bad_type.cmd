nodes --type protein
