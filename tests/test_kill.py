"""`kill -9` in the middle of an ingest: the previous index keeps answering, unchanged."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time

import pytest

from entry.cli import main
from entry.settings import DEFAULT_LANGUAGES, default_model_path
from retrieval import index, store
from retrieval.embed import HashingEmbedder
from retrieval.search import Searcher

pytestmark = pytest.mark.reliability  # real processes, killed and restarted


def _answers(data_dir, gazetteer):
    stored = store.load(data_dir)
    client = index.open_client(data_dir)
    collection = client.get_collection(stored.index["collection"])
    searcher = Searcher(stored.clauses, stored.documents, collection, HashingEmbedder(), gazetteer, DEFAULT_LANGUAGES, 0.0)
    questions = ["Which clause cites Plan No. 56-KH/BCĐ?", "Ministerul Finanțelor", "25 haribulan setiap bulan"]
    return [[h.clause.id for h in searcher.search(searcher.understand(q)).hits] for q in questions]


def test_kill_during_embedding(tmp_path, monkeypatch, gazetteer, capsys):
    data_dir = tmp_path / "data"
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data_dir))
    monkeypatch.setenv("ASSISTANT_EMBEDDING_MODEL", "hashing")
    assert main(["ingest"]) == 0
    capsys.readouterr()
    before = (data_dir / store.STORE_NAME).read_bytes()
    answers = _answers(data_dir, gazetteer)

    # Re-ingest with the real model: every text is embedded again, slowly enough to be killed half way.
    env = dict(os.environ, ASSISTANT_EMBEDDING_MODEL=str(default_model_path()))
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "ingest"], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL
    )
    seen, deadline = b"", time.monotonic() + 240
    try:
        while time.monotonic() < deadline and not re.search(rb"Embedding:\s+\d+%\S*\s*\S*\s*(?:[1-9]\d)/129", seen):
            ready, _, _ = select.select([proc.stderr], [], [], 1.0)
            if ready:
                chunk = os.read(proc.stderr.fileno(), 4096)
                if not chunk:
                    break
                seen += chunk
        assert proc.poll() is None, seen.decode(errors="replace")[-2000:]
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert re.search(rb"(?:[1-9]\d)/129", seen), "killed before embedding had started"

    assert (data_dir / store.STORE_NAME).read_bytes() == before
    assert _answers(data_dir, gazetteer) == answers
