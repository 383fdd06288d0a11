neighbors SP1 --review zhou2042
