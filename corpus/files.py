"""Read a source file (.txt, .md, .html, .pdf, .docx) into the text that spans refer to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from corpus.formats import Unreadable

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


class ParseError(Exception):
    """A source file that cannot be read, with the file and line to look at."""

    def __init__(self, file: str, line: int | None, message: str):
        super().__init__(f"{file}:{line}: {message}" if line else f"{file}: {message}")
        self.file, self.line, self.message = file, line, message


@dataclass(frozen=True)
class FileLimits:
    """How big one corpus file may be, on disk and as text once read. A Conclusion is 10 000 to
    60 000 characters; the bounds keep a stray file (a dump, a scan, a book) from holding ingest
    for hours or taking the machine's memory, and are settings for a corpus that needs more."""

    max_bytes: int = 20 * 2**20
    max_chars: int = 1_000_000


DEFAULT_LIMITS = FileLimits()


def source_files(folder: Path) -> list[Path]:
    """The files of a corpus folder that ingest reads, in name order."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def read_text(path: Path, limits: FileLimits = DEFAULT_LIMITS) -> str:
    """Text of a source file: HTML reduced to its article, PDF to its text layer, DOCX to its
    paragraphs; ParseError for a file over the limits, before it is read or once its text is."""
    path = Path(path)
    size = path.stat().st_size
    if size > limits.max_bytes:
        limit = _mb(limits.max_bytes)
        raise ParseError(path.name, None, f"{_mb(size)} MB, over the {limit} MB a corpus file may be (ASSISTANT_MAX_FILE_MB)")
    text = _read(path)
    if len(text) > limits.max_chars:
        over = f"{len(text):,} characters of text, over the {limits.max_chars:,} a corpus file may hold"
        raise ParseError(path.name, None, f"{over} (ASSISTANT_MAX_FILE_CHARS)")
    return text


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f}".removesuffix(".0")


def _read(path: Path) -> str:
    # the format readers load their libraries (pypdf, python-docx, BeautifulSoup) only when a file needs them
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            from corpus.formats.pdf import pdf_text

            return pdf_text(path)
        if suffix == ".docx":
            from corpus.formats.word import docx_text

            return docx_text(path)
    except Unreadable as exc:
        raise ParseError(path.name, None, str(exc)) from None
    text = _decoded(path)
    if suffix in (".html", ".htm"):
        from corpus.formats.webpage import html_text

        return html_text(text)
    if suffix == ".md":
        return markdown_text(text)
    return text


def markdown_text(text: str) -> str:
    """Markdown read as the page it renders to (CommonMark with tables): headings, lists (nested
    ones too), tables, link and image text, then read as any web page is."""
    from markdown_it import MarkdownIt

    from corpus.formats.webpage import html_text

    return html_text(MarkdownIt("commonmark").enable("table").render(text))


def _decoded(path: Path) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError(path.name, line, f"not UTF-8 text (byte {exc.start})") from None
    if "\x00" in text:
        raise ParseError(path.name, text[: text.index("\x00")].count("\n") + 1, "binary data (NUL byte)")
    return text
