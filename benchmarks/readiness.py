"""How soon `assistant serve` and `assistant telegram` answer, for R fresh starts of each as its own
process on loopback. The server: start to /healthz, start to /readyz, ready to the first answer.
The bot (against a Bot API stand-in on loopback): start to ready (its first call to the API, made
once it has warmed up), ready to the first answer sent. Prints each run and the medians (the goal:
a first answer within 1 s of ready, the model having loaded before).

Run after `assistant ingest`:  .venv/bin/python benchmarks/readiness.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import free_port  # noqa: E402

from tests.fake_bot_api import FakeBotAPI  # noqa: E402

TOKEN = "123456:benchmark-token"
OFFICIAL = 1001

QUESTION = "Which tasks of the Government Party Committee are due by 15 December 2025?"  # not one the warm-up asks


def _until_ok(client: httpx.Client, url: str, timeout: float = 300) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if client.get(url).status_code == 200:
                return time.monotonic()
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"{url} was not 200 within {timeout} s")


def one_run() -> tuple[float, float, float]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, ASSISTANT_TELEGRAM_TOKEN="", ASSISTANT_DEMO_KEY="demo")
    start = time.monotonic()
    server = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(timeout=60) as client:
            alive = _until_ok(client, f"{base}/healthz")
            ready = _until_ok(client, f"{base}/readyz")
            asked = time.monotonic()
            response = client.post(f"{base}/api/ask", json={"question": QUESTION}, headers={"x-widget-key": "demo"})
            response.raise_for_status()
            answered = time.monotonic()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return alive - start, ready - start, answered - asked


def one_bot_run() -> tuple[float, float]:
    fake = FakeBotAPI(TOKEN)
    env = dict(
        os.environ,
        ASSISTANT_TELEGRAM_TOKEN=TOKEN,
        ASSISTANT_TELEGRAM_API_URL=fake.base_url,
        ASSISTANT_TELEGRAM_ALLOWED=f"[{OFFICIAL}]",
    )
    start = time.monotonic()
    bot = subprocess.Popen(
        [sys.executable, "-m", "assistant", "telegram"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        fake.wait_for("getMe", timeout=300)
        ready = time.monotonic()
        fake.push(fake.message(OFFICIAL, QUESTION))
        fake.wait_for("sendMessage", timeout=120)
        answered = time.monotonic()
    finally:
        bot.terminate()
        bot.wait(timeout=30)
        fake.close()
    return ready - start, answered - ready


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = []
    for n in range(1, args.runs + 1):
        alive, ready, first = one_run()
        runs.append((alive, ready, first))
        print(f"run {n}: start->healthz {alive:.2f} s, start->readyz {ready:.2f} s, ready->first answer {first * 1000:.0f} ms")
    med = [statistics.median(column) for column in zip(*runs, strict=True)]
    print(f"median: start->healthz {med[0]:.2f} s, start->readyz {med[1]:.2f} s, ready->first answer {med[2] * 1000:.0f} ms")
    bot_runs = []
    for n in range(1, args.runs + 1):
        ready, first = one_bot_run()
        bot_runs.append((ready, first))
        print(f"bot run {n}: start->ready {ready:.2f} s, ready->first answer {first * 1000:.0f} ms")
    med = [statistics.median(column) for column in zip(*bot_runs, strict=True)]
    print(f"bot median: start->ready {med[0]:.2f} s, ready->first answer {med[1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
