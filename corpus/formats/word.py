"""A Word document's paragraphs (python-docx), in document order, tables included, with the list markers Word shows."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from corpus.formats import Unreadable
from corpus.markers import starts_with_marker, to_roman

_BULLET = "-"
_FORMATS = {"decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman"}


def docx_text(path: Path) -> str:
    """The paragraphs of a .docx, one a line, each numbered or bulleted one opening with the marker Word shows."""
    data = Path(path).read_bytes()  # a missing file is an OSError, as for any source file
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = _Numbering(document)
        lines = []
        for paragraph in _paragraphs(document.element.body, document):
            text = " ".join(paragraph.text.split())
            marker = numbering.marker(paragraph) if text else None
            if text:
                lines.append(f"{marker} {text}" if marker and not starts_with_marker(text) else text)
    except Exception as exc:  # a broken zip, a missing part or malformed XML surface as many kinds of error
        raise Unreadable(f"not a readable DOCX ({type(exc).__name__}: {exc})") from None
    return "\n".join(lines)


def _paragraphs(element, document):
    """Paragraphs under a body or table cell in document order: inside tables and content controls too."""
    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                for cell in row.iterchildren(qn("w:tc")):
                    yield from _paragraphs(cell, document)
        elif child.tag == qn("w:sdt") and (content := child.find(qn("w:sdtContent"))) is not None:
            yield from _paragraphs(content, document)


def _val(element, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return None if found is None else found.get(qn("w:val"))


class _Numbering:
    """The list levels of the numbering part, and the counters that number paragraphs as Word does."""

    def __init__(self, document):
        try:
            root = document.part.numbering_part.element
        except NotImplementedError:  # python-docx raises it for the part a document without lists lacks
            root = None
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstractNumId -> level -> (numFmt, lvlText, start)
        self.nums: dict[str, tuple[str | None, dict[int, int]]] = {}  # numId -> (abstractNumId, level -> restart value)
        for abstract in root.iterchildren(qn("w:abstractNum")) if root is not None else ():
            self.levels[abstract.get(qn("w:abstractNumId"))] = {
                int(lvl.get(qn("w:ilvl"), 0)): (
                    _val(lvl, qn("w:numFmt")) or "decimal",
                    _val(lvl, qn("w:lvlText")) or "",
                    int(_val(lvl, qn("w:start")) or 1),
                )
                for lvl in abstract.iterchildren(qn("w:lvl"))
            }
        for num in root.iterchildren(qn("w:num")) if root is not None else ():
            restarts = {
                int(o.get(qn("w:ilvl"), 0)): int(v)
                for o in num.iterchildren(qn("w:lvlOverride"))
                if (v := _val(o, qn("w:startOverride")))
            }
            self.nums[num.get(qn("w:numId"))] = (_val(num, qn("w:abstractNumId")), restarts)
        self.counters: dict[str, dict[int, int]] = {}  # by abstractNumId: lists sharing a definition count on
        self.seen: set[str] = set()

    def marker(self, paragraph: Paragraph) -> str | None:
        """The marker Word prints before this paragraph ("1.", "a)", "-"), or None."""
        num_id, level = _num_pr(paragraph)
        if num_id is None:
            style = paragraph.style.name if paragraph.style is not None else ""
            return _BULLET if style.startswith(("List Bullet", "List Number")) else None
        abstract, restarts = self.nums.get(num_id, (None, {}))
        levels = self.levels.get(abstract or "", {})
        if num_id == "0" or levels.get(level, ("",))[0] == "none":  # numbering switched off
            return None
        if level not in levels or levels[level][0] not in _FORMATS:
            return _BULLET  # a bullet, or a numbering format whose text cannot be computed here
        counts = self.counters.setdefault(abstract, {})
        if num_id not in self.seen:  # a list that restarts is a new w:num with start overrides
            self.seen.add(num_id)
            counts.update({lvl: start - 1 for lvl, start in restarts.items()})
        for deeper in [lvl for lvl in counts if lvl > level]:
            del counts[deeper]
        counts[level] = counts.get(level, levels[level][2] - 1) + 1
        text = levels[level][1]
        for lvl, (fmt, _, start) in levels.items():
            text = text.replace(f"%{lvl + 1}", _formatted(counts.get(lvl, start), fmt))
        return text.strip() or None


def _num_pr(paragraph: Paragraph) -> tuple[str | None, int]:
    """numId and level of a paragraph's list: its own w:numPr, else its style's (or a base style's)."""
    num_id = _val(paragraph._p, f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    ilvl = _val(paragraph._p, f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}")
    style = paragraph.style
    while num_id is None and style is not None:
        num_id = _val(style.element, f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        ilvl = ilvl or _val(style.element, f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}")
        style = style.base_style
    return num_id, int(ilvl or 0)


def _formatted(value: int, fmt: str) -> str:
    """A list counter as Word prints it in a numbering format."""
    if fmt in ("lowerLetter", "upperLetter"):
        text = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)  # Word: ... y, z, aa, bb
        return text.upper() if fmt == "upperLetter" else text
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 400:
        return to_roman(value).upper() if fmt == "upperRoman" else to_roman(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
