nodes --study doi:10.1186/S13287-021-02362-1
