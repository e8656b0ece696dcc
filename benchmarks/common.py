"""Helpers shared by the benchmark scripts: percentiles and memory readings."""

from __future__ import annotations

import resource
import socket
import statistics
import time
from contextlib import contextmanager


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    low, high = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def summary_ms(values: list[float]) -> str:
    """p50 / p95 / mean of durations given in seconds, in milliseconds."""
    ms = [v * 1000 for v in values]
    return (
        f"p50 {percentile(ms, 50):7.1f} ms  p95 {percentile(ms, 95):7.1f} ms  mean {statistics.fmean(ms):7.1f} ms  (n={len(ms)})"
    )


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_peak_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of another process, in MiB."""
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def free_port() -> int:
    """A free TCP port on loopback, for a server the benchmark starts."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def timed(out: list[float]):
    """Append the wall time of the block to `out`."""
    start = time.perf_counter()
    yield
    out.append(time.perf_counter() - start)
