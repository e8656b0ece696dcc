"""Directive assistant: answers about Politburo and Secretariat Conclusions, citing exact clauses."""
