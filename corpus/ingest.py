"""Read a corpus folder: every source file -> Documents and Clauses, with what went wrong."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from corpus.actors import Gazetteer
from corpus.documents import assemble, group_files
from corpus.files import DEFAULT_LIMITS, FileLimits, ParseError, source_files
from corpus.manifest import load_manifest
from corpus.parse import ParsedFile, parse_file
from corpus.records import Clause, Document, Notice


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
    limits: FileLimits = DEFAULT_LIMITS,
) -> Corpus:
    """Parse every source file of a folder; a file that fails (or is over the limits) is reported,
    the rest ingest."""
    files = source_files(folder)
    manifest = load_manifest(folder)
    parsed: list[ParsedFile] = []
    errors: list[ParseError] = []
    for path in progress(files):
        try:
            parsed.append(parse_file(path, languages, limits))
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


def _document_order(doc_id: str) -> tuple[int, str]:
    number = doc_id.split("-", 1)[0]
    return (int(number), doc_id) if number.isdigit() else (10**9, doc_id)
