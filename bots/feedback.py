"""What the channels said and what officials thought of it, in SQLite: every answer given and
every piece of feedback on it, so that nothing an official reports is lost."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path

from assistant.records import Answer

SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id TEXT PRIMARY KEY,
    created REAL NOT NULL,
    channel TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    language TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    citations TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    answer_id TEXT NOT NULL REFERENCES answers(id),
    channel TEXT NOT NULL,
    vote TEXT CHECK (vote IN ('up', 'down')),
    wrong_clauses TEXT NOT NULL,
    comment TEXT NOT NULL
);
"""


class UnknownAnswer(LookupError):
    """Feedback names an answer that was never given."""


class FeedbackStore:
    """Answers and feedback in one SQLite file; safe to call from several threads."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    def record_answer(self, channel: str, answer: Answer) -> str:
        """Keep an answer as given; returns the id feedback refers to."""
        answer_id = uuid.uuid4().hex[:16]
        citations = json.dumps([c.clause.id for c in answer.citations])
        row = (answer_id, time.time(), channel, answer.question, answer.text, answer.language, int(answer.abstained), citations)
        with self._lock:
            self._db.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
        return answer_id

    def given(self, answer_id: str) -> tuple[list[str], str]:
        """The clause ids an answer cited, and its language."""
        with self._lock:
            row = self._db.execute("SELECT citations, language FROM answers WHERE id = ?", (answer_id,)).fetchone()
        if row is None:
            raise UnknownAnswer(answer_id)
        return json.loads(row[0]), row[1]

    def add_feedback(
        self, answer_id: str, channel: str, vote: str | None, wrong_clauses: list[str] = (), comment: str = ""
    ) -> None:
        """Store a vote, the clauses said to be wrongly cited, and a comment, against an answer given."""
        cited, _ = self.given(answer_id)
        stray = [c for c in wrong_clauses if c not in cited]
        if stray:
            raise ValueError(f"the answer did not cite {', '.join(stray)}")
        with self._lock:
            self._db.execute(
                "INSERT INTO feedback (created, answer_id, channel, vote, wrong_clauses, comment) VALUES (?, ?, ?, ?, ?, ?)",
                (time.time(), answer_id, channel, vote, json.dumps(list(wrong_clauses)), comment),
            )

    def feedback(self) -> list[dict]:
        """Every piece of feedback with the question, answer and citations it is about, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT f.created, f.channel, f.vote, f.wrong_clauses, f.comment, a.id, a.question, a.answer, a.citations "
                "FROM feedback f JOIN answers a ON a.id = f.answer_id ORDER BY f.id"
            ).fetchall()
        keys = ("created", "channel", "vote", "wrong_clauses", "comment", "answer_id", "question", "answer", "citations")
        out = [dict(zip(keys, row, strict=True)) for row in rows]
        for item in out:
            item["wrong_clauses"] = json.loads(item["wrong_clauses"])
            item["citations"] = json.loads(item["citations"])
        return out

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()
