"""Shared fixtures: the real corpus folder, parsed once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import DEFAULT_LANGUAGES, PROJECT_ROOT
from retrieval.actors import Gazetteer
from retrieval.ingest import ingest
from retrieval.parse import parse_file

CORPUS = PROJECT_ROOT / "corpus"
FILES = {
    "ms": "000_724eece112bbd051.txt",
    "nb": "001_d494fb9fc25f749e.txt",
    "uk": "002_3d6f859fe834d792.txt",
    "fa": "003_83ce1278dd0c3607.txt",
    "ro": "004_dca16177f4c38848.txt",
}


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(CORPUS / "gazetteer.yaml")


@pytest.fixture(scope="session")
def parsed():
    """Each corpus file parsed on its own, keyed by its language."""
    return {lang: parse_file(CORPUS / name, DEFAULT_LANGUAGES) for lang, name in FILES.items()}


@pytest.fixture(scope="session")
def corpus(gazetteer):
    return ingest(CORPUS, gazetteer, DEFAULT_LANGUAGES)


@pytest.fixture(scope="session")
def clause(corpus):
    """Look a clause up by id."""
    by_id = {c.id: c for c in corpus.clauses}
    return by_id.__getitem__


def source_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def labels(parsed_file) -> list[str]:
    from retrieval.structure import label

    return [label(n.path) for n in parsed_file.tree.nodes]


__all__ = ["CORPUS", "FILES", "Path", "labels", "source_text"]
