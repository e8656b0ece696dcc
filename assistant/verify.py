"""Deterministic checks of a generated answer: every sentence cites clauses it was given, and
every date and number it states appears in a clause it cites."""

from __future__ import annotations

import re

from assistant.records import Citation
from corpus.cues import ascii_digits
from corpus.deadlines import find_dates, without_dates

_SENTENCES = re.compile(r"(?<=[.!?。])\s+|\n+")
_MARKER = re.compile(r"\[(\d+)\]")
_LEADING_MARKERS = re.compile(r"(?:\s*\[\d+\])*")
_REFS = re.compile(r"\[\d+\]|§[\w()¶.']+|\b\d+\s*-\s*[A-ZĐ]+(?:/[A-ZĐ]+)*|\b\d{4}-\d{2}-\d{2}\b")


def stated_dates(text: str, language: str | None) -> set[tuple]:
    """Dates a text states, as (year, month, day) with month or day None where not stated."""
    out = set()
    for _, _, due, granularity in find_dates(ascii_digits(text), language):
        out.add(
            (due.year, due.month if granularity in ("day", "month", "week") else None, due.day if granularity == "day" else None)
        )
    return out


def supported_dates(citations: list[Citation]) -> set[tuple]:
    out = set()
    for c in citations:
        for language, text in c.clause.texts.items():
            out |= stated_dates(text, language)
        out |= {(d.due.year, d.due.month, d.due.day) for d in c.clause.deadlines if d.due}
    # a date stated to the day also supports its month and year
    return out | {(y, m, None) for y, m, _ in list(out)} | {(y, None, None) for y, _, _ in list(out)}


def _sentences(text: str) -> list[str]:
    """The sentences of a text; markers standing after a sentence's full stop ("... 2025. [1]") belong to it."""
    out: list[str] = []
    for piece in (p.strip() for p in _SENTENCES.split(text)):
        leading = _LEADING_MARKERS.match(piece)
        if out and leading[0]:
            out[-1] = f"{out[-1]} {leading[0].strip()}"
            piece = piece[leading.end() :].lstrip(" .,;")
        if piece:
            out.append(piece)
    return out


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", ascii_digits(text)))


def check(text: str, given: list[Citation], language: str | None) -> tuple[list[str], list[str]]:
    """Sentences that pass, and why each other sentence was dropped."""
    # what each clause given can support, by marker, worked out once for all sentences
    dates = {c.marker: supported_dates([c]) for c in given}
    numbers = {c.marker: set().union(*(_numbers(t) for t in c.clause.texts.values())) for c in given}
    kept, problems = [], []
    for sentence in _sentences(text):
        markers = [int(m) for m in _MARKER.findall(sentence)]
        if not markers:
            problems.append(f"no citation: {sentence!r}")
            continue
        if len(re.findall(r"\w+", _REFS.sub(" ", sentence))) < 3:
            problems.append(f"says nothing: {sentence!r}")
            continue
        unknown = [m for m in markers if m not in dates]
        if unknown:
            problems.append(f"cites {', '.join(f'[{m}]' for m in unknown)}, which it was not given: {sentence!r}")
            continue
        if stated_dates(sentence, language) - set().union(*(dates[m] for m in markers)):
            problems.append(f"states a date no cited clause states: {sentence!r}")
            continue
        stripped = without_dates(_REFS.sub(" ", ascii_digits(sentence)), language)
        stray = _numbers(stripped) - set().union(*(numbers[m] for m in markers))
        if stray:
            problems.append(f"states numbers no cited clause states ({', '.join(sorted(stray))}): {sentence!r}")
            continue
        kept.append(sentence)
    return kept, problems
