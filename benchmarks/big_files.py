"""Ingest at the size bounds of one corpus file: a file over ASSISTANT_MAX_FILE_MB (refused by name)
and a file just under ASSISTANT_MAX_FILE_CHARS (read, cleaned, chunked and embedded). Each ingest
is its own process into a fresh data folder; prints its wall time, peak memory (max RSS of that
process) and clause count. The goal: peak memory well under 4 GB at the bounds.

    .venv/bin/python benchmarks/big_files.py [--model hashing]   # default: the configured model
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "sources" / "002_3d6f859fe834d792.txt"  # the longest seed file


def _write_cases(folder: Path, max_mb: float, max_chars: int) -> dict[str, Path]:
    over = folder / "over-size"
    over.mkdir()
    line = ("Các bộ, ngành rà soát và báo cáo kết quả thực hiện. " * 20 + "\n").encode()
    (over / "dump.txt").write_bytes(line * (int((max_mb + 10) * 2**20) // len(line)))
    under = folder / "at-text-limit"
    under.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    (under / "long.txt").write_text("\n\n".join([seed] * (int(max_chars * 0.95) // (len(seed) + 2))), encoding="utf-8")
    return {"over the size limit": over, "just under the text limit": under}


def _child(corpus: str) -> None:
    """Run one ingest and print its own peak memory (this process's only child)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "assistant", "ingest", "--corpus", corpus], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    clauses = re.search(r"Ingested \d+ documents, (\d+) clauses", done.stdout)
    refusal = next((line.strip() for line in (done.stdout + done.stderr).splitlines() if "over the" in line), "")
    print(f"{seconds:.1f}\t{peak_mb:.0f}\t{clauses.group(1) if clauses else 0}\t{done.returncode}\t{refusal}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="ASSISTANT_EMBEDDING_MODEL for the runs (default: as configured)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return 0
    from entry.settings import Settings

    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        cases = _write_cases(Path(tmp), settings.max_file_mb, settings.max_file_chars)
        print(f"bounds: {settings.max_file_mb:g} MB per file, {settings.max_file_chars:,} characters of text")
        print("case                       file MB  seconds  peak MB  clauses  exit  refusal")
        for name, folder in cases.items():
            env = dict(os.environ, ASSISTANT_DATA_DIR=str(Path(tmp) / f"data-{folder.name}"))
            if args.model:
                env["ASSISTANT_EMBEDDING_MODEL"] = args.model
            size = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
            out = subprocess.run([sys.executable, __file__, "--child", str(folder)], env=env, capture_output=True, text=True)
            seconds, peak, clauses, code, refusal = out.stdout.rstrip("\n").split("\t", 4)
            seconds, peak = float(seconds), float(peak)
            print(f"{name:<26} {size:>7.1f}  {seconds:>7.1f}  {peak:>7.0f}  {clauses:>7}  {code:>4}  {refusal[:60]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
