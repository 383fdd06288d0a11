neighbors SP1 --direction up
