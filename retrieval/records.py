"""The records the retrieval stage makes: a question as read (Query), and the clauses found for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from corpus.records import Clause


@dataclass(frozen=True)
class Window:
    """Dates a question asks about: deadlines on or after `start` (if set) and on or before `end`."""

    start: date | None
    end: date
    phrase: str

    def holds(self, day: date | None) -> bool:
        return day is not None and day <= self.end and (self.start is None or day >= self.start)


@dataclass(frozen=True)
class Query:
    """A question as read once, with the turn before it: what it names and what it asks for.
    Search and answering both use this one record."""

    text: str  # what is searched: the question, preceded by the one before when it is a follow-up
    language: str
    actors: tuple[str, ...]  # bodies the question asks about (empty for "who ...?" questions)
    topics: tuple[str, ...]  # bodies the question names only as its subject matter
    documents: tuple[str, ...]  # ids of corpus documents the question cites
    unknown_documents: tuple[str, ...]  # cited Conclusions the corpus does not hold
    window: Window | None
    monthly: bool  # asks about something due every month ("by the 25th of each month")
    asks_when: bool = False  # asks for a deadline ("By when ...?", "khi nào?")
    asks_how_often: bool = False  # asks how often something is due ("How often ...?", "bao lâu một lần?")
    asks_sources: bool = False  # a follow-up asking which clauses the answer before cited ("Which clause was that?")
    day: date | None = None  # a day asked about that the corpus states only as a meeting's or document's date
    asks_meeting: bool = False  # asks what a meeting heard or when it met ("Whose report did the Politburo hear?")
    asks_issued: bool = False  # asks when a cited Conclusion itself was issued ("When was Conclusion 412 issued?")
    asks_replaced: bool = False  # asks which document one replaces ("Which notice does it supersede?")
    asks_list: bool = False  # asks for a whole list ("List every task of ...", "Liệt kê ...")
    asks_yes_no: bool = False  # asks to confirm or deny ("Must the Ministry ... by June 2026?", "... có phải ... không?")

    @property
    def claims_deadline(self) -> bool:
        """A yes/no question naming a body and a period claims a deadline of that body's: the period
        is what to check, not what to search within ("Must the Ministry report by June?": no, by
        July). Naming no body ("Is anything due in the second week of September?"), it asks what is
        due in that period."""
        return self.asks_yes_no and self.window is not None and bool(self.actors)

    @property
    def asks_one_fact(self) -> bool:
        """A deadline, a frequency, a meeting, a day or a date: one clause holds the answer (a
        document replaced may be one of several: "which directives must it propose to replace?")."""
        return self.asks_when or self.asks_how_often or self.asks_meeting or self.asks_issued or self.day is not None


@dataclass(frozen=True)
class Hit:
    """A clause found for a question, with the evidence for its rank."""

    clause: Clause
    score: float  # the fused rank score
    similarity: float | None  # cosine similarity of the best language version, when dense search ran
    lexical: float | None  # BM25 score of the best language version, when BM25 ran
    in_window: bool | None  # whether a deadline falls in the window the question asks about


@dataclass(frozen=True)
class SearchResult:
    """Hits best first, what the question was read as, and why nothing was found if so."""

    hits: tuple[Hit, ...]
    query: Query
    abstained: bool
    reason: str = ""
    why: str = ""  # "nothing" | "no_task" | "far": the reason as a code, for answers in any language
    about: tuple[str, ...] = ()  # the bodies or Conclusions an abstention is about
