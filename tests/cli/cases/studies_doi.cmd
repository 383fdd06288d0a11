studies doi:10.2217/nmm-2022-0036
