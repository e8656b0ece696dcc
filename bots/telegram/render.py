"""Telegram HTML for answers, sources and documents (pure functions). Every dynamic string is
escaped; long answers are split on paragraph boundaries, never inside a tag."""

from __future__ import annotations

import re
from html import escape
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


def answer_html(answer: Answer, limit: int = LIMIT) -> list[str]:
    """An answer as Telegram messages: its lines, then one line per citation with its source link."""
    units = [_line(line) for line in answer.text.split("\n")]
    if answer.citations:
        units.append("")
        units += [f"<b>[{c.marker}]</b> {_link(c.source_url, f'{c.clause.document} {c.clause.label}')}" for c in answer.citations]
    return split(units, limit)


def split(units: list[str], limit: int = LIMIT) -> list[str]:
    """Pack rendered lines into messages under `limit`, breaking only between lines; a line that
    is too long on its own is broken between words, outside its tags."""
    messages, current = [], ""
    for unit in _fit(units, limit):
        joined = f"{current}\n{unit}" if current else unit
        if len(joined) <= limit:
            current = joined
            continue
        messages.append(current)
        current = unit
    if current.strip():
        messages.append(current)
    return [m.strip("\n") for m in messages if m.strip()]


def _fit(units: list[str], limit: int) -> list[str]:
    out = []
    for unit in units:
        if len(unit) <= limit:
            out.append(unit)
            continue
        # whole tags and words: a tag (<a href="...">…</a> holds spaces) is never cut
        pieces = re.findall(r"<a [^>]*>.*?</a>\s*|<b>.*?</b>\s*|\S+\s*", unit)
        line = ""
        for piece in pieces:
            if len(line) + len(piece) > limit and line:
                out.append(line.rstrip())
                line = ""
            while len(piece) > limit:  # a single word longer than a message (no tag is this long)
                out.append(piece[:limit])
                piece = piece[limit:]
            line += piece
        if line.strip():
            out.append(line.rstrip())
    return out


def source_html(clause: Clause, language: str, url: str | None, index: int, total: int, s: dict) -> str:
    """One cited clause on its own page: label, deadline, verbatim text, source link."""
    text = clause.texts[clause.text_language(language)]
    shortened = len(text) > QUOTE_LIMIT
    if shortened:
        text = text[:QUOTE_LIMIT].rsplit(" ", 1)[0] + " …"
    deadlines = "; ".join(f"{d.due.isoformat()} ({d.phrase})" if d.due else d.phrase for d in clause.deadlines)
    lines = [
        f"<b>{escape(clause.document)} {escape(clause.label)}</b> ({index + 1}/{total})",
        f"{escape(s['deadline'])}: {escape(deadlines or s['no_deadline'])}",
        f"<blockquote>{escape(text)}</blockquote>",
    ]
    if shortened:
        lines.append(f"<i>{escape(s['truncated'])}</i>")
    lines.append(_link(url, s["source_link"]))
    return "\n".join(lines)


def documents_html(documents: list[Document], counts: dict[str, int], s: dict) -> str:
    """The Conclusions the corpus holds, one line each."""
    lines = [escape(s["documents"])]
    for d in documents:
        when = d.date.isoformat() if d.date else "?"
        link = _link(d.source_urls[0] if d.source_urls else None, d.id)
        lines.append(f"• {link} ({when}): {escape(d.title)} ({counts.get(d.id, 0)} {escape(s['clauses'])})")
    return "\n".join(lines)
