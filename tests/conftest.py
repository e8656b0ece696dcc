"""Shared fixtures: the real corpus folder, parsed once per test session."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from assistant.answer import Answerer
from assistant.extractive import load_phrases
from bots.service import Service
from corpus.actors import Gazetteer
from corpus.ingest import ingest
from corpus.parse import parse_file
from entry.fetch import is_fetched
from entry.settings import DEFAULT_LANGUAGES, PROJECT_ROOT, default_model_path
from retrieval import index, store
from retrieval.embed import SentenceTransformerEmbedder
from retrieval.publish import publish
from retrieval.search import Searcher

CORPUS = PROJECT_ROOT / "corpus" / "sources"
GAZETTEER = PROJECT_ROOT / "corpus" / "gazetteer.yaml"
PHRASES = load_phrases(PROJECT_ROOT / "prompts" / "phrases.yaml")
FILES = {
    "ms": "000_724eece112bbd051.txt",
    "nb": "001_d494fb9fc25f749e.txt",
    "uk": "002_3d6f859fe834d792.txt",
    "fa": "003_83ce1278dd0c3607.txt",
    "ro": "004_dca16177f4c38848.txt",
}


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(GAZETTEER)


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


@pytest.fixture(scope="session")
def searcher(tmp_path_factory, corpus, gazetteer):
    if not is_fetched(default_model_path()):
        pytest.fail(f"the embedding model is not in {default_model_path()}: run scripts/setup.sh")
    data_dir = tmp_path_factory.mktemp("real")
    embedder = SentenceTransformerEmbedder(str(default_model_path()))
    client = index.open_client(data_dir)
    publish(corpus, data_dir, client, embedder)
    stored = store.load(data_dir)
    collection = client.get_collection(stored.index["collection"])
    return Searcher(stored.clauses, stored.documents, collection, embedder, gazetteer, DEFAULT_LANGUAGES, 0.30)


HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script> '


@pytest.fixture(scope="session")
def hostile_searcher(searcher):
    """The real corpus and index, except that 178-KL/TW §3(3) starts with HTML meant to run
    (its vectors are those of the clean text; what is tested is how channels render it)."""
    target = searcher.clauses["178-KL/TW:3.3"]
    texts = {lang: HOSTILE + text for lang, text in target.texts.items()}
    clauses = tuple(dataclasses.replace(c, texts=texts) if c is target else c for c in searcher.clauses.values())
    return Searcher(
        clauses, tuple(searcher.documents), searcher.collection, searcher.embedder, searcher.gazetteer, searcher.languages, 0.30
    )


def source_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def labels(parsed_file) -> list[str]:
    from corpus.structure import label

    return [label(n.path) for n in parsed_file.tree.nodes]


def answerer_over(searcher, llm=None, prompt=None) -> Answerer:
    """The answering core over a searcher, as the wiring builds it."""
    return Answerer(searcher, searcher.gazetteer, PHRASES, searcher.languages, llm, prompt)


def service_over(searcher, store, cls=Service) -> Service:
    """The channels' service over a searcher and a feedback store."""
    return cls(answerer_over(searcher), searcher.documents, searcher.clauses.values(), store)


def search(searcher, question: str, **kwargs):
    """Search for a question read on its own."""
    return searcher.search(searcher.understand(question), **kwargs)


__all__ = ["CORPUS", "FILES", "HOSTILE", "PHRASES", "Path", "answerer_over", "labels", "search", "service_over", "source_text"]
