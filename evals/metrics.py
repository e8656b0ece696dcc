"""Retrieval metrics on ranked clause ids."""

from __future__ import annotations

from collections.abc import Sequence


def recall_at(ranked: Sequence[str], gold: set[str], k: int) -> float:
    """Share of the gold ids found among the first k results."""
    if not gold:
        raise ValueError("recall needs at least one gold id")
    return len(gold & set(ranked[:k])) / len(gold)


def reciprocal_rank(ranked: Sequence[str], gold: set[str], k: int = 10) -> float:
    """1/rank of the first gold id among the first k results, 0 if none is there."""
    for rank, item in enumerate(ranked[:k], start=1):
        if item in gold:
            return 1.0 / rank
    return 0.0


def abstention_correct(abstained: bool, answerable: bool) -> bool:
    """An abstention is right exactly when the corpus cannot answer."""
    return abstained != answerable


def by_language(rows: list[dict]) -> dict[str, list[dict]]:
    """Rows overall ("all") and per question language (their "lang"), languages in order."""
    return {"all": rows, **{lang: [r for r in rows if r["lang"] == lang] for lang in sorted({r["lang"] for r in rows})}}


def mean(values: Sequence[float]) -> float | None:
    """Arithmetic mean, or None for no values."""
    return sum(values) / len(values) if values else None
