"""Keep a running server or bot on the newest published corpus. An ingest publishes a new index
generation by replacing the store file last; this watcher sees the new file, builds the
answering core over it beside the one serving, and switches the service to it in one step. A
store that cannot be read (another format, a missing collection) leaves the old one serving."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from bots.service import Service
from entry import wiring
from entry.settings import Settings
from retrieval import store
from retrieval.search import IndexUnavailable

INTERVAL = 1.0  # seconds between looks at the store file


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What identifies one write of the store file: os.replace gives every write a new inode."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class Reloader:
    """Switches a service to each corpus an ingest publishes into its data folder."""

    def __init__(self, settings: Settings, service: Service, log=lambda line: print(line, file=sys.stderr, flush=True)):
        self.settings = settings
        self.service = service
        self.log = log
        self.path = Path(settings.data_dir) / store.STORE_NAME
        self.seen = _stamp(self.path)
        self._stop = threading.Event()

    def check(self) -> bool:
        """Switch when the store file changed since the last look; True when it switched."""
        stamp = _stamp(self.path)
        if stamp is None or stamp == self.seen:
            return False
        self.seen = stamp
        current = self.service.answerer
        try:
            searcher = wiring.searcher(self.settings, current.retriever.embedder)
        except (store.StoreMissing, wiring.IndexMissing, IndexUnavailable, ValueError, OSError) as exc:
            self.log(f"the newly ingested corpus cannot be served, keeping the previous one: {exc}")
            return False
        self.service.switch(current.over(searcher), searcher.documents, searcher.clauses.values())
        self.log(f"now serving {len(searcher.documents)} Conclusions, {len(searcher.clauses)} clauses")
        return True

    def start(self, interval: float = INTERVAL) -> Reloader:
        """Look for new generations in a background thread until stop()."""

        def run():
            while not self._stop.wait(interval):
                try:
                    self.check()
                except Exception as exc:  # noqa: BLE001 - a failed switch must not end the watcher
                    self.log(f"switching to the new corpus failed, keeping the previous one: {exc!r}")

        threading.Thread(target=run, name="corpus-reloader", daemon=True).start()
        return self

    def stop(self) -> None:
        self._stop.set()
