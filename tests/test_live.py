"""A new Conclusion goes live: with `assistant serve` and `assistant telegram` running as real
processes, an `assistant ingest` that adds a file makes it answerable in both without a restart;
a failed ingest leaves them answering from what they had."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.fake_bot_api import FakeBotAPI
from tests.processes import free_port, until

pytestmark = pytest.mark.reliability  # real processes, killed and restarted

SOURCES = Path(__file__).resolve().parents[1] / "corpus" / "sources"
TOKEN = "123456:LIVE"
OFFICIAL = 777
NEW = """Conclusion No. 905-KL/TW
Hanoi, 3 November 2026

At its meeting on 30 October 2026, the Secretariat concluded as follows:

1. The Ministry of Justice shall publish the register of commune legal aid points before 15 January 2027.
"""
QUESTION = "What must the Ministry of Justice publish under Conclusion 905?"


def _get(url: str):
    request = urllib.request.Request(url, headers={"x-widget-key": "demo"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _ask(base: str, question: str) -> dict:
    body = json.dumps({"question": question}).encode()
    request = urllib.request.Request(
        f"{base}/api/ask", data=body, headers={"x-widget-key": "demo", "content-type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def _ingest(env: dict, corpus: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", "--corpus", str(corpus)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def fake():
    api = FakeBotAPI(TOKEN)
    yield api
    api.close()


def test_an_ingest_goes_live_in_the_running_server_and_bot(tmp_path, fake):
    corpus = tmp_path / "corpus"
    shutil.copytree(SOURCES, corpus)
    env = dict(
        os.environ,
        ASSISTANT_DATA_DIR=str(tmp_path / "data"),
        ASSISTANT_CORPUS_DIR=str(corpus),
        ASSISTANT_EMBEDDING_MODEL="hashing",
        ASSISTANT_TELEGRAM_TOKEN=TOKEN,
        ASSISTANT_TELEGRAM_API_URL=fake.base_url,
        ASSISTANT_TELEGRAM_ALLOWED=json.dumps([OFFICIAL]),
        ASSISTANT_DEMO_KEY="demo",
    )
    assert _ingest(env, corpus).returncode == 0
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    logs = {name: open(tmp_path / f"{name}.log", "w") for name in ("serve", "telegram")}  # noqa: SIM115
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve", "--port", str(port)],
            env=env,
            stdout=logs["serve"],
            stderr=subprocess.STDOUT,
        ),
        subprocess.Popen(
            [sys.executable, "-m", "assistant", "telegram"], env=env, stdout=logs["telegram"], stderr=subprocess.STDOUT
        ),
    ]
    try:
        before = until(lambda: _get(f"{base}/api/documents"), 90, "the server did not start")
        fake.wait_for("getMe", timeout=90)
        assert "905-KL/TW" not in {d["id"] for d in before}
        assert not any(c["document"] == "905-KL/TW" for c in _ask(base, QUESTION)["citations"])

        (corpus / "905_new.txt").write_text(NEW, encoding="utf-8")
        started = time.monotonic()
        done = _ingest(env, corpus)
        assert done.returncode == 0, done.stderr[-2000:]
        until(lambda: "905-KL/TW" in {d["id"] for d in _get(f"{base}/api/documents")}, 20, "the server did not switch")
        answer = _ask(base, QUESTION)
        assert answer["citations"][0]["document"] == "905-KL/TW" and "15 January 2027" in answer["answer"]
        switched = time.monotonic() - started

        fake.push(fake.message(OFFICIAL, QUESTION))
        (sent,) = fake.wait_for("sendMessage", timeout=30)
        assert "905-KL/TW" in sent["text"], sent["text"]

        # an ingest that fails (its embedding model is missing) publishes nothing: both keep answering
        (corpus / "906_new.txt").write_text(NEW.replace("905", "906"), encoding="utf-8")
        failed = _ingest(dict(env, ASSISTANT_EMBEDDING_MODEL=str(tmp_path / "no-such-model")), corpus)
        assert failed.returncode != 0
        time.sleep(2.5)  # more than two looks of the watcher
        ids = {d["id"] for d in _get(f"{base}/api/documents")}
        assert "905-KL/TW" in ids and "906-KL/TW" not in ids
        assert _ask(base, QUESTION)["citations"][0]["document"] == "905-KL/TW"
        fake.push(fake.message(OFFICIAL, QUESTION))
        assert "905-KL/TW" in fake.wait_for("sendMessage", 2, timeout=30)[1]["text"]
        assert all(p.poll() is None for p in procs)
        print(f"ingest + switch: {switched:.1f} s")
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)
        for log in logs.values():
            log.close()
    served = (tmp_path / "serve.log").read_text()
    assert "now serving" in served and "now serving" in (tmp_path / "telegram.log").read_text()
