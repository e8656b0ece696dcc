"""A PDF's text layer (pypdf): a wrapped paragraph one line, running headers, footers and page numbers dropped."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError

from corpus.clean import ends_sentence
from corpus.formats import Unreadable
from corpus.markers import starts_with_marker

EDGE = 3  # lines at the top and at the bottom of a page where running headers, footers and page numbers sit
PAGE_NUMBER = re.compile(r"^[-–—(\[]?\s*\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-–—)\]]?$")
# item openers markers.py leaves to the structure reader's context: "ii.", "a.", "i)"
_OPENER = re.compile(r"^(?:[ivxlc]{1,6}|[a-zđ])[.)]\s")


def pdf_text(path: Path) -> str:
    """The text layer of a PDF: pages joined by a blank line, a paragraph wrapped over lines made one line."""
    pages = _page_lines(path)
    if not any(pages):
        raise Unreadable(
            f"no text layer (a scanned PDF?): none of its {len(pages)} page(s) has extractable text; run OCR on it first"
        )
    pages = [unwrap_lines(page) for page in _without_running_lines(pages)]
    for before, after in zip(pages, pages[1:], strict=False):
        if before and after and _continues(before[-1], after[0]):  # a paragraph running on over the page break
            before[-1] = _joined(before[-1], after.pop(0))
    return "\n\n".join("\n".join(page) for page in pages if page)


def _page_lines(path: Path) -> list[list[str]]:
    """The stripped, non-empty lines of each page, as pypdf extracts them."""
    data = Path(path).read_bytes()  # a missing file is an OSError, as for any source file
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("encrypted PDF: it needs a password to open")
        texts = [page.extract_text() or "" for page in reader.pages]
        scanned = [
            n for n, (page, text) in enumerate(zip(reader.pages, texts, strict=True), 1) if not text.strip() and len(page.images)
        ]
    except Unreadable:
        raise
    except DependencyError as exc:
        raise Unreadable(f"encrypted PDF that cannot be decrypted here ({exc})") from None
    except Exception as exc:  # pypdf raises errors of many kinds (and ValueError, KeyError...) on a broken file
        raise Unreadable(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if scanned and len(scanned) < len(texts):
        raise Unreadable(f"no text layer on page(s) {', '.join(map(str, scanned))} (scanned pages?); run OCR on it first")
    return [[line.strip() for line in text.splitlines() if line.strip()] for text in texts]


def _without_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Pages without bare page numbers and the header and footer lines that repeat on every page."""
    running: set[str] = set()
    if len(pages) >= 2:
        counts = Counter(key for page in pages for key in {_key(line) for line in _edges(page)})
        needed = len(pages) - (1 if len(pages) >= 3 else 0)  # a first page often has no running header
        running = {key for key, count in counts.items() if count >= needed}
    kept = []
    for page in pages:
        edge = set(range(EDGE)) | set(range(len(page) - EDGE, len(page)))
        kept.append([x for i, x in enumerate(page) if i not in edge or not (PAGE_NUMBER.match(x) or _key(x) in running)])
    return kept


def _edges(page: list[str]) -> list[str]:
    return page[:EDGE] + page[EDGE:][-EDGE:]


def _key(line: str) -> str:
    """A line compared across pages: case, spacing and numbers ("Trang 2", "Page 2 of 9") set aside."""
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def unwrap_lines(lines: list[str]) -> list[str]:
    """Lines with each clearly wrapped continuation (no sentence end, then a lower-case start) joined on."""
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(line)
    return out


def _continues(line: str, nxt: str) -> bool:
    # a line starting in lower case, or with a date or number that opens no item ("30/11/2026."), goes on the one before
    starts_on = nxt[:1].islower() or bool(re.match(r"\d+[/.,-]\d", nxt))
    return not ends_sentence(line) and starts_on and not starts_with_marker(nxt) and not _OPENER.match(nxt)


def _joined(line: str, nxt: str) -> str:
    if line.endswith("\u00ad"):  # a soft hyphen only marks where the word was broken
        return line[:-1] + nxt
    if line.endswith("-") and line[-2:-1].isalpha():  # a hyphen is kept: "cross-" + "border" may be one word
        return line + nxt
    return f"{line} {nxt}"
