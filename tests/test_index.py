"""Index generations in a real embedded Chroma: nothing re-embedded when nothing changed,
changed texts re-embedded, removed clauses gone, a failed ingest leaving the old index serving, and
passages embedded with their document title."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

import numpy as np
import pytest

from entry.settings import DEFAULT_LANGUAGES
from retrieval import index, store
from retrieval.embed import HashingEmbedder, SentenceTransformerEmbedder
from retrieval.publish import publish
from retrieval.search import Searcher


class CountingEmbedder(HashingEmbedder):
    """The hashing embedder, counting the texts it embeds and able to fail after some."""

    def __init__(self, fail_after: int | None = None):
        super().__init__(128)
        self.embedded = 0
        self.fail_after = fail_after

    def embed_documents(self, texts, titles=None):
        if self.fail_after is not None and self.embedded + len(texts) > self.fail_after:
            raise RuntimeError("embedding failed half way")
        self.embedded += len(texts)
        return super().embed_documents(texts, titles)


def _search(data_dir, client, embedder, gazetteer, question):
    stored = store.load(data_dir)
    collection = client.get_collection(stored.index["collection"])
    searcher = Searcher(stored.clauses, stored.documents, collection, embedder, gazetteer, DEFAULT_LANGUAGES, 0.0)
    return [h.clause.id for h in searcher.search(searcher.understand(question), k=5).hits]


def _changed(corpus, clause_id, new_text):
    clauses = tuple(replace(c, texts={lang: new_text for lang in c.texts}) if c.id == clause_id else c for c in corpus.clauses)
    return replace(corpus, clauses=clauses)


def test_generations(tmp_path, corpus):
    client = index.open_client(tmp_path)
    embedder = CountingEmbedder()
    _, first = publish(corpus, tmp_path, client, embedder)
    assert (first.records, first.embedded, embedder.embedded) == (129, 129, 129)

    _, again = publish(corpus, tmp_path, client, embedder)
    assert again.collection == first.collection and again.embedded == 0 and embedder.embedded == 129

    changed = _changed(corpus, "202-KL/TW:8", "8. A changed clause about commune archives.")
    _, third = publish(changed, tmp_path, client, embedder)
    assert third.collection != first.collection and third.embedded == 1 and embedder.embedded == 130
    # the generation it replaces stays for servers still answering from it; older ones go
    assert sorted(c.name for c in client.list_collections()) == sorted([first.collection, third.collection])

    removed = replace(changed, clauses=tuple(c for c in changed.clauses if c.id != "202-KL/TW:8"))
    _, fourth = publish(removed, tmp_path, client, embedder)
    assert fourth.records == 128 and fourth.embedded == 0
    assert sorted(c.name for c in client.list_collections()) == sorted([third.collection, fourth.collection])
    got = client.get_collection(fourth.collection).get(where={"clause": "202-KL/TW:8"})
    assert got["ids"] == []
    # and the dropped generations leave no folder behind: one per segment Chroma still lists
    folders = {p.name for p in (tmp_path / "chroma").iterdir() if p.is_dir()}
    with closing(sqlite3.connect(tmp_path / "chroma" / "chroma.sqlite3")) as db:
        vectors = {row[0] for row in db.execute("SELECT id FROM segments WHERE scope = 'VECTOR'")}
    assert len(vectors) == 2 and {name for name in folders if index._SEGMENT_FOLDER.fullmatch(name)} == vectors
    stray = tmp_path / "chroma" / "00000000-0000-4000-8000-000000000000"
    stray.mkdir()
    (tmp_path / "chroma" / "notes").mkdir()  # not a segment's name: left alone
    assert index.sweep(tmp_path / "chroma") == [stray.name] and (tmp_path / "chroma" / "notes").is_dir()


def test_failed_ingest_leaves_the_previous_index_serving(tmp_path, corpus, gazetteer):
    client = index.open_client(tmp_path)
    publish(corpus, tmp_path, client, CountingEmbedder())
    before = (tmp_path / store.STORE_NAME).read_bytes()
    question = "Which clause cites Plan No. 56-KH/BCĐ?"
    answers = _search(tmp_path, client, HashingEmbedder(128), gazetteer, question)

    changed = corpus
    for cid in ("202-KL/TW:8", "202-KL/TW:7", "183-KL/TW:9"):
        changed = _changed(changed, cid, f"A rewritten clause {cid}.")
    with pytest.raises(RuntimeError):
        publish(changed, tmp_path, client, CountingEmbedder(fail_after=1))

    assert (tmp_path / store.STORE_NAME).read_bytes() == before
    assert _search(tmp_path, client, HashingEmbedder(128), gazetteer, question) == answers
    first = store.load(tmp_path).index["collection"]
    _, info = publish(changed, tmp_path, client, CountingEmbedder())  # the next ingest cleans up the half-built one
    assert sorted(c.name for c in client.list_collections()) == sorted([first, info.collection])


class _RecordingModel:
    """Stands in for a sentence-transformers model: records what it was asked to encode."""

    def __init__(self, prompts):
        self.prompts = prompts
        self.calls = []

    def encode(self, texts, prompt_name=None, **_):
        self.calls.append((list(texts), prompt_name))
        return np.ones((len(texts), 4), dtype=np.float32)


@pytest.mark.parametrize(
    ("prompts", "sent"),
    [
        # a model trained on "title: {title} | text: {passage}" gets the title in its slot
        ({"document": "title: none | text: "}, (["title: KL 178 | text: (3) Bộ Tài chính", "title: none | text: Hết"], None)),
        # any other model reads the title as the passage's first line, under its own prompt
        ({"document": "passage: "}, (["KL 178\n(3) Bộ Tài chính", "Hết"], "document")),
    ],
)
def test_a_passage_is_embedded_with_its_document_title(tmp_path, prompts, sent):
    (tmp_path / "model.safetensors").write_bytes(b"")
    embedder = SentenceTransformerEmbedder(str(tmp_path))
    embedder._model = model = _RecordingModel(prompts)
    embedder.embed_documents(["(3) Bộ Tài chính", "Hết"], ["KL 178", ""])
    assert model.calls == [sent]
