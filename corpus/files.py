"""Read a source file (.txt, .md, .html) into the text that spans refer to."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html", ".htm")
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "blockquote",
    "figcaption",
    "table",
    "ul",
    "ol",
}
_SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "template"}


class ParseError(Exception):
    """A source file that cannot be read, with the file and line to look at."""

    def __init__(self, file: str, line: int | None, message: str):
        super().__init__(f"{file}:{line}: {message}" if line else f"{file}: {message}")
        self.file, self.line, self.message = file, line, message


def source_files(folder: Path) -> list[Path]:
    """The files of a corpus folder that ingest reads, in name order."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def read_text(path: Path) -> str:
    """Decoded text of a source file; HTML is reduced to its visible text, one block a line."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError(Path(path).name, line, f"not UTF-8 text (byte {exc.start})") from None
    if "\x00" in text:
        raise ParseError(Path(path).name, text[: text.index("\x00")].count("\n") + 1, "binary data (NUL byte)")
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm"):
        return html_text(text)
    if suffix == ".md":
        return unwrap_markdown(text)
    return text


def unwrap_markdown(text: str) -> str:
    """Join hard-wrapped lines of a paragraph (newline to space, so offsets stay put)."""
    opener = re.compile(r"^\s*(?:#|[-*+]\s|\(?\w{1,4}[.)]\s|\[\d+\]|>|\|)")
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        joins = line.strip() and nxt.strip() and not opener.match(nxt) and not line.lstrip().startswith("#")
        out.append(line + (" " if joins else "\n"))
    return "".join(out)[:-1] if out else text


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_text(markup: str) -> str:
    """Visible text of an HTML page, without scripts, styles and navigation."""
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
