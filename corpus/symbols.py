"""Document symbols of every series series.yaml lists: "183-KL/TW", "57-NQ/TW", "45-CT/TW",
"13/2023/NĐ-CP", read in any case and spacing, with any digits, or from the word for the series
and a number ("Conclusion 221", "Kết Luận số 183", "Resolution No. 57"). The full symbol is a
document's id, so that 183-NQ/TW and 183-KL/TW never meet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from corpus import cues

SERIES_FILE = Path(__file__).with_name("series.yaml")
_NUMBER_AFTER_WORD = re.compile(r"\s*(?:No\.?|nr\.?|Nr\.?|số|n°|nº|n\.º|№|#|شماره)?\s*(\d{1,4})(?!\d|[/.,]\d)", re.IGNORECASE)
# Any Party document's symbol has one shape, NUMBER-TYPE/ISSUER in capitals ("295-TB/TW" a notice,
# "428-BC/BTCTW" a report, "02-KH/BCĐ" a plan): one of a series series.yaml does not list is still
# read as written, so that a question citing it finds the clauses that cite it.
_PARTY_SHAPE = re.compile(r"(?<![\d/])(\d{1,4})\s*[-‐–]\s*([A-ZĐ]{1,5})\s*/\s*([A-ZĐ]{2,10})(?![^\W\d_])")
# a line printing the text's own number at its head: "Số 412-KL/TW", "No. 57-NQ/TW"
_NUMBER_LINE = re.compile(r"^\s*(?:Số|So|No\.?|Nr\.?|N°|Nº|№)\s*:?\s*", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Series:
    suffix: str  # "KL/TW"
    form: str  # "party": NUMBER-SUFFIX; "state": NUMBER/YEAR/SUFFIX
    pattern: re.Pattern[str]  # the symbol written out
    words: re.Pattern[str] | None  # the word naming a document of the series, before its number

    def symbol(self, number: str, year: str | None = None) -> str:
        if self.form == "state":
            return f"{int(number)}/{int(year)}/{self.suffix}"
        return f"{int(number)}-{self.suffix}"


def _suffix_pattern(suffix: str) -> str:
    out = []
    for ch in suffix:
        if ch == "/":
            out.append(r"\s*/\s*")
        elif ch == "-":
            out.append(r"\s*[-‐–]\s*")
        elif ch in "Đđ":
            out.append("[ĐđDd]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@cache
def series() -> tuple[Series, ...]:
    """The series of series.yaml, in its order."""
    out = []
    for entry in yaml.safe_load(SERIES_FILE.read_text(encoding="utf-8")):
        suffix = _suffix_pattern(entry["suffix"])
        if entry["form"] == "state":
            written = rf"(?<![\d/])(\d{{1,4}})\s*/\s*(\d{{4}})\s*/\s*{suffix}(?![^\W\d_])"
        else:
            written = rf"(?<![\d/])(\d{{1,4}})()\s*[-‐–]\s*{suffix}(?![^\W\d_])"
        words = [w for ws in (entry.get("words") or {}).values() for w in ws]
        out.append(Series(entry["suffix"], entry["form"], re.compile(written, re.IGNORECASE), cues.compile_phrases(words)))
    return tuple(out)


def find(text: str) -> list[tuple[int, int, str]]:
    """Where a text names a document, as (start, end, symbol), in order; a symbol named both
    ways at once ("Conclusion No. 412-KL/TW") is one span."""
    found = []
    folded = cues.fold(text)
    for s in series():
        found += [(m.start(), m.end(), s.symbol(m[1], m[2] or None)) for m in s.pattern.finditer(text)]
        for match in s.words.finditer(folded) if s.form == "party" and s.words else ():
            if after := _NUMBER_AFTER_WORD.match(folded, match.end()):
                found.append((match.start(), after.end(), s.symbol(after[1])))
    for m in _PARTY_SHAPE.finditer(text):
        if not any(start < m.end() and m.start() < end for start, end, _ in found):
            found.append((m.start(), m.end(), f"{int(m[1])}-{m[2]}/{m[3]}"))
    found.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, symbol in found:
        if merged and start < merged[-1][1] and symbol == merged[-1][2]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), symbol)
        else:
            merged.append((start, end, symbol))
    return merged


def symbols(text: str) -> list[str]:
    """The symbols a text names, each once, in order."""
    return list(dict.fromkeys(symbol for _, _, symbol in find(text)))


def own(header: str) -> str | None:
    """The symbol a text files itself under: the one it prints as its number at the head of a
    line ("Số 412-KL/TW"), else the first of the corpus's own series (the first series.yaml
    lists) in its title and lead; other symbols there are documents it cites."""
    for line in _NUMBER_LINE.finditer(header):
        named = [symbol for start, _, symbol in find(header[line.end() : line.end() + 40]) if start == 0]
        if named:
            return named[0]
    first = series()[0].suffix
    return next((symbol for symbol in symbols(header) if symbol.endswith("-" + first)), None)


def number(symbol: str) -> int | None:
    """The number of a symbol ("183-KL/TW" -> 183)."""
    m = re.match(r"\d+", symbol)
    return int(m[0]) if m else None
