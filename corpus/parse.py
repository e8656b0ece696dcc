"""One source file -> its language, metadata and clause tree (before documents are assembled)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from corpus import symbols
from corpus.clean import Line, clean
from corpus.deadlines import find_dates, follows_deadline_word
from corpus.files import DEFAULT_LIMITS, FileLimits, ParseError, read_text
from corpus.language import detect_document
from corpus.records import Notice
from corpus.structure import Node, Tree, build

LEAD = 8  # clauses from the top that may name the Conclusion and its date
OTHER_DOCUMENT_GAP = 30  # characters between another document's symbol and the date that dates it
# a document symbol of any series: "121-KL/TW", "57-NQ/TW", "45-CT/TW", "89-QĐ/TW", "56-KH/BCĐ"
SYMBOL = re.compile(r"(?<!\d)\d{1,4}\s*[-‐–]\s*[^\W\d_]{1,5}(?:\s*/\s*[^\W\d_]{1,6}){1,2}")


@dataclass(frozen=True)
class ParsedFile:
    """What one file says: text, language, the Conclusion it prints, and its clause tree."""

    name: str
    text: str
    language: str
    number: str | None  # its symbol, e.g. "183-KL/TW" or "57-NQ/TW", as printed in the title or lead
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


def parse_file(path: Path, languages: tuple[str, ...], limits: FileLimits = DEFAULT_LIMITS) -> ParsedFile:
    """Parse one source file; raises ParseError with file and line when it cannot."""
    name = Path(path).name
    text = read_text(path, limits)
    cleaned = clean(text)
    if not cleaned.body:
        raise ParseError(name, None, "no text left after removing page clutter")
    body_text = "\n".join(line.text for line in cleaned.body)
    language = detect_document(body_text, languages)
    if language is None:
        raise ParseError(name, cleaned.body[0].number, "cannot tell the language of this text")
    tree = build(cleaned.body)
    notices = tuple(Notice(name, line, message) for line, message in tree.notices)
    # The title and the lead (the preamble, or the first paragraphs of a text without sections)
    # are where a Conclusion names itself and its meeting date.
    lead = [n for n in tree.nodes[:LEAD] if n.kind == "preamble" or n.path[0].startswith("p")]
    header = "\n".join([cleaned.title or ""] + [text[n.start : n.end] for n in lead])
    number = symbols.own(header)
    when = _meeting_date(header, language, number) or cleaned.published
    return ParsedFile(name, text, language, number, cleaned.title, when, cleaned.source_urls, tree, cleaned.removed, notices)


def _meeting_date(header: str, language: str, own: str | None) -> date | None:
    """The first day named in the lead that is neither a deadline nor the date of another document
    (a date right after another symbol, "Conclusion 121-KL/TW of 24 January 2025", dates that one)."""
    others = [m.end() for m in SYMBOL.finditer(header) if own is None or symbols.symbols(m[0])[:1] != [own]]
    for start, _, due, granularity in find_dates(header, language):
        if granularity != "day" or follows_deadline_word(header, start, language):
            continue
        if not any(0 <= start - end <= OTHER_DOCUMENT_GAP for end in others):
            return due
    return None
