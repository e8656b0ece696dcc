"""Bounded load on the web service from a second process on loopback: C concurrent clients ask
Q questions each (the gold questions, round robin) through POST /api/ask. Prints throughput,
p50/p95 latency, and every error.

Run after `assistant ingest`:  .venv/bin/python benchmarks/web_load.py [--clients 20] [--questions 20]

The server is `assistant serve` started as its own process with rate limits raised for the run
(all clients share one IP and one key, which the default limits would rightly refuse).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import free_port, percentile, process_peak_mb  # noqa: E402

from evals.retrieval import load_questions  # noqa: E402


def start_server(port: int) -> subprocess.Popen:
    env = os.environ | {"ASSISTANT_RATE_PER_IP": "100000/minute", "ASSISTANT_RATE_PER_KEY": "100000/minute"}
    env["ASSISTANT_DEMO_KEY"] = "demo"
    env["ASSISTANT_FEEDBACK_DB"] = str(Path(tempfile.mkdtemp()) / "load.sqlite3")  # keep the real one clean
    command = [sys.executable, "-m", "assistant", "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(600):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
        if server.poll() is not None:
            raise RuntimeError(f"the server exited: {server.stderr.read().decode()[-2000:]}")
    server.kill()
    raise RuntimeError("the server did not come up in 120 s")


async def client(http: httpx.AsyncClient, questions: list[str], start: int, count: int, out: list, errors: Counter) -> None:
    for i in range(count):
        question = questions[(start + i) % len(questions)]
        began = time.perf_counter()
        try:
            response = await http.post("/api/ask", json={"question": question}, headers={"x-widget-key": "demo"})
            ok = response.status_code == 200 and "answer" in response.json()
            if not ok:
                errors[f"HTTP {response.status_code}"] += 1
        except httpx.HTTPError as exc:
            errors[type(exc).__name__] += 1
            continue
        out.append(time.perf_counter() - began)


async def load(port: int, clients: int, per_client: int, questions: list[str]) -> tuple[list[float], Counter, float]:
    latencies: list[float] = []
    errors: Counter = Counter()
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=120, limits=limits) as http:
        for question in questions[:3]:  # warm-up: the model loads on first use
            await http.post("/api/ask", json={"question": question}, headers={"x-widget-key": "demo"})
        began = time.perf_counter()
        await asyncio.gather(*(client(http, questions, c * per_client, per_client, latencies, errors) for c in range(clients)))
        wall = time.perf_counter() - began
    return latencies, errors, wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--questions", type=int, default=20, help="questions per client")
    args = parser.parse_args()
    questions = [q.text for q in load_questions()]
    port = free_port()
    server = start_server(port)
    try:
        latencies, errors, wall = asyncio.run(load(port, args.clients, args.questions, questions))
        peak = process_peak_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    total = args.clients * args.questions
    ms = [v * 1000 for v in latencies]
    print(f"{args.clients} clients x {args.questions} questions = {total} requests in {wall:.1f} s")
    print(f"throughput {len(latencies) / wall:.2f} answers/s")
    print(f"latency p50 {percentile(ms, 50):.0f} ms, p95 {percentile(ms, 95):.0f} ms, max {max(ms, default=0):.0f} ms")
    print(f"errors {sum(errors.values())}" + (f": {dict(errors)}" if errors else ""))
    print(f"server peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
