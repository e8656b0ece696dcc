"""Who may use the bot. In a private chat: the users the settings allow, administrators, and
officials paired with a one-time code an administrator issued. In a group: only a group the
settings allow, whoever writes in it, since an answer there is read by every member. Pairings and
codes are kept in SQLite so restarts lose nothing."""

from __future__ import annotations

import secrets
import sqlite3
import threading
import time
from pathlib import Path

CODE_LIFETIME_S = 24 * 3600
SCHEMA = """
CREATE TABLE IF NOT EXISTS paired (user_id INTEGER PRIMARY KEY, code TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS codes (code TEXT PRIMARY KEY, admin_id INTEGER NOT NULL, expires REAL NOT NULL);
"""


class Access:
    """Allowed ids (users, and groups by their chat id), administrators, and one-time pairing codes."""

    def __init__(self, allowed: tuple[int, ...], admins: tuple[int, ...], path: Path):
        self.allowed = set(allowed) | set(admins)
        self.admins = set(admins)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.executescript(SCHEMA)

    def allows(self, user_id: int | None, chat_id: int | None, private: bool = True) -> bool:
        """Whether this chat may get answers: a private chat of an allowed or paired user, or an
        allowed group."""
        if not private:
            return chat_id in self.allowed
        if user_id is None:
            return False
        if user_id in self.allowed:
            return True
        with self._lock:
            return self._db.execute("SELECT 1 FROM paired WHERE user_id = ?", (user_id,)).fetchone() is not None

    def issue_code(self, admin_id: int) -> str:
        """A new one-time pairing code (administrators only)."""
        if admin_id not in self.admins:
            raise PermissionError("only an administrator can issue pairing codes")
        code = secrets.token_urlsafe(9)
        with self._lock:
            self._db.execute("INSERT INTO codes VALUES (?, ?, ?)", (code, admin_id, time.time() + CODE_LIFETIME_S))
        return code

    def pair(self, user_id: int, code: str) -> bool:
        """Spend a code to give a user access; False for an unknown, used or expired code."""
        with self._lock:
            row = self._db.execute("DELETE FROM codes WHERE code = ? RETURNING expires", (code,)).fetchone()
            if row is None or row[0] < time.time():
                return False
            self._db.execute("INSERT OR REPLACE INTO paired VALUES (?, ?, ?)", (user_id, code, time.time()))
        return True
