"""Server mode: ingest and search through a real `chroma run` server on loopback."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from entry import wiring
from entry.settings import Settings
from retrieval import index
from retrieval.embed import HashingEmbedder
from retrieval.publish import publish
from tests.processes import free_port

pytestmark = pytest.mark.reliability  # real processes, killed and restarted


@pytest.fixture()
def chroma_server(tmp_path):
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("chroma server did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_ingest_and_search_through_the_server(tmp_path, chroma_server, corpus):
    settings = Settings(data_dir=tmp_path / "data", chroma_url=chroma_server, embedding_model="hashing")
    client = index.open_client(settings.data_dir, settings.chroma_url)
    assert not (settings.data_dir / "chroma").exists()  # nothing embedded locally in server mode
    _, info = publish(corpus, settings.data_dir, client, HashingEmbedder())
    assert info.embedded == 129
    _, again = publish(corpus, settings.data_dir, client, HashingEmbedder())
    assert again.embedded == 0

    searcher = wiring.searcher(settings, HashingEmbedder())
    result = searcher.search(searcher.understand("What does Conclusion 202 ask of the Ministry of Finance?"))
    first, *others = result.hits
    assert first.clause.id == "202-KL/TW:4.2"  # the body's own clause first
    # after it only clauses of 202 where no body was read (evidence, not excluded)
    assert all(h.clause.document == "202-KL/TW" and not h.clause.actors and not h.clause.mentions for h in others)
