"""Warm query latency on the ingested corpus: query embedding plus hybrid search, p50 and p95.

Run after `assistant ingest`:  .venv/bin/python benchmarks/query_latency.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import summary_ms, timed  # noqa: E402

from entry import wiring  # noqa: E402
from entry.settings import Settings  # noqa: E402
from evals.retrieval import load_questions  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    searcher = wiring.searcher(Settings())
    questions = [q.text for q in load_questions()]
    for text in questions[:5]:  # warm-up: model load, caches
        searcher.search(searcher.understand(text))
    total, embed, rest = [], [], []
    for _ in range(args.rounds):
        for text in questions:
            with timed(embed):
                searcher.embedder.embed_queries([text])
            with timed(total):
                searcher.search(searcher.understand(text))
            rest.append(total[-1] - embed[-1])
    print(f"questions: {len(questions)} x {args.rounds} rounds, embedder {searcher.embedder.name}")
    print(f"  search (embed + hybrid): {summary_ms(total)}")
    print(f"  query embedding alone:   {summary_ms(embed)}")
    print(f"  search minus embedding:  {summary_ms(rest)}")


if __name__ == "__main__":
    main()
