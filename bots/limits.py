"""Rate limits as token buckets: "20/minute" lets a burst of 20 through, then one every 3 seconds."""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Callable

PERIODS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}


def parse_rate(text: str) -> tuple[int, float]:
    """'20/minute' -> (20, 60.0); a clear error for anything else."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(second|minute|hour|day)s?\s*", text)
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"a rate is COUNT/PERIOD with PERIOD one of {', '.join(PERIODS)}, e.g. 20/minute; got {text!r}")
    return int(match.group(1)), PERIODS[match.group(2)]


class RateLimiter:
    """One bucket per key; `take(key)` spends a token or says how long until one is free."""

    def __init__(self, rate: str, clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000):
        self.capacity, period = parse_rate(rate)
        self.per_second = self.capacity / period
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when the call may go ahead; otherwise the seconds to wait (for Retry-After)."""
        now = self.clock()
        with self._lock:
            tokens, when = self._buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - when) * self.per_second)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                self._forget_full(now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.per_second

    def _forget_full(self, now: float) -> None:
        # a bucket that has refilled holds no information; dropping those bounds memory
        if len(self._buckets) <= self.max_keys:
            return
        refill = self.capacity / self.per_second
        self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < refill}


def retry_after(seconds: float) -> str:
    """A Retry-After header value: whole seconds, at least 1."""
    return str(max(1, math.ceil(seconds)))
