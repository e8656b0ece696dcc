"""What the tests that run real processes share: a free loopback port, and waiting for a condition."""

from __future__ import annotations

import socket
import time


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def until(check, timeout: float, what: str, every: float = 0.3):
    """The first true result of `check()` (an OSError counts as not yet), or AssertionError `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            found = check()
        except OSError:
            found = None
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} within {timeout} s")
        time.sleep(every)
