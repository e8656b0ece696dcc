"""What every channel shares: ask the one answering core, keep the answer for feedback."""

from __future__ import annotations

from collections import Counter

from assistant import compose
from assistant.answer import Answerer
from assistant.config import Settings
from assistant.records import Answer, Turn
from bots.feedback import FeedbackStore

MAX_QUESTION_CHARS = 1000
MAX_HISTORY = 20


class Service:
    """The answering core plus the feedback store, as the web app and the bot use them."""

    def __init__(self, answerer: Answerer, store: FeedbackStore):
        self.answerer = answerer
        self.store = store
        self.clause_counts = Counter(c.document for c in answerer.searcher.clauses.values())  # per document

    def ask(self, question: str, history: list[Turn], channel: str, language: str | None = None) -> tuple[Answer, str]:
        """The answer to a question (history: earlier turns, oldest first) and the id it is kept under."""
        if len(question) > MAX_QUESTION_CHARS:
            raise ValueError(f"the question is longer than {MAX_QUESTION_CHARS} characters")
        answer = self.answerer.answer(question, history[-MAX_HISTORY:], language)
        return answer, self.store.record_answer(channel, answer)

    @property
    def documents(self):
        return self.answerer.searcher.documents

    @property
    def clauses(self):
        return self.answerer.searcher.clauses

    def source_url(self, document: str) -> str | None:
        """The first source link of a document."""
        return self.answerer.source_urls.get(document)


def make_service(settings: Settings) -> Service:
    """The answering core and the feedback store the settings name."""
    return Service(compose.answerer(settings), FeedbackStore(settings.feedback_db or settings.data_dir / "feedback.sqlite3"))
