neighbors Sirt6 --review zhou2024
