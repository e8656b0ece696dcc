"""One source file -> its language, metadata and clause tree (before documents are assembled)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from corpus.clean import Line, clean
from corpus.deadlines import find_dates
from corpus.files import ParseError, read_text
from corpus.language import detect
from corpus.records import Notice
from corpus.structure import Node, Tree, build

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
    # The title and preamble are where a Conclusion names itself and its meeting date.
    header = "\n".join([cleaned.title or ""] + [text[n.start : n.end] for n in tree.nodes if n.kind == "preamble"])
    number = conclusion_number(header)
    when = _meeting_date(header, language) or cleaned.published
    return ParsedFile(name, text, language, number, cleaned.title, when, cleaned.source_urls, tree, cleaned.removed, notices)


def conclusion_number(text: str) -> str | None:
    """The first Conclusion number printed in a text, digits normalised: "۱۹۵-KL/TW" -> "195-KL/TW"."""
    match = CONCLUSION_NUMBER.search(text)
    return f"{int(match[1])}-KL/TW" if match else None


def _meeting_date(header: str, language: str) -> date | None:
    days = [due for _, _, due, granularity in find_dates(header, language) if granularity == "day"]
    return days[0] if days else None
