"""The ingested corpus on disk (one JSON file, replaced atomically), and its stable JSON shapes."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from assistant.records import Clause, Deadline, Document, Footnote, Notice, Span

STORE_NAME = "corpus.json"
FORMAT = 1


@dataclass(frozen=True)
class Stored:
    """Documents, clauses and the notices of the ingest that wrote them."""

    documents: tuple[Document, ...]
    clauses: tuple[Clause, ...]
    notices: tuple[Notice, ...]
    index: dict | None = None  # the Chroma collection that serves these clauses, and its model


class StoreMissing(Exception):
    """No corpus has been ingested into the data folder yet."""


def deadline_json(deadline: Deadline) -> dict:
    """JSON of a deadline: due (YYYY-MM-DD), granularity, phrase; recurring, group and stated_in where set."""
    out: dict = {
        "due": deadline.due.isoformat() if deadline.due else None,
        "granularity": deadline.granularity,
        "phrase": deadline.phrase,
    }
    if deadline.recurring:
        out["recurring"] = deadline.recurring
    if deadline.group:
        out["group"] = True
    if deadline.stated_in:
        out["stated_in"] = deadline.stated_in
    return out


def _span_json(span: Span) -> dict:
    return {"file": span.file, "start": span.start, "end": span.end}


def _span(data: dict) -> Span:
    return Span(data["file"], data["start"], data["end"])


def clause_json(clause: Clause) -> dict:
    """The stable JSON shape of a clause (what `assistant clauses --json` prints)."""
    return {
        "id": clause.id,
        "document": clause.document,
        "label": clause.label,
        "path": list(clause.path),
        "kind": clause.kind,
        "parent": clause.parent,
        "texts": clause.texts,
        "lead_in": clause.lead_in,
        "deadlines": [deadline_json(d) for d in clause.deadlines],
        "actors": list(clause.actors),
        "mentions": list(clause.mentions),
        "footnotes": {
            lang: [{"marker": f.marker, "text": f.text, "span": _span_json(f.span)} for f in notes]
            for lang, notes in clause.footnotes.items()
        },
        "spans": {lang: _span_json(s) for lang, s in clause.spans.items()},
    }


def document_json(document: Document) -> dict:
    """The stable JSON shape of a document."""
    return {
        "id": document.id,
        "title": document.title,
        "date": document.date.isoformat() if document.date else None,
        "languages": list(document.languages),
        "source_urls": list(document.source_urls),
        "files": list(document.files),
    }


def _deadline(data: dict) -> Deadline:
    due = date.fromisoformat(data["due"]) if data["due"] else None
    return Deadline(
        data["phrase"], due, data["granularity"], data.get("recurring"), data.get("group", False), data.get("stated_in")
    )


def _clause(data: dict) -> Clause:
    spans = {lang: _span(s) for lang, s in data["spans"].items()}
    footnotes = {
        lang: tuple(Footnote(f["marker"], f["text"], _span(f["span"])) for f in notes)
        for lang, notes in data["footnotes"].items()
    }
    return Clause(
        id=data["id"],
        document=data["document"],
        path=tuple(data["path"]),
        label=data["label"],
        kind=data["kind"],
        parent=data["parent"],
        texts=data["texts"],
        spans=spans,
        lead_in=data["lead_in"],
        deadlines=tuple(_deadline(d) for d in data["deadlines"]),
        actors=tuple(data["actors"]),
        mentions=tuple(data["mentions"]),
        footnotes=footnotes,
    )


def _document(data: dict) -> Document:
    when = date.fromisoformat(data["date"]) if data["date"] else None
    return Document(data["id"], data["title"], when, tuple(data["languages"]), tuple(data["source_urls"]), tuple(data["files"]))


def save(folder: Path, documents, clauses, notices, index: dict | None = None) -> Path:
    """Write the corpus to the data folder; readers see the old file or the new one, never half.

    This write is what switches readers to a new index generation: until it happens they keep
    using the collection the previous file names."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": FORMAT,
        "documents": [document_json(d) for d in documents],
        "clauses": [clause_json(c) for c in clauses],
        "notices": [{"file": n.file, "line": n.line, "message": n.message} for n in notices],
        "index": index,
    }
    target = folder / STORE_NAME
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".corpus-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(payload, out, ensure_ascii=False, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def load(folder: Path) -> Stored:
    """Read the corpus the last ingest wrote."""
    path = Path(folder) / STORE_NAME
    if not path.exists():
        raise StoreMissing(f"no ingested corpus in {folder}: run `assistant ingest` first")
    data = json.loads(path.read_text(encoding="utf-8"))
    notices = tuple(Notice(n["file"], n["line"], n["message"]) for n in data["notices"])
    documents = tuple(_document(d) for d in data["documents"])
    return Stored(documents, tuple(_clause(c) for c in data["clauses"]), notices, data.get("index"))
