"""Faults become clear answers, with real processes: a `chroma run` server killed and restarted
under a running `assistant serve`, a re-ingest while it answers a question every 0.3 s, a second
ingest while one holds the data folder, a damaged corpus file and an unreachable Chroma at start,
chunked and stalled request bodies."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path

import pytest
from filelock import FileLock

from entry.ingest import LOCK_NAME
from tests.processes import free_port, until

pytestmark = pytest.mark.reliability  # real processes, killed and restarted

SOURCES = Path(__file__).resolve().parents[1] / "corpus" / "sources"
QUESTION = "What must the Ministry of Finance do by July 2025?"
HEADERS = {"x-widget-key": "demo", "content-type": "application/json"}


def _request(base: str, path: str, body: dict | None = None, timeout: float = 60) -> tuple[int, dict, Message]:
    """(status, JSON body, headers) of one request, error statuses included."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{base}{path}", data=data, headers=HEADERS)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read()), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), error.headers


def _stream_events(base: str, question: str) -> list[str]:
    request = urllib.request.Request(f"{base}/api/ask/stream", data=json.dumps({"question": question}).encode(), headers=HEADERS)
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read().decode()
    return [line.removeprefix("event: ") for line in text.splitlines() if line.startswith("event: ")]


class Chroma:
    """A real `chroma run` server on loopback over one folder, that can be killed and started again."""

    def __init__(self, path: Path):
        self.path, self.port, self.proc = path, free_port(), None
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
        self.proc = subprocess.Popen(
            [chroma, "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        until(lambda: urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1), 30, "chroma did not start")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=20)


def _env(tmp_path: Path, chroma_url: str) -> dict:
    env = dict(os.environ)
    env.update(
        ASSISTANT_DATA_DIR=str(tmp_path / "data"),
        ASSISTANT_EMBEDDING_MODEL="hashing",
        ASSISTANT_CHROMA_URL=chroma_url,
        ASSISTANT_INDEX_TIMEOUT="3",
        ASSISTANT_BODY_TIMEOUT="2",
        ASSISTANT_TELEGRAM_TOKEN="",
        ASSISTANT_DEMO_KEY="demo",
    )
    return env


def _assistant(env: dict, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args], env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def chroma(tmp_path):
    server = Chroma(tmp_path / "chroma")
    server.start()
    yield server
    if server.proc.poll() is None:
        server.kill()


@pytest.fixture
def ingested(tmp_path, chroma):
    env = _env(tmp_path, chroma.url)
    done = _assistant(env, "ingest", "--corpus", str(SOURCES))
    assert done.returncode == 0, done.stderr
    return env


@pytest.fixture
def served(ingested):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--port", str(port)],
        env=ingested,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        until(lambda: _request(base, "/readyz")[0] == 200, 120, "serve was not ready")
        yield base, proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_chroma_killed_under_serve_gives_503_then_answers_again_without_restart(served, chroma):
    base, proc = served
    status, body, _ = _request(base, "/api/ask", {"question": QUESTION})
    assert status == 200 and body["citations"]

    chroma.kill()
    status, body, headers = _request(base, "/api/ask", {"question": QUESTION})
    assert status == 503 and "not answering" in body["error"] and int(headers["Retry-After"]) >= 1
    assert "127.0.0.1" not in body["error"]  # internal addresses stay in the log
    status, body, _ = _request(base, "/readyz")
    assert (status, body["ready"]) == (503, False)
    assert _stream_events(base, QUESTION)[-1] == "error"
    assert _request(base, "/healthz")[0] == 200  # alive, only not ready

    chroma.start()
    until(lambda: _request(base, "/readyz")[0] == 200, 30, "readiness did not come back")
    status, body, _ = _request(base, "/api/ask", {"question": QUESTION})
    assert status == 200 and body["citations"]
    assert proc.poll() is None


def test_bodies_are_bounded_however_they_are_sent(served):
    base, _ = served
    host, port = base.removeprefix("http://").split(":")

    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    chunks = (b'{"question": "' + b"x" * 65536 for _ in range(32))  # 2 MB, chunked, no Content-Length
    connection.request("POST", "/api/ask", body=chunks, headers=HEADERS, encode_chunked=True)
    response = connection.getresponse()
    assert response.status == 413 and "error" in json.loads(response.read())
    connection.close()

    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=30) as raw:
        head = f"POST /api/ask HTTP/1.1\r\nHost: {host}\r\nx-widget-key: demo\r\ncontent-type: application/json\r\n"
        raw.sendall((head + "Content-Length: 100\r\n\r\n").encode() + b'{"question": ')  # then nothing more
        reply = raw.recv(4096).decode()
    assert reply.startswith("HTTP/1.1 408") and time.monotonic() - started < 20


def test_a_second_ingest_is_refused_while_one_writes(ingested):
    with FileLock(Path(ingested["ASSISTANT_DATA_DIR"]) / LOCK_NAME):
        done = _assistant(ingested, "ingest", "--corpus", str(SOURCES))
    assert done.returncode == 2
    assert "another ingest is writing" in done.stderr and "Traceback" not in done.stderr


def test_bad_state_at_start_is_one_line_naming_the_fix(ingested, chroma):
    data = Path(ingested["ASSISTANT_DATA_DIR"])
    chroma.kill()
    down = _assistant(ingested, "ask", QUESTION, timeout=120)
    assert down.returncode == 2 and "Traceback" not in down.stderr
    assert "does not answer" in down.stderr and "ASSISTANT_CHROMA_URL" in down.stderr

    (data / "corpus.json").write_text('{"format": 3, "documents": [', encoding="utf-8")
    damaged = _assistant(ingested, "ask", QUESTION, timeout=120)
    assert damaged.returncode == 2 and "Traceback" not in damaged.stderr
    assert "is damaged" in damaged.stderr and "assistant ingest" in damaged.stderr


def test_a_corpus_file_over_the_size_limit_is_refused_by_name_and_the_rest_ingest(ingested, tmp_path):
    corpus = tmp_path / "with-a-dump"
    shutil.copytree(SOURCES, corpus)
    line = ("Các bộ, ngành rà soát và báo cáo kết quả. " * 24 + "\n").encode()
    (corpus / "dump.txt").write_bytes(line * (30 * 2**20 // len(line) + 1))  # 30 MB of plausible text
    done = _assistant(ingested, "ingest", "--corpus", str(corpus))
    out = done.stdout + done.stderr
    assert done.returncode == 1 and "Traceback" not in out
    assert "dump.txt: 30 MB, over the 20 MB a corpus file may be (ASSISTANT_MAX_FILE_MB)" in out
    assert "4 documents" in out  # the others are read as before
    roomier = ingested | {"ASSISTANT_MAX_FILE_MB": "50", "ASSISTANT_MAX_FILE_CHARS": "200000"}
    by_text = _assistant(roomier, "ingest", "--corpus", str(corpus))
    assert by_text.returncode == 1
    assert "characters of text, over the 200,000 a corpus file may hold" in by_text.stdout + by_text.stderr


NEW = """Conclusion No. 906-KL/TW
Hanoi, 3 November 2026

At its meeting on 30 October 2026, the Secretariat concluded as follows:

1. The Ministry of Justice shall publish the register of commune legal aid points before 15 January 2027.
"""


def test_a_reingest_under_questions_fails_none_and_then_answers_the_new_document(served, ingested, tmp_path):
    base, _ = served
    corpus = tmp_path / "changed"
    shutil.copytree(SOURCES, corpus)
    (corpus / "906.txt").write_text(NEW, encoding="utf-8")
    statuses: list[int] = []
    stop = threading.Event()

    def ask_every_0_3_s():
        while not stop.is_set():
            statuses.append(_request(base, "/api/ask", {"question": QUESTION})[0])
            stop.wait(0.3)

    asker = threading.Thread(target=ask_every_0_3_s)
    asker.start()
    try:
        done = _assistant(ingested, "ingest", "--corpus", str(corpus))
        assert done.returncode == 0, done.stderr
        until(lambda: "906-KL/TW" in {d["id"] for d in _request(base, "/api/documents")[1]}, 20, "the server did not switch")
    finally:
        stop.set()
        asker.join(timeout=60)
    assert len(statuses) > 5 and set(statuses) == {200}
    status, body, _ = _request(base, "/api/ask", {"question": "What must the Ministry of Justice publish under Conclusion 906?"})
    assert status == 200 and body["citations"][0]["id"].startswith("906-KL/TW")
