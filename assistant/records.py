"""The records the answering stage makes: an Answer, the Citations it gives, and a Turn of history."""

from __future__ import annotations

from dataclasses import dataclass

from corpus.records import Clause


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
