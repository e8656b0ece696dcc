"""The corpus manifest: what the files cannot say (numbers not printed, translations, titles)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

MANIFEST_NAME = "manifest.toml"


@dataclass(frozen=True)
class Entry:
    """The manifest's word on one document."""

    id: str
    title: str | None = None
    date: date | None = None
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class Manifest:
    """Manifest entries by document id, and the document each listed file belongs to."""

    entries: dict[str, Entry] = field(default_factory=dict)

    @property
    def document_of(self) -> dict[str, str]:
        """File name -> document id."""
        return {name: entry.id for entry in self.entries.values() for name in entry.files}


def load_manifest(folder: Path) -> Manifest:
    """Read `manifest.toml` from a corpus folder; an absent file is an empty manifest."""
    path = Path(folder) / MANIFEST_NAME
    if not path.exists():
        return Manifest()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = {}
    for doc_id, value in data.get("documents", {}).items():
        entries[doc_id] = Entry(doc_id, value.get("title"), value.get("date"), tuple(value.get("files", ())))
    return Manifest(entries)
