"""The search path at scale with synthetic clauses: precomputed unit vectors and generated text,
no model in the loop. For each size and Chroma backend (embedded, `chroma run` server): index
build time, p50/p95 latency of Searcher.search without query embedding, peak memory.

    .venv/bin/python benchmarks/scale.py --sizes 10000 100000 --backends embedded server

Each (size, backend) runs in a subprocess of its own, so each peak memory figure is its own.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import free_port, peak_rss_mb, percentile, process_peak_mb  # noqa: E402

from corpus.actors import Gazetteer  # noqa: E402
from corpus.records import Clause, Deadline, Document  # noqa: E402
from entry.settings import DEFAULT_LANGUAGES, PROJECT_ROOT  # noqa: E402
from retrieval import index  # noqa: E402
from retrieval.search import Searcher  # noqa: E402

QUERIES = 200


class QueuedEmbedder:
    """Hands out precomputed query vectors in order: the benchmark measures search, not embedding."""

    name = "synthetic"

    def __init__(self, vectors: np.ndarray):
        self.vectors = list(vectors)
        self.dim = vectors.shape[1]

    def embed_queries(self, texts):
        return np.stack([self.vectors.pop(0) for _ in texts])

    def embed_documents(self, texts):  # pragma: no cover - never called here
        raise NotImplementedError


def synthetic(n: int, dim: int, seed: int = 7):
    """n clauses over n/40 documents, Zipf-distributed words, some deadlines and actors, unit vectors."""
    rng = np.random.default_rng(seed)
    letters = np.array(list("abcdefghijklmnoprstuvyz"))
    vocab = ["".join(rng.choice(letters, size=rng.integers(3, 10))) for _ in range(20000)]
    actors = [b.en for b in Gazetteer.load(PROJECT_ROOT / "corpus" / "gazetteer.yaml").bodies]
    n_docs = max(4, n // 40)
    documents = tuple(Document(f"{i + 1000}-KL/TW", f"Synthetic Conclusion {i}", None, ("en",), (), ()) for i in range(n_docs))
    ranks = np.minimum(rng.zipf(1.3, size=(n, 40)), len(vocab)) - 1
    clauses = []
    for i in range(n):
        doc = documents[i % n_docs].id
        text = " ".join(vocab[r] for r in ranks[i])
        deadlines = ()
        if rng.random() < 0.3:
            due = date(2025, 1, 1) + timedelta(days=int(rng.integers(0, 700)))
            deadlines = (Deadline(f"before {due}", due, "day"),)
        acting = tuple(str(a) for a in rng.choice(actors, size=int(rng.integers(0, 3)), replace=False))
        clauses.append(Clause(f"{doc}:{i}", doc, (str(i),), f"§{i}", "section", None, {"en": text}, {}, {}, deadlines, acting))
    vectors = rng.standard_normal((n, dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return documents, tuple(clauses), vectors


def _start_server(path: Path) -> tuple[subprocess.Popen, str]:
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("chroma server did not start")


def _metadata(clause: Clause) -> dict:
    meta = {"clause": clause.id, "document": clause.document, "lang": "en"}
    if clause.actors:
        meta["actors"] = list(clause.actors)
    return meta


def one(n: int, backend: str, dim: int) -> dict:
    """Build and query one synthetic index; returns the figures."""
    documents, clauses, vectors = synthetic(n, dim)
    with tempfile.TemporaryDirectory() as tmp:
        server = None
        if backend == "server":
            server, url = _start_server(Path(tmp) / "server")
            client = index.open_client(Path(tmp), url)
        else:
            client = index.open_client(Path(tmp))
        try:
            collection = index.create(client, "clauses-bench")
            batch = min(client.get_max_batch_size(), 5000)
            start = time.perf_counter()
            for i in range(0, n, batch):
                part = clauses[i : i + batch]
                collection.add(
                    ids=[f"{c.id}#en" for c in part],
                    embeddings=vectors[i : i + batch],
                    metadatas=[_metadata(c) for c in part],
                )
            build = time.perf_counter() - start
            rng = np.random.default_rng(11)
            targets = rng.integers(0, n, size=QUERIES)
            queries = vectors[targets] + 0.05 * rng.standard_normal((QUERIES, dim)).astype(np.float32)
            queries /= np.linalg.norm(queries, axis=1, keepdims=True)
            start = time.perf_counter()
            searcher = Searcher(
                clauses,
                documents,
                collection,
                QueuedEmbedder(queries),
                Gazetteer.load(PROJECT_ROOT / "corpus" / "gazetteer.yaml"),
                DEFAULT_LANGUAGES,
                0.0,
            )
            bm25_build = time.perf_counter() - start
            latencies, found = [], 0
            for target in targets:
                question = " ".join(clauses[target].texts["en"].split()[:6])
                start = time.perf_counter()
                # generated words are in no language: read them as the English the texts are declared in
                result = searcher.search(replace(searcher.understand(question), language="en"), k=5)
                latencies.append(time.perf_counter() - start)
                found += any(h.clause.id == clauses[target].id for h in result.hits)
            figures = {
                "size": n,
                "backend": backend,
                "index_build_s": round(build, 1),
                "bm25_build_s": round(bm25_build, 1),
                "p50_ms": round(percentile([v * 1000 for v in latencies], 50), 1),
                "p95_ms": round(percentile([v * 1000 for v in latencies], 95), 1),
                "target_in_top5": found / QUERIES,
                "peak_rss_mb": round(peak_rss_mb()),
            }
            if server:
                figures["server_peak_rss_mb"] = round(process_peak_mb(server.pid))
            return figures
        finally:
            if server:
                server.terminate()
                server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--backends", nargs="+", default=["embedded", "server"], choices=["embedded", "server"])
    parser.add_argument("--dim", type=int, default=768)
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "BACKEND"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(int(args.one[0]), args.one[1], args.dim)))
        return
    columns = ("size", "backend", "build s", "bm25 s", "p50 ms", "p95 ms", "top5", "peak MiB", "server MiB")
    print(" ".join(f"{c:>9}" for c in columns))
    for n in args.sizes:
        for backend in args.backends:
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(n), backend, "--dim", str(args.dim)], capture_output=True, text=True
            )
            if out.returncode != 0:
                print(f"{n:>9} {backend:>9} failed: {out.stderr.strip().splitlines()[-1:]}")
                continue
            f = json.loads(out.stdout.strip().splitlines()[-1])
            keys = ("size", "backend", "index_build_s", "bm25_build_s", "p50_ms", "p95_ms", "target_in_top5", "peak_rss_mb")
            cells = [f.get(k) for k in keys] + [f.get("server_peak_rss_mb", "-")]
            print(" ".join(f"{c:>9}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
