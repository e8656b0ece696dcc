"""A fake Telegram Bot API server on loopback: records every call, hands out queued updates by
long polling, and answers the methods the bot uses as Telegram does (or 401 for a wrong token)."""

from __future__ import annotations

import http.server
import json
import threading
import time
from urllib.parse import parse_qs


class BadRequest(Exception):
    """A call Telegram refuses with 400."""


BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Assistant", "username": "directive_bot"}


class FakeBotAPI:
    def __init__(self, token: str):
        self.token = token
        self.calls: list[tuple[str, dict]] = []
        self.updates: list[dict] = []
        self.texts: dict[tuple[int, int], str] = {}  # what each message of the bot says now
        self._next_update = 1
        self._next_message = 1000
        self._cond = threading.Condition()
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                _, token, method = (self.path.split("/", 2) + [""])[:3]
                if token != f"bot{fake.token}":
                    return self._send(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                params = _params(body, self.headers.get("content-type", ""))
                try:
                    self._send(200, {"ok": True, "result": fake.handle(method, params)})
                except BadRequest as exc:
                    self._send(400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"})

            def _send(self, status, payload):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot stopped polling while a long poll was open

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/bot"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()

    # what the bot sees -------------------------------------------------------------------
    def handle(self, method: str, params: dict):
        if method != "getUpdates":
            with self._cond:
                self.calls.append((method, params))
                self._cond.notify_all()
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return self._updates(int(params.get("offset") or 0), float(params.get("timeout") or 0))
        if method in ("sendMessage", "editMessageText"):
            with self._cond:
                self._next_message += 1
                message_id = int(params.get("message_id") or self._next_message)
                params["_message_id"] = message_id
                key = (int(params["chat_id"]), message_id)
                if method == "editMessageText" and self.texts.get(key) == params["text"]:
                    raise BadRequest("message is not modified: the new content is the same as the old")
                self.texts[key] = params["text"]
            chat = _chat(int(params["chat_id"]))
            return {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": BOT_USER, "text": params["text"]}
        return True

    def _updates(self, offset: int, timeout: float) -> list[dict]:
        deadline = time.monotonic() + min(timeout, 1.0)
        with self._cond:
            while True:
                ready = [u for u in self.updates if u["update_id"] >= offset]
                if ready or time.monotonic() >= deadline:
                    return ready
                self._cond.wait(deadline - time.monotonic())

    # what tests do -----------------------------------------------------------------------
    def push(self, update: dict) -> None:
        with self._cond:
            update["update_id"] = self._next_update
            self._next_update += 1
            self.updates.append(update)
            self._cond.notify_all()

    def message(self, user: int, text: str, language: str = "en", chat: int | None = None) -> dict:
        """A new message from a user, in their private chat or in a group (a negative chat id)."""
        message = {
            "message_id": self._next_update + 500,
            "date": int(time.time()),
            "chat": _chat(chat or user),
            "from": {"id": user, "is_bot": False, "first_name": "Official", "language_code": language},
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return {"message": message}

    def press(self, user: int, data: str | None, message_id: int = 1001, chat: int | None = None, inline: bool = False) -> dict:
        """A button pressed under a message of the bot (or under an inline message, which has none)."""
        sender = {"id": user, "is_bot": False, "first_name": "Official", "language_code": "en"}
        query = {"id": f"cq{time.monotonic_ns()}", "from": sender, "chat_instance": "1"}
        if data is not None:
            query["data"] = data
        if inline:
            query["inline_message_id"] = "inline-1"
        else:
            query["message"] = {"message_id": message_id, "date": int(time.time()), "chat": _chat(chat or user), "text": "…"}
        return {"callback_query": query}

    def wait_for(self, method: str, count: int = 1, timeout: float = 60, chat: int | None = None) -> list[dict]:
        """The first `count` calls of a method (to one chat), waiting for them to arrive."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [p for m, p in self.calls if m == method and (chat is None or int(p.get("chat_id", 0)) == chat)]
                if len(found) >= count:
                    return found
                if time.monotonic() >= deadline:
                    raise AssertionError(f"no {count} {method} calls in {timeout} s; calls: {[m for m, _ in self.calls]}")
                self._cond.wait(0.2)


def _chat(chat_id: int) -> dict:
    return {"id": chat_id, "type": "private"} if chat_id > 0 else {"id": chat_id, "type": "supergroup", "title": "Officials"}


def _params(body: bytes, content_type: str) -> dict:
    if not body:
        return {}
    if "json" in content_type:
        return json.loads(body)
    if "multipart" in content_type:
        boundary = content_type.split("boundary=")[1].encode()
        out = {}
        for part in body.split(b"--" + boundary):
            head, _, value = part.partition(b"\r\n\r\n")
            if b'name="' in head:
                name = head.split(b'name="')[1].split(b'"')[0].decode()
                out[name] = value.rsplit(b"\r\n", 1)[0].decode()
        return out
    return {k: v[0] for k, v in parse_qs(body.decode()).items()}
