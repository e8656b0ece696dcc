"""Evaluation harnesses, handed a built answerer and searcher; their gold data lives in evals/data/."""
