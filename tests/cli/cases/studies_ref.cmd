studies yuan2017
