"""What every channel shares: ask the one answering core, keep the answer for feedback."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.answer import Answerer
from assistant.records import Answer, Turn
from bots.feedback import FeedbackStore
from corpus.records import Clause, Document
from retrieval.search import IndexUnavailable

MAX_QUESTION_CHARS = 1000
MAX_HISTORY = 20
# asked at start, unrecorded, so that the model, the date vocabularies and the caches load then
WARM_QUESTIONS = ("What must the Ministry of Finance do by July 2025?", "Bộ Tài chính phải làm gì trước tháng 7 năm 2025?")


@dataclass(frozen=True)
class Generation:
    """One published corpus as the channels answer from it: the answering core over its index,
    its documents and its clauses."""

    answerer: Answerer
    documents: tuple[Document, ...]
    clauses: dict[str, Clause]
    clause_counts: Counter  # clauses per document
    by_id: dict[str, Document]

    @classmethod
    def of(cls, answerer: Answerer, documents: Iterable[Document], clauses: Iterable[Clause]) -> Generation:
        documents = tuple(documents)
        by_clause = {c.id: c for c in clauses}
        return cls(answerer, documents, by_clause, Counter(c.document for c in by_clause.values()), {d.id: d for d in documents})


class Service:
    """The answering core, the corpus it answers from and the feedback store, as the web app and
    the bot use them; handed its parts, it builds none. `switch` moves it to a newer corpus in
    one step: a question is answered wholly from the old generation or wholly from the new."""

    def __init__(self, answerer: Answerer, documents: Iterable[Document], clauses: Iterable[Clause], store: FeedbackStore):
        self.store = store
        self.now = Generation.of(answerer, documents, clauses)
        self.warm = False  # True once a first question has been answered, the model loaded

    def warm_up(self) -> None:
        """Answer a few unrecorded questions, loading what loads lazily (the embedding model)."""
        for question in WARM_QUESTIONS:
            self.now.answerer.answer(question)
        self.warm = True

    def unready(self) -> str | None:
        """Why questions cannot be answered now (None: they can): still warming up, or the index
        not answering."""
        if not self.warm:
            return "warming up: the model is loading"
        try:
            self.now.answerer.retriever.ping()
        except IndexUnavailable as exc:
            return str(exc)
        return None

    def switch(self, answerer: Answerer, documents: Iterable[Document], clauses: Iterable[Clause]) -> None:
        """Answer from a newly published corpus from now on."""
        self.now = Generation.of(answerer, documents, clauses)

    @property
    def answerer(self) -> Answerer:
        return self.now.answerer

    @property
    def documents(self) -> tuple[Document, ...]:
        return self.now.documents

    @property
    def clauses(self) -> dict[str, Clause]:
        return self.now.clauses

    @property
    def clause_counts(self) -> Counter:
        return self.now.clause_counts

    def ask(self, question: str, history: list[Turn], channel: str, language: str | None = None) -> tuple[Answer, str]:
        """The answer to a question (history: earlier turns, oldest first) and the id it is kept under."""
        if len(question) > MAX_QUESTION_CHARS:
            raise ValueError(f"the question is longer than {MAX_QUESTION_CHARS} characters")
        answer = self.now.answerer.answer(question, history[-MAX_HISTORY:], language)
        return answer, self.store.record_answer(channel, answer)

    def source_url(self, clause: Clause, language: str | None = None) -> str | None:
        """The link of the source a clause's text (in `language`) was read from."""
        document = self.now.by_id.get(clause.document)
        return document.link_of(clause, language) if document else None
