"""The corpus file on disk: round trip, atomic replacement."""

from __future__ import annotations

from retrieval import store


def test_round_trip(tmp_path, corpus):
    store.save(tmp_path, corpus.documents, corpus.clauses, corpus.notices)
    loaded = store.load(tmp_path)
    assert loaded.documents == corpus.documents
    assert loaded.clauses == corpus.clauses
    assert loaded.notices == corpus.notices


def test_a_failed_write_keeps_the_previous_file(tmp_path, corpus, monkeypatch):
    store.save(tmp_path, corpus.documents, corpus.clauses[:3], ())
    before = (tmp_path / store.STORE_NAME).read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(store.json, "dump", boom)
    try:
        store.save(tmp_path, corpus.documents, corpus.clauses, ())
    except OSError:
        pass
    assert (tmp_path / store.STORE_NAME).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [store.STORE_NAME]
