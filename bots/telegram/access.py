"""Who may use the bot: user or chat ids from the settings, plus officials paired with a one-time
code an administrator issued. Pairings and codes are kept in SQLite so restarts lose nothing."""

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
    """Allowed ids (users or chats), administrators, and one-time pairing codes."""

    def __init__(self, allowed: tuple[int, ...], admins: tuple[int, ...], path: Path):
        self.allowed = set(allowed) | set(admins)
        self.admins = set(admins)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.executescript(SCHEMA)

    def allows(self, user_id: int | None, chat_id: int | None) -> bool:
        """Whether this user, or the chat they write in, may get answers."""
        if user_id in self.allowed or chat_id in self.allowed:
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
