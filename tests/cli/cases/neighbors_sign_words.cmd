neighbors SP1 --sign up
