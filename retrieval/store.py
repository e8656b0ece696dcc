"""The ingested corpus on disk: one JSON file, replaced atomically, that names the index serving it.

The file is this stage's own storage, written and read by pydantic from the records themselves;
the public JSON shapes are in assistant/contract.py."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from corpus.records import Clause, Document, Notice

STORE_NAME = "corpus.json"
FORMAT = 3


@dataclass(frozen=True)
class Stored:
    """Documents, clauses and the notices of the ingest that wrote them."""

    documents: tuple[Document, ...]
    clauses: tuple[Clause, ...]
    notices: tuple[Notice, ...]
    index: dict | None = None  # the Chroma collection that serves these clauses, and its model


_STORED = TypeAdapter(Stored)


class StoreMissing(Exception):
    """No usable corpus has been ingested into the data folder yet."""


def save(folder: Path, documents, clauses, notices, index: dict | None = None) -> Path:
    """Write the corpus to the data folder; readers see the old file or the new one, never half.

    This write is what switches readers to a new index generation: until it happens they keep
    using the collection the previous file names."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stored = Stored(tuple(documents), tuple(clauses), tuple(notices), index)
    payload = {"format": FORMAT, **_STORED.dump_python(stored, mode="json")}
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
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreMissing(f"{path} is damaged ({exc}): run `assistant ingest`") from exc
    if not isinstance(data, dict) or data.pop("format", None) != FORMAT:
        raise StoreMissing(f"{path} was written by another version of the assistant: run `assistant ingest`")
    try:
        return _STORED.validate_python(data)
    except ValidationError as exc:
        raise StoreMissing(f"{path} does not hold a corpus ({exc.error_count()} errors): run `assistant ingest`") from exc
