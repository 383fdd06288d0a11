studies
