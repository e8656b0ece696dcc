"""Stage 1: captured source files read into Document and Clause records."""
