info --study https://doi.org/10.1186/s13287-021-02362-1
