"""Ingest a corpus folder: every source file -> Documents and Clauses, with what went wrong."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.records import Clause, Document, Notice
from retrieval import index, store
from retrieval.actors import Gazetteer
from retrieval.documents import assemble, group_files
from retrieval.embed import Embedder
from retrieval.manifest import load_manifest
from retrieval.parse import ParsedFile, parse_file
from retrieval.read import ParseError, source_files


@dataclass(frozen=True)
class Corpus:
    """The outcome of an ingest: what was built, what was noticed, what could not be read."""

    documents: tuple[Document, ...]
    clauses: tuple[Clause, ...]
    notices: tuple[Notice, ...]
    errors: tuple[ParseError, ...]


def ingest(
    folder: Path,
    gazetteer: Gazetteer,
    languages: tuple[str, ...],
    progress: Callable[[Iterable[Path]], Iterable[Path]] = lambda files: files,
) -> Corpus:
    """Parse every .txt/.md/.html file of a folder; a file that fails is reported, the rest ingest."""
    files = source_files(folder)
    manifest = load_manifest(folder)
    parsed: list[ParsedFile] = []
    errors: list[ParseError] = []
    for path in progress(files):
        try:
            parsed.append(parse_file(path, languages))
        except ParseError as exc:
            errors.append(exc)
    groups, notices = group_files(parsed, manifest)
    notices += [n for pf in parsed for n in pf.notices]
    documents, clauses = [], []
    for doc_id in sorted(groups, key=_document_order):
        document, doc_clauses, doc_notices = assemble(doc_id, groups[doc_id], manifest.entries.get(doc_id), gazetteer)
        documents.append(document)
        clauses += doc_clauses
        notices += doc_notices
    return Corpus(tuple(documents), tuple(clauses), tuple(notices), tuple(errors))


def publish(corpus: Corpus, data_dir: Path, client, embedder: Embedder, progress=None) -> tuple[Path, index.IndexInfo]:
    """Index the corpus in Chroma, then switch readers to it by writing the store; drop old generations."""
    try:
        previous = (store.load(data_dir).index or {}).get("collection")
    except (store.StoreMissing, ValueError, KeyError):
        previous = None
    items = index.records(corpus.documents, corpus.clauses)
    info = index.build(client, items, embedder, previous, progress)
    target = store.save(data_dir, corpus.documents, corpus.clauses, corpus.notices, asdict(info))
    index.prune(client, info.collection)
    return target, info


def _document_order(doc_id: str) -> tuple[int, str]:
    number = doc_id.split("-", 1)[0]
    return (int(number), doc_id) if number.isdigit() else (10**9, doc_id)
