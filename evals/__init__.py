"""Evaluation harnesses; their gold data lives in evals/data/."""
