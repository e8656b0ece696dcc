"""One source file -> its language, metadata and clause tree (before documents are assembled)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from corpus import cues
from corpus.clean import Line, clean
from corpus.deadlines import find_dates, follows_deadline_word
from corpus.files import ParseError, read_text
from corpus.language import detect
from corpus.records import Notice
from corpus.structure import Node, Tree, build

_NUMBER_AFTER_WORD = re.compile(r"\s*(?:No\.?|nr\.?|Nr\.?|số|n°|nº|n\.º|№|#|شماره)?\s*(\d{1,4})(?!\d|[/.,]\d)", re.IGNORECASE)
LEAD = 8  # clauses from the top that may name the Conclusion and its date
OTHER_DOCUMENT_GAP = 30  # characters between another document's symbol and the date that dates it
# a document symbol of any series: "121-KL/TW", "57-NQ/TW", "45-CT/TW", "89-QĐ/TW", "56-KH/BCĐ"
SYMBOL = re.compile(r"(?<!\d)\d{1,4}\s*[-‐–]\s*[^\W\d_]{1,5}(?:\s*/\s*[^\W\d_]{1,6}){1,2}")
CONCLUSION_NUMBER = re.compile(r"(?<!\d)(\d{1,4})\s*[-‐–]\s*KL\s*/\s*TW", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedFile:
    """What one file says: text, language, the Conclusion it prints, and its clause tree."""

    name: str
    text: str
    language: str
    number: str | None  # e.g. "183-KL/TW", as printed in the title or preamble
    title: str | None
    date: date | None  # meeting or signature date, else the page's publication date
    source_urls: tuple[str, ...]
    tree: Tree
    removed: tuple[tuple[Line, str], ...]
    notices: tuple[Notice, ...]

    @cached_property
    def nodes(self) -> dict[tuple[str, ...], Node]:
        """This file's clause nodes by path."""
        return {n.path: n for n in self.tree.nodes}

    def node_text(self, node) -> str:
        """Verbatim text of a node of this file's tree."""
        return self.text[node.start : node.end]


def parse_file(path: Path, languages: tuple[str, ...]) -> ParsedFile:
    """Parse one source file; raises ParseError with file and line when it cannot."""
    name = Path(path).name
    text = read_text(path)
    cleaned = clean(text)
    if not cleaned.body:
        raise ParseError(name, None, "no text left after removing page clutter")
    body_text = "\n".join(line.text for line in cleaned.body)
    language = detect(body_text, languages)
    if language is None:
        raise ParseError(name, cleaned.body[0].number, "cannot tell the language of this text")
    tree = build(cleaned.body)
    notices = tuple(Notice(name, line, message) for line, message in tree.notices)
    # The title and the lead (the preamble, or the first paragraphs of a text without sections)
    # are where a Conclusion names itself and its meeting date.
    lead = [n for n in tree.nodes[:LEAD] if n.kind == "preamble" or n.path[0].startswith("p")]
    header = "\n".join([cleaned.title or ""] + [text[n.start : n.end] for n in lead])
    number = conclusion_number(header)
    when = _meeting_date(header, language, number) or cleaned.published
    return ParsedFile(name, text, language, number, cleaned.title, when, cleaned.source_urls, tree, cleaned.removed, notices)


def citations(text: str) -> list[tuple[int, int, int]]:
    """Where a text names a Conclusion, as (start, end, number), in order: "202-KL/TW" (any
    digits), and a number after the word for Conclusion ("Conclusion 221", "Kết Luận số 183",
    "conclusion n° 331"; the word and the number together)."""
    found = [(m.start(), m.end(), int(m[1])) for m in CONCLUSION_NUMBER.finditer(text)]
    words = cues.cue("conclusion", None)
    folded = cues.fold(text)
    for match in words.finditer(folded) if words else ():
        after = _NUMBER_AFTER_WORD.match(folded, match.end())
        if after:
            found.append((match.start(), after.end(), int(after[1])))
    return sorted(found)


def cited_numbers(text: str) -> list[int]:
    """Numbers of the Conclusions a text names, in order (see citations)."""
    return list(dict.fromkeys(number for _, _, number in citations(text)))


def conclusion_number(text: str) -> str | None:
    """The first Conclusion number named in a text, digits normalised: "۱۹۵-KL/TW" -> "195-KL/TW"."""
    numbers = cited_numbers(text)
    return f"{numbers[0]}-KL/TW" if numbers else None


def _meeting_date(header: str, language: str, own: str | None) -> date | None:
    """The first day named in the lead that is neither a deadline nor the date of another document
    (a date right after another symbol, "Conclusion 121-KL/TW of 24 January 2025", dates that one)."""
    others = [m.end() for m in SYMBOL.finditer(header) if own is None or conclusion_number(m[0]) != own]
    for start, _, due, granularity in find_dates(header, language):
        if granularity != "day" or follows_deadline_word(header, start, language):
            continue
        if not any(0 <= start - end <= OTHER_DOCUMENT_GAP for end in others):
            return due
    return None
