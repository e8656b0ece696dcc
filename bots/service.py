"""What every channel shares: ask the one answering core, keep the answer for feedback."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from assistant.answer import Answerer
from assistant.records import Answer, Turn
from bots.feedback import FeedbackStore
from corpus.records import Clause, Document

MAX_QUESTION_CHARS = 1000
MAX_HISTORY = 20


class Service:
    """The answering core, the corpus it answers from and the feedback store, as the web app and
    the bot use them; handed its parts, it builds none."""

    def __init__(self, answerer: Answerer, documents: Iterable[Document], clauses: Iterable[Clause], store: FeedbackStore):
        self.answerer = answerer
        self.documents = tuple(documents)
        self.clauses = {c.id: c for c in clauses}
        self.store = store
        self.clause_counts = Counter(c.document for c in self.clauses.values())  # per document
        self._documents = {d.id: d for d in self.documents}

    def ask(self, question: str, history: list[Turn], channel: str, language: str | None = None) -> tuple[Answer, str]:
        """The answer to a question (history: earlier turns, oldest first) and the id it is kept under."""
        if len(question) > MAX_QUESTION_CHARS:
            raise ValueError(f"the question is longer than {MAX_QUESTION_CHARS} characters")
        answer = self.answerer.answer(question, history[-MAX_HISTORY:], language)
        return answer, self.store.record_answer(channel, answer)

    def source_url(self, clause: Clause, language: str | None = None) -> str | None:
        """The link of the source a clause's text (in `language`) was read from."""
        document = self._documents.get(clause.document)
        return document.link_of(clause, language) if document else None
