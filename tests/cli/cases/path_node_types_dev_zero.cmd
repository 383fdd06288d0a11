path --node-types /dev/zero
