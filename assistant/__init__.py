"""Stage 3: the answering core: answers about Politburo and Secretariat Conclusions, citing exact clauses."""
