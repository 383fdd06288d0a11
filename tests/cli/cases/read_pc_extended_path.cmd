path SPHK1 AKT1 --graph pc_extended.sif --evidence
