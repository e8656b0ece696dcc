"""Stage 2: index the corpus records (Chroma and BM25) and search them for a question."""
