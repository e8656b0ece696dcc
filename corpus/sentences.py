"""Sentences of a text in any language. A full stop, "!" or "?" ends a sentence only before a
letter that is not lower case (or the end of the text), and not after an abbreviation that
cues.yaml lists ("No.", "Nr.", "Art.", "TP.") or an initial ("T. Lam"), nor as part of the list
marker a line opens with ("8.", "III."); ";" always ends one."""

from __future__ import annotations

import re

from corpus import cues
from corpus.markers import leading_marker

_STOP = re.compile(r"[;؛]|[.!?…](?=[\"”’»)\]]*\s+[\"“‘«(\[]*([^\W\d_])|[\"”’»)\]]*\s*$)")
_WORD_BEFORE = re.compile(r"(\S+)$")


def _abbreviations(lang: str | None) -> set[str]:
    return {cues.fold(word).casefold().rstrip(".") for word in cues.words("abbreviation", lang)}


def _marks_item(text: str, stop: int) -> bool:
    """True when the full stop ending at `stop` belongs to the list marker its line opens with."""
    line = text.rfind("\n", 0, stop) + 1
    marker = leading_marker(text[line:])
    return marker is not None and line + marker.length >= stop


def ends(text: str, lang: str | None) -> list[int]:
    """Where each sentence but the last ends (just after its closing mark)."""
    known = _abbreviations(lang)
    out = []
    for m in _STOP.finditer(text):
        if m[0] in ".!?…" and m.group(1) is not None and m.group(1).islower():
            continue
        if m[0] == ".":
            before = _WORD_BEFORE.search(text, 0, m.start())
            word = cues.fold(before[1]).casefold().lstrip('("“«') if before else ""
            if len(word) == 1 and word.isalpha() or word.rstrip(".") in known or _marks_item(text, m.end()):
                continue
        out.append(m.end())
    return [end for end in out if end < len(text.rstrip())]


def split(text: str, lang: str | None) -> list[str]:
    """The sentences of a text, verbatim (surrounding spaces dropped), empty ones left out."""
    bounds = [0, *ends(text, lang), len(text)]
    pieces = (text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False))
    return [p for p in pieces if p]


def around(text: str, start: int, end: int, lang: str | None) -> str:
    """The sentence holding text[start:end]."""
    bounds = ends(text, lang)
    left = max((b for b in bounds if b <= start), default=0)
    right = min((b for b in bounds if b > end), default=len(text))
    return text[left:right]
