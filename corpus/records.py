"""The records the corpus stage makes: a Conclusion (Document) and its Clauses, with their
deadlines, footnotes and source spans, and the Notices ingest raises."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Span:
    """Character range [start, end) in one source file's text."""

    file: str
    start: int
    end: int


@dataclass(frozen=True)
class Deadline:
    """A due date stated in a clause, normalised to the last day it covers."""

    phrase: str
    due: date | None
    granularity: str  # "day" | "week" | "month" | "quarter" | "half" | "year"
    recurring: str | None = None  # an RFC 5545 RRULE, e.g. "FREQ=MONTHLY;BYMONTHDAY=25"
    group: bool = False  # stated once for a group of tasks ("all these tasks ...")
    stated_in: str | None = None  # clause id it was stated in, when not this clause


@dataclass(frozen=True)
class Footnote:
    """A footnote whose marker (e.g. "[1]") appears in a clause."""

    marker: str
    text: str
    span: Span


@dataclass(frozen=True)
class Clause:
    """The smallest numbered or paragraph unit of a Conclusion, in every language it exists in."""

    id: str  # e.g. "183-KL/TW:3.p3.1.ii"
    document: str  # e.g. "183-KL/TW"
    path: tuple[str, ...]  # e.g. ("3", "p3", "1", "ii")
    label: str  # e.g. "§3¶3(1)(ii)"
    kind: str  # "preamble" | "section" | "paragraph" | "item"
    parent: str | None
    texts: dict[str, str]  # language code -> verbatim text
    spans: dict[str, Span]  # language code -> where that text sits in its source file
    lead_in: dict[str, str] = field(default_factory=dict)  # the parent's text, per language
    deadlines: tuple[Deadline, ...] = ()
    actors: tuple[str, ...] = ()  # canonical English names of the bodies given a task
    mentions: tuple[str, ...] = ()  # bodies named without being given a task
    supporting: tuple[str, ...] = ()  # bodies that support the actors ("phối hợp với"), as registers keep them
    directing: tuple[str, ...] = ()  # bodies the lead-in charges with directing the actors ("Đảng ủy Chính phủ chỉ đạo:")
    footnotes: dict[str, tuple[Footnote, ...]] = field(default_factory=dict)

    @property
    def tasked(self) -> tuple[str, ...]:
        """The bodies whose task this clause is: those carrying it out and those directing them."""
        return self.actors + tuple(b for b in self.directing if b not in self.actors)

    def text_language(self, wanted: str | None) -> str:
        """The language to quote this clause in: `wanted` where the clause exists in it, else its first."""
        return wanted if wanted in self.texts else next(iter(self.texts))


@dataclass(frozen=True)
class Source:
    """One file that carries a Conclusion: its language, the link it was captured from, and what
    it is ("text": the Conclusion's own numbered text, original or translation; "press report":
    an article quoting and summarising it)."""

    file: str
    language: str
    url: str | None
    kind: str


@dataclass(frozen=True)
class Document:
    """One Conclusion, possibly assembled from several translations."""

    id: str  # e.g. "183-KL/TW"
    title: str
    date: date | None
    languages: tuple[str, ...]
    source_urls: tuple[str, ...]
    files: tuple[str, ...]
    sources: tuple[Source, ...] = ()

    def source_of(self, file: str) -> Source | None:
        """The source a file is, if it is one of this document's."""
        return next((s for s in self.sources if s.file == file), None)

    def link_of(self, clause: Clause, language: str | None = None) -> str | None:
        """The link of the source a clause's text (in `language`, else its first) was read from."""
        span = clause.spans.get(clause.text_language(language)) if clause.spans else None
        source = self.source_of(span.file) if span else None
        if source is not None:
            return source.url
        return self.source_urls[0] if self.source_urls else None


@dataclass(frozen=True)
class Notice:
    """Something ingest noticed and wants a person to look at."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"
