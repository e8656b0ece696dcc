"""The buttons under answers and source pages. Their data is signed for the chat it was sent to, so
a button forged, altered or copied into another chat is refused instead of showing what another
chat was answered."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from typing import NamedTuple

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

KINDS = ("src", "pg", "fb")  # open the sources; turn a sources page; vote on an answer
VOTES = ("up", "down")
_DATA = re.compile(r"(src|pg|fb):([0-9a-f]{1,32}):(\d{1,4}|up|down):([\w-]{16})")


class Press(NamedTuple):
    """What a pressed button asks for."""

    kind: str
    answer_id: str
    arg: str


class Buttons:
    """Signed callback data (at most 64 bytes, Telegram's limit) and the keyboards that carry it."""

    def __init__(self, secret: bytes):
        self.secret = secret

    def _mac(self, chat_id: int, payload: str) -> str:
        digest = hmac.new(self.secret, f"{chat_id}|{payload}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:12]).decode()

    def data(self, chat_id: int, kind: str, answer_id: str, arg: str) -> str:
        payload = f"{kind}:{answer_id}:{arg}"
        return f"{payload}:{self._mac(chat_id, payload)}"

    def read(self, chat_id: int | None, data: str | None) -> Press | None:
        """The press, or None for data that is malformed or was not signed for this chat."""
        match = _DATA.fullmatch(data or "")
        if chat_id is None or not match:
            return None
        kind, answer_id, arg, mac = match.groups()
        if not hmac.compare_digest(mac, self._mac(chat_id, f"{kind}:{answer_id}:{arg}")):
            return None
        if (kind == "fb") != (arg in VOTES):
            return None
        return Press(kind, answer_id, arg)

    def answer(self, chat_id: int, answer_id: str, cited: int, label: str) -> InlineKeyboardMarkup:
        """Sources (when something is cited) and up/down under an answer."""
        rows = [[InlineKeyboardButton(label, callback_data=self.data(chat_id, "src", answer_id, "0"))]] if cited else []
        votes = (("👍", "up"), ("👎", "down"))
        rows.append([InlineKeyboardButton(mark, callback_data=self.data(chat_id, "fb", answer_id, vote)) for mark, vote in votes])
        return InlineKeyboardMarkup(rows)

    def pages(self, chat_id: int, answer_id: str, index: int, total: int) -> InlineKeyboardMarkup | None:
        """◀ n/total ▶ under a sources page, when there is more than one."""
        if total < 2:
            return None
        turn = lambda text, to: InlineKeyboardButton(text, callback_data=self.data(chat_id, "pg", answer_id, str(to)))  # noqa: E731
        row = [turn("◀", index - 1)] if index > 0 else []
        row.append(turn(f"{index + 1}/{total}", index))
        if index < total - 1:
            row.append(turn("▶", index + 1))
        return InlineKeyboardMarkup([row])


def secret_of(token: str) -> bytes:
    """The signing key, derived from the bot's token (secret already, and the same after a restart)."""
    return hashlib.sha256(b"directive-assistant buttons\0" + token.encode()).digest()
