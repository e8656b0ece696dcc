"""Publish an ingested corpus: index it in Chroma, then switch readers to it by writing the store."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from corpus.ingest import Corpus
from retrieval import index, store
from retrieval.embed import Embedder


def publish(corpus: Corpus, data_dir: Path, client, embedder: Embedder, progress=None) -> tuple[Path, index.IndexInfo]:
    """Index the corpus in Chroma, then switch readers to it by writing the store; drop the
    generations older than the one it replaces, and (embedded) their folders."""
    try:
        previous = (store.load(data_dir).index or {}).get("collection")
    except (store.StoreMissing, ValueError, KeyError):
        previous = None
    items = index.records(corpus.documents, corpus.clauses)
    info = index.build(client, items, embedder, previous, progress)
    target = store.save(data_dir, corpus.documents, corpus.clauses, corpus.notices, asdict(info))
    index.prune(client, (info.collection, previous))
    index.sweep(Path(data_dir) / "chroma")
    return target, info
