show exosomes
