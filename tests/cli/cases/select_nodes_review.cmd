nodes --type mirna --review zhou2024
