"""Typed records passed between the stages: source file -> Clause -> index -> answer."""

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
    granularity: str  # "day" | "week" | "month" | "year"
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
    footnotes: dict[str, tuple[Footnote, ...]] = field(default_factory=dict)

    def text_language(self, wanted: str | None) -> str:
        """The language to quote this clause in: `wanted` where the clause exists in it, else its first."""
        return wanted if wanted in self.texts else next(iter(self.texts))


@dataclass(frozen=True)
class Document:
    """One Conclusion, possibly assembled from several translations."""

    id: str  # e.g. "183-KL/TW"
    title: str
    date: date | None
    languages: tuple[str, ...]
    source_urls: tuple[str, ...]
    files: tuple[str, ...]


@dataclass(frozen=True)
class Notice:
    """Something ingest noticed and wants a person to look at."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Hit:
    """A clause found for a question, with the evidence for its rank."""

    clause: Clause
    score: float  # the fused rank score
    similarity: float | None  # cosine similarity of the best language version, when dense search ran
    lexical: float | None  # BM25 score of the best language version, when BM25 ran
    in_window: bool | None  # whether a deadline falls in the window the question asks about


@dataclass(frozen=True)
class Citation:
    """A clause an answer cites as [marker], quoted verbatim in one language."""

    marker: int
    clause: Clause
    language: str  # the language of the quoted text
    source_url: str | None

    @property
    def text(self) -> str:
        return self.clause.texts[self.language]


@dataclass(frozen=True)
class Turn:
    """An earlier turn of a conversation: what was asked and which clauses the answer cited."""

    question: str
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """What the assistant says, with the clauses it cites; `mode` tells how it was made."""

    question: str
    text: str
    citations: tuple[Citation, ...]
    abstained: bool
    language: str
    mode: str  # "extractive" | "generative" | "extractive-fallback"
    checks: tuple[str, ...] = ()  # what verification of a generated answer dropped, and why

    @property
    def turn(self) -> Turn:
        """This exchange as a turn of the conversation history."""
        return Turn(self.question, tuple(c.clause.id for c in self.citations))
