"""Ingest as the entry points run it: read a folder into records (corpus/), index and publish
them (retrieval/), print what was built; and ingest first when a server finds no index."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock, Timeout
from tqdm import tqdm

from corpus.files import FileLimits, source_files
from corpus.ingest import ingest
from entry import terminal, wiring
from entry.settings import Settings
from retrieval import store
from retrieval.embed import make_embedder
from retrieval.publish import publish

LOCK_NAME = "ingest.lock"  # held while an ingest writes the data folder: a second one is refused


def run(folder: Path, settings: Settings) -> int:
    """Ingest a folder and print the summary; 0 done, 1 done with files that failed, 2 nothing done."""
    if not folder.is_dir() or not source_files(folder):
        print(f"error: no .txt, .md, .html, .pdf or .docx files in {folder}", file=sys.stderr)
        return 2
    limits = FileLimits(int(settings.max_file_mb * 2**20), settings.max_file_chars)
    corpus = ingest(folder, wiring.gazetteer(settings), settings.languages, terminal.progress("Parsing", "file"), limits)
    if not corpus.documents:
        print(terminal.ingest_summary((), (), corpus.notices, corpus.errors, "nothing written"))
        return 2
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(settings.data_dir / LOCK_NAME, timeout=0):
            client = wiring.index_client(settings)
            bar = lambda total: tqdm(total=total, desc="Embedding", unit="text", file=sys.stderr).update  # noqa: E731
            target, info = publish(corpus, settings.data_dir, client, make_embedder(settings.embedding_model), bar)
    except Timeout:
        print(f"error: another ingest is writing to {settings.data_dir}; run this one when it has finished", file=sys.stderr)
        return 2
    print(terminal.ingest_summary(corpus.documents, corpus.clauses, corpus.notices, corpus.errors, target))
    print(terminal.index_summary(info))
    return 1 if corpus.errors else 0


def first_if_missing(settings: Settings, build: Callable[[Settings], object]):
    """`build(settings)`; when no corpus or index is there yet, ingest the corpus folder first
    (None when that ingest does nothing)."""
    try:
        return build(settings)
    except (store.StoreMissing, wiring.IndexMissing) as exc:
        print(f"{exc}; ingesting {settings.corpus_dir} first", file=sys.stderr)
        if run(settings.corpus_dir, settings) == 2:
            return None
        return build(settings)


def beside(corpus: Path, extra: Path, target: Path) -> Path:
    """A corpus folder at `target` holding the corpus's files (and manifest) and those of `extra`."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for folder in (corpus, extra):
        for path in [*source_files(folder), folder / "manifest.toml"]:
            if path.is_file():
                shutil.copy2(path, target / path.name)
    return target
