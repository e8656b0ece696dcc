"""Which files of one Conclusion are versions of one text, and how each source is named.

A file carrying the Conclusion's numbered text is a "text" (original or translation); any other
is a "press report". Texts with the same structure are aligned clause by clause; every other
source keeps a clause tree of its own, under a key of its file and labels naming its site."""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlparse

from corpus.parse import ParsedFile
from corpus.records import Notice, Source

SAME_STRUCTURE = 0.6  # share of clause paths two texts must share to be versions of one text


def source_kind(pf: ParsedFile) -> str:
    """ "text" when a file carries the Conclusion's numbered text, else "press report"."""
    sections = sum(1 for n in pf.tree.nodes if n.kind == "section")
    return "text" if sections >= 2 else "press report"


def source_key(name: str) -> str:
    """The path element that keeps a source's own clauses apart: "r" and a hash of its file name."""
    return "r" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]


def versions_of(files: list[ParsedFile], notices: list[Notice]) -> tuple[list[ParsedFile], list[ParsedFile]]:
    """The files aligned clause by clause with the first (texts of the same structure, one per
    language), and those kept as sources of their own."""
    first, versions, own = files[0], [files[0]], []
    for pf in files[1:]:
        same = source_kind(pf) == source_kind(first) == "text" and _overlap(first, pf) >= SAME_STRUCTURE
        if same and pf.language not in {v.language for v in versions}:
            versions.append(pf)
        else:
            own.append(pf)
            why = "another copy in the same language" if same else f"its structure does not match {first.name}"
            notices.append(Notice(pf.name, None, f"kept as a source of its own ({source_kind(pf)}): {why}"))
    return versions, own


def _overlap(a: ParsedFile, b: ParsedFile) -> float:
    paths_a, paths_b = set(a.nodes), set(b.nodes)
    return len(paths_a & paths_b) / max(len(paths_a), len(paths_b), 1)


def site_of(source: Source | None) -> str:
    """How a source is named in labels: the site it came from, else its file."""
    host = urlparse(source.url).hostname if source and source.url else None
    if host:
        return host.removeprefix("www.")
    return Path(source.file).stem if source else "source"
