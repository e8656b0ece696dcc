"""The vector index in Chroma: one record per clause and language, built in generations.

Each ingest builds a collection named after the fingerprint of its records
("clauses-<hash>"). An unchanged corpus maps to the collection that already
exists, so nothing is embedded; a changed corpus gets a new collection, which
reuses the vectors of every record whose content hash it already had and embeds
only the rest. The stored corpus (store.py) names the collection that serves;
it is replaced atomically after the new collection is complete, so a failed or
killed ingest leaves the previous collection answering. Older generations are
deleted after that switch.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from corpus.records import Clause, Document
from retrieval.embed import Embedder

PREFIX = "clauses-"
BATCH = 32


@dataclass(frozen=True)
class Record:
    """One text to embed: a clause in one language, with the context it is embedded with."""

    id: str
    clause: str
    document: str
    lang: str
    title: str  # of the clause's document
    text: str  # lead-in and clause text
    actors: tuple[str, ...]

    @property
    def hash(self) -> str:
        return hashlib.sha256(f"title: {self.title}\ntext: {self.text}".encode()).hexdigest()[:20]


@dataclass(frozen=True)
class IndexInfo:
    """Which collection serves, and what building it cost."""

    collection: str
    model: str
    records: int
    embedded: int
    reused: int


def open_client(data_dir: Path, chroma_url: str | None = None):
    """A Chroma client: embedded under the data folder, or a `chroma run` server when a URL is set."""
    settings = ChromaSettings(anonymized_telemetry=False)
    if chroma_url:
        url = urlparse(chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1", port=url.port or 8000, ssl=url.scheme == "https", settings=settings
        )
    path = Path(data_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)


def records(documents: Iterable[Document], clauses: Iterable[Clause]) -> list[Record]:
    """Every clause in every language it exists in, with its lead-in as context and its document's title."""
    titles = {d.id: d.title for d in documents}
    out = []
    for clause in clauses:
        for lang, text in clause.texts.items():
            lead_in = clause.lead_in.get(lang, "")
            context = "\n".join(part for part in (lead_in, text) if part)
            title = titles.get(clause.document, "")
            out.append(Record(f"{clause.id}#{lang}", clause.id, clause.document, lang, title, context, clause.actors))
    return out


def fingerprint(items: Sequence[Record], model: str) -> str:
    digest = hashlib.sha256(model.encode())
    for record in sorted(items, key=lambda r: r.id):
        digest.update(f"{record.id}\t{record.hash}\t{'|'.join(record.actors)}\n".encode())
    return digest.hexdigest()[:24]


def _metadata(record: Record, model: str) -> dict:
    meta = {"clause": record.clause, "document": record.document, "lang": record.lang, "hash": record.hash, "model": model}
    if record.actors:
        meta["actors"] = list(record.actors)
    return meta


def _exists(client, name: str | None) -> bool:
    return bool(name) and name in {c.name for c in client.list_collections()}


def create(client, name: str):
    """A new collection for our own vectors: cosine space, no Chroma embedding function."""
    return client.create_collection(name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None)


def reuse_or_create(client, name: str, size: int):
    """(collection, True) when `name` exists with all `size` records; else a new empty one and False
    (a collection left half-built by a run that died is dropped first)."""
    if _exists(client, name):
        existing = client.get_collection(name)
        if existing.count() == size:
            return existing, True
        client.delete_collection(name)
    return create(client, name), False


def _previous_vectors(client, name: str | None, model: str) -> dict[str, np.ndarray]:
    """Vectors of the serving collection by content hash, to reuse for unchanged texts."""
    if not _exists(client, name):
        return {}
    got = client.get_collection(name).get(include=["metadatas", "embeddings"])
    return {m["hash"]: np.asarray(v) for m, v in zip(got["metadatas"], got["embeddings"], strict=True) if m.get("model") == model}


def build(
    client,
    items: list[Record],
    embedder: Embedder,
    previous: str | None,
    progress: Callable[[int], Callable[[int], None]] | None = None,
) -> IndexInfo:
    """Make sure a complete collection for these records exists; embed only what is new."""
    name = PREFIX + fingerprint(items, embedder.name)
    collection, complete = reuse_or_create(client, name, len(items))
    if complete:
        return IndexInfo(name, embedder.name, len(items), 0, len(items))
    known = _previous_vectors(client, previous, embedder.name)
    to_embed = [r for r in items if r.hash not in known]
    advance = progress(len(to_embed)) if progress else (lambda n: None)
    vectors = dict(known)
    for start in range(0, len(to_embed), BATCH):
        batch = to_embed[start : start + BATCH]
        vectors_of_batch = embedder.embed_documents([r.text for r in batch], [r.title for r in batch])
        for record, vector in zip(batch, vectors_of_batch, strict=True):
            vectors[record.hash] = vector
        advance(len(batch))
    for start in range(0, len(items), 512):
        batch = items[start : start + 512]
        collection.add(
            ids=[r.id for r in batch],
            embeddings=np.stack([vectors[r.hash] for r in batch]),
            documents=[r.text for r in batch],
            metadatas=[_metadata(r, embedder.name) for r in batch],
        )
    return IndexInfo(name, embedder.name, len(items), len(to_embed), len(items) - len(to_embed))


def prune(client, keep: Iterable[str | None]) -> list[str]:
    """Delete every clause collection but those kept: the one now serving, and the one before it,
    which running servers answer from until they have switched."""
    kept = set(keep)
    dropped = [c.name for c in client.list_collections() if c.name.startswith(PREFIX) and c.name not in kept]
    for name in dropped:
        client.delete_collection(name)
    return dropped


_SEGMENT_FOLDER = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def sweep(chroma_dir: Path) -> list[str]:
    """Remove the vector folders of segments an embedded Chroma no longer lists: its
    delete_collection drops a collection's rows but leaves its folder on disk (chroma-core/chroma
    #5520), so each index generation would leave one behind. Only folders named like a segment and
    absent from Chroma's own segment table go; when that table cannot be read, nothing does."""
    database = Path(chroma_dir) / "chroma.sqlite3"
    if not database.is_file():
        return []
    try:
        with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
            live = {row[0] for row in db.execute("SELECT id FROM segments")}
    except sqlite3.Error:
        return []
    if not live:
        return []
    stale = [p for p in Path(chroma_dir).iterdir() if p.is_dir() and _SEGMENT_FOLDER.fullmatch(p.name) and p.name not in live]
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)
    return sorted(p.name for p in stale)
