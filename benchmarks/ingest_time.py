"""Ingest of the bundled corpus into a fresh data folder (cold: parse, load model, embed all),
then again with nothing changed (warm), median of several warm runs.

    .venv/bin/python benchmarks/ingest_time.py [--warm-runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run(data_dir: str) -> tuple[float, str]:
    env = dict(os.environ, ASSISTANT_DATA_DIR=data_dir)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "assistant", "ingest"], env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warm-runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        cold, line = run(data_dir)
        print(f"cold ingest: {cold:6.1f} s   {line}")
        warm = [run(data_dir) for _ in range(args.warm_runs)]
        median = statistics.median(t for t, _ in warm)
        print(f"warm ingest (nothing changed): median {median:5.2f} s over {len(warm)} runs   {warm[-1][1]}")
        print(f"ratio cold/warm: {cold / median:.1f}x")


if __name__ == "__main__":
    main()
