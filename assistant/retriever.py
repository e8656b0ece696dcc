"""The seam between answering and search: all the answering core asks of retrieval."""

from __future__ import annotations

from typing import Protocol

from corpus.records import Clause, Document
from retrieval.records import Query, SearchResult


class Retriever(Protocol):
    """Reads questions and finds the clauses that answer them (retrieval.search.Searcher is one)."""

    documents: tuple[Document, ...]

    def understand(self, question: str, previous: str | None = None) -> Query:
        """A question as read once, against the question of the turn before when there is one."""
        ...

    def search(self, query: Query, k: int = 5) -> SearchResult:
        """The clauses that answer a question best, or an abstention."""
        ...

    def clause(self, clause_id: str) -> Clause | None:
        """One clause by id."""
        ...

    def items(self, list_id: str) -> tuple[Clause, ...]:
        """The items of a list, in order, by the id of its lead-in."""
        ...

    def ping(self) -> int:
        """The records the index holds; an exception when it does not answer."""
        ...
