"""Server-sent events: the wire format, and an answer cut into pieces for streaming."""

from __future__ import annotations

import json
import re


def event(name: str, data: dict) -> str:
    """One server-sent event with a JSON payload."""
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def pieces(text: str, words: int = 6) -> list[str]:
    """The text in pieces of a few words each, whitespace kept, so that joined they give it back."""
    tokens = re.findall(r"\S+\s*|\s+", text)
    return ["".join(tokens[i : i + words]) for i in range(0, len(tokens), words)]
