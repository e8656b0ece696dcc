"""Telegram HTML for answers, sources and documents (pure functions). Every dynamic string is
escaped; long answers are split on paragraph boundaries, never inside a tag."""

from __future__ import annotations

import re
from html import escape, unescape
from pathlib import Path

import yaml

from assistant.records import Answer
from corpus.records import Clause, Document

LIMIT = 4096  # Telegram's message length
QUOTE_LIMIT = 3000  # a clause longer than this is shortened on its page; the source link has all of it
STRINGS = Path(__file__).with_name("strings.yaml")


def load_strings(path: Path = STRINGS) -> dict:
    """The bot's interface strings, per language."""
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def pick(strings: dict, language: str | None) -> dict:
    """The strings of a language, English when there are none."""
    return strings.get(language or "en", strings["en"])


def _link(url: str | None, text: str) -> str:
    if not url or not re.match(r"https?://", url):
        return escape(text)
    return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'


def _line(text: str) -> str:
    """One line of answer text: escaped, with its [n] markers in bold."""
    return re.sub(r"\[(\d+)\]", r"<b>[\1]</b>", escape(text))


def answer_html(answer: Answer) -> str:
    """An answer as Telegram HTML (`split` makes it messages): its lines, then one line per
    citation with its source link."""
    lines = [_line(line) for line in answer.text.split("\n")]
    if answer.citations:
        lines.append("")
        lines += [f"<b>[{c.marker}]</b> {_link(c.source_url, f'{c.clause.document} {c.clause.label}')}" for c in answer.citations]
    return "\n".join(lines)


# a tag, an entity, or one character: the pieces a message may be cut between
_PIECE = re.compile(r"<[^>]*>|&#?\w+;|.", re.S)


def visible_length(html: str) -> int:
    """What Telegram counts against its limit: the text once tags are removed and entities read,
    in UTF-16 code units."""
    return sum(_units(piece) for piece in _PIECE.findall(html))


def _units(piece: str) -> int:
    if piece.startswith("<") and piece.endswith(">"):
        return 0
    text = unescape(piece) if piece.startswith("&") else piece
    return len(text.encode("utf-16-le")) // 2


def split(html: str, limit: int = LIMIT) -> list[str]:
    """Telegram HTML as messages of at most `limit` visible characters, each well formed: cut at a
    line break where one is in the second half of a message, else at a space, else between two
    characters; never inside a tag or an entity. Tags open at a cut are closed before it and
    opened again after it."""
    messages, pieces = [], _PIECE.findall(html)
    while pieces:
        cut = _cut(pieces, limit)
        head, pieces = pieces[:cut], pieces[cut:]
        opened = _open_tags(head)
        text = "".join(head).strip()
        if text:
            messages.append(text + "".join(f"</{_tag_name(t)}>" for t in reversed(opened)))
        while pieces and pieces[0].isspace():
            pieces.pop(0)
        if pieces and opened:
            pieces = list(opened) + pieces
    return messages


def _cut(pieces: list[str], limit: int) -> int:
    """How many pieces the next message takes."""
    seen, line, space = 0, 0, 0
    for i, piece in enumerate(pieces):
        seen += _units(piece)
        if seen > limit:
            if line > i // 2:
                return line
            return space or i or 1
        if piece == "\n":
            line = i + 1
        elif piece.isspace():
            space = i + 1
    return len(pieces)


def _tag_name(tag: str) -> str:
    return re.match(r"</?\s*([a-zA-Z0-9-]+)", tag).group(1).lower()


def _open_tags(pieces: list[str]) -> list[str]:
    """The opening tags still open at the end of these pieces, outermost first."""
    stack: list[str] = []
    for piece in pieces:
        if not (piece.startswith("<") and piece.endswith(">")):
            continue
        if piece.startswith("</"):
            name = _tag_name(piece)
            for i in range(len(stack) - 1, -1, -1):
                if _tag_name(stack[i]) == name:
                    del stack[i:]
                    break
        elif not piece.endswith("/>"):
            stack.append(piece)
    return stack


def source_html(clause: Clause, language: str, url: str | None, index: int, total: int, s: dict, limit: int = LIMIT) -> str:
    """One cited clause on its own page, in one message (its buttons turn the page in place):
    label, deadline, verbatim text, source link; a text too long for the page is shortened, and
    the source link has all of it."""
    deadlines = "; ".join(f"{d.due.isoformat()} ({d.phrase})" if d.due else d.phrase for d in clause.deadlines)
    head = [
        f"<b>{escape(_shorten(f'{clause.document} {clause.label}', 200))}</b> ({index + 1}/{total})",
        f"{escape(s['deadline'])}: {escape(_shorten(deadlines or s['no_deadline'], 600))}",
    ]
    tail = [f"<i>{escape(s['truncated'])}</i>", _link(url, s["source_link"])]
    text = clause.texts[clause.text_language(language)]
    room = min(QUOTE_LIMIT, limit - visible_length("\n".join(head + tail)) - 4)
    if len(text.encode("utf-16-le")) // 2 <= room:
        tail = tail[1:]
    else:
        text = _shorten(text, room)
    return "\n".join([*head, f"<blockquote>{escape(text)}</blockquote>", *tail])


def _shorten(text: str, room: int) -> str:
    """`text` cut at a word to at most `room` UTF-16 units, with an ellipsis when cut."""
    if len(text.encode("utf-16-le")) // 2 <= room:
        return text
    cut = text.encode("utf-16-le")[: 2 * max(room - 2, 0)].decode("utf-16-le", errors="ignore")
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + " …"


def documents_html(documents: list[Document], counts: dict[str, int], s: dict) -> str:
    """The Conclusions the corpus holds, one line each (`split` makes it messages)."""
    lines = [escape(s["documents"])]
    for d in documents:
        when = d.date.isoformat() if d.date else "?"
        link = _link(d.source_urls[0] if d.source_urls else None, d.id)
        lines.append(f"• {link} ({when}): {escape(d.title)} ({counts.get(d.id, 0)} {escape(s['clauses'])})")
    return "\n".join(lines)
