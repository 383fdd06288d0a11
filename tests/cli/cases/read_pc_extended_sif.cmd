nodes --graph pc_extended.sif --json
