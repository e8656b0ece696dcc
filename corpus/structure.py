"""Turn the body lines of a Conclusion into a tree of clauses with paths and labels.

Paths and labels:
- numbered sections "3." are ("3",) / "§3"; the paragraphs after a section's
  first one are ("3", "p2") / "§3¶2";
- items hang under the paragraph that introduces them: ("3", "1", "ii") /
  "§3(1)(ii)" under the section's first paragraph, ("2", "p2", "1") / "§2¶2(1)"
  under a later one;
- Roman-numeral sections "II." are ("II",) / "§II", and the "1." under them
  items: ("II", "1", "a") / "§II(1)(a)";
- bullets ("-", "+", "•", ...) are items numbered in their list: ("3", "a", "b2")
  / "§3(a)-2"; a bullet of another character under one is a nested list;
- body text before the first section is the preamble: ("pre",) / "Preamble",
  ("pre", "p2") / "Preamble ¶2";
- in a document without numbered sections, paragraphs after the preamble are
  ("p1",) / "¶1", ... A numbered run "1. 2. 3." that follows unnumbered
  paragraphs, runs without a paragraph between its items and is followed by more
  unnumbered paragraphs is a list under the paragraph introducing it, not the
  document's sections: ("p8", "1") / "¶8(1)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.clean import Line
from corpus.markers import INLINE, Marker, follows, inline_marker, leading_marker

FIRST_VALUE = 1


@dataclass(frozen=True)
class Node:
    """A clause before enrichment: where it is in the tree and where its text sits."""

    path: tuple[str, ...]
    kind: str  # "preamble" | "section" | "paragraph" | "item"
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class NoteText:
    """A footnote's own text: "[1] ..." at the end of a document."""

    marker: str
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Tree:
    """Everything the structure pass found in one file."""

    nodes: tuple[Node, ...]
    footnotes: tuple[NoteText, ...]
    notices: tuple[tuple[int, str], ...]  # (line number, message)


def label(path: tuple[str, ...]) -> str:
    """Human label for a path: ("3", "p3", "1", "ii") -> "§3¶3(1)(ii)"."""
    out = ""
    for i, part in enumerate(path):
        if part == "pre":
            out += "Preamble"
        elif re.fullmatch(r"p\d+", part):
            out += (" ¶" if out == "Preamble" else "¶") + part[1:]
        elif re.fullmatch(r"b\d+", part):
            out += "-" + part[1:]
        elif i == 0:
            out += "§" + part
        else:
            out += f"({part})"
    return out


def parent_path(path: tuple[str, ...]) -> tuple[str, ...] | None:
    """The path a clause hangs under; a section's later paragraphs hang under the section."""
    return path[:-1] or None


@dataclass
class _State:
    sections: bool  # the document has sections
    top: str = "section"  # the marker kind of its sections: "section" ("3.") or "roman-section" ("II.")
    last_section: int = 0
    section: tuple[str, ...] | None = None
    container: tuple[str, ...] = ("pre",)
    has_preamble: bool = False
    paragraphs: dict[tuple[str, ...], int] = field(default_factory=dict)
    doc_paragraphs: int = 0
    stack: list[tuple[str, int, tuple[str, ...]]] = field(default_factory=list)
    interrupted: tuple = ((), [])  # the container and list stack a paragraph broke into
    seen: set[tuple[str, ...]] = field(default_factory=set)
    cited: set[str] = field(default_factory=set)

    def expected(self, kind: str) -> int | None:
        for k, value, _ in self.stack:
            if k == kind:
                return value + 1
        return None

    def alpha_next(self) -> int | None:
        return self.expected("alpha")


def build(lines: tuple[Line, ...] | list[Line]) -> Tree:
    """Build the clause tree of one document from its body lines."""
    roman = any((m := leading_marker(line.text)) and m.kind == "roman-section" for line in lines)
    state = _State(sections=True, top="roman-section") if roman else _State(sections=_numbered_sections(lines))
    nodes: list[Node] = []
    notes: list[NoteText] = []
    notices: list[tuple[int, str]] = []
    for line in lines:
        text = line.text
        marker = _accept_leading(leading_marker(text, state.alpha_next()), state, line.number, notices)
        start = 0
        while True:
            footnote = bool(marker and marker.kind == "footnote" and f"[{marker.value}]" in state.cited)
            if not footnote:
                path, kind = _place(marker, state, line.number, notices)
            body_from = start + (marker.length if marker else 0)
            cut = None if footnote else _next_marker(text, body_from, state)
            end = cut[0] if cut else len(text)
            end = start + len(text[start:end].rstrip())
            span = (line.start + start, line.start + end)
            if footnote:
                notes.append(NoteText(f"[{marker.value}]", *span, line.number))
            else:
                nodes.append(Node(path, kind, *span, line.number))
                state.cited.update(re.findall(r"\[\d{1,3}\]", text[start:end]))
            if not cut:
                break
            start, marker = cut
    return Tree(tuple(nodes), tuple(notes), tuple(notices))


def _numbered_sections(lines) -> bool:
    """Decide whether "N." markers at line starts are sections or one list (see module doc)."""
    marks = [i for i, line in enumerate(lines) if (m := leading_marker(line.text)) and m.kind == "section"]
    if not marks:
        return False
    plain = [i for i, line in enumerate(lines) if leading_marker(line.text) is None]
    between = any(marks[0] < i < marks[-1] for i in plain)
    after = any(i > marks[-1] for i in plain)
    intro = marks[0] - 1
    introduced = intro >= 1 and lines[intro].text.rstrip().endswith(":")
    # a numbered heading ("4. Organisation of implementation") opens a section, never a list item
    headed = any(_heading(lines[i].text) for i in marks)
    return between or not after or not introduced or headed


def _heading(text: str) -> bool:
    words = text.split()
    return len(words) <= 8 and text.rstrip()[-1] not in ".:;!?…؛"


def _accept_leading(marker: Marker | None, state: _State, line: int, notices) -> Marker | None:
    """Keep a paragraph's opening marker if it fits the numbering so far."""
    if marker is None or marker.kind == "footnote":
        return marker
    if marker.kind.startswith("bullet"):
        return Marker(marker.kind, state.expected(marker.kind) or FIRST_VALUE, marker.length)
    if marker.kind in ("section", "roman-section") and marker.kind != state.top:
        if marker.kind == "roman-section":
            return None  # "I." in a text numbered "1., 2." is a word, not a section
        marker = Marker("dot", marker.value, marker.length)
    if marker.kind == state.top:
        if not state.sections:
            marker = Marker("dot", marker.value, marker.length)
        else:
            last = state.last_section
            if marker.value == last + 1:
                return marker
            if last < marker.value <= last + 3:
                notices.append((line, f"numbering jumps from {last} to {marker.value}"))
                return marker
            notices.append((line, f'"{marker.value}." after section {last} is read as text'))
            return None
    if marker.value != FIRST_VALUE and not follows(marker, state.expected(marker.kind)):
        notices.append((line, f"item ({marker.key}) is out of sequence"))
    return marker


def _next_marker(text: str, frm: int, state: _State) -> tuple[int, Marker] | None:
    """The next marker inside a paragraph that continues a list or opens one after a colon."""
    for match in INLINE.finditer(text, frm):
        candidate = inline_marker(match["m"], state.alpha_next())
        if candidate is None:
            continue
        if candidate.kind == "section":
            if state.sections and state.top == "section":
                if candidate.value == state.last_section + 1:
                    return match.start("m"), candidate
                continue
            candidate = Marker("dot", candidate.value, candidate.length)
        if follows(candidate, state.expected(candidate.kind)):
            return match.start("m"), candidate
        if candidate.value == FIRST_VALUE and text[frm : match.start()].rstrip().endswith(":"):
            return match.start("m"), candidate
    return None


def _place(marker: Marker | None, state: _State, line: int, notices) -> tuple[tuple[str, ...], str]:
    """Give a unit its path, updating the numbering state."""
    if marker is None or marker.kind == "footnote":
        path, kind = _paragraph(state)
    elif marker.kind == state.top:
        state.last_section = marker.value
        path, kind = (marker.key,), "section"
        state.section = state.container = path
        state.stack = []
    else:
        _resume(marker, state)
        kinds = [k for k, _, _ in state.stack]
        if marker.kind in kinds:
            del state.stack[kinds.index(marker.kind) :]
        parent = state.stack[-1][2] if state.stack else state.container
        path, kind = parent + (marker.key,), "item"
    if path in state.seen:
        notices.append((line, f"{label(path)} appears twice; the second is kept as {label(path)}'"))
        path = path[:-1] + (path[-1] + "'",)
    state.seen.add(path)
    if kind == "item":
        state.stack.append((marker.kind, marker.value, path))
    return path, kind


def _paragraph(state: _State) -> tuple[tuple[str, ...], str]:
    """Path of an unnumbered paragraph: in the current section, the preamble, or the document."""
    state.interrupted = (state.container, state.stack)
    if state.section is not None:
        owner, kind = state.section, "paragraph"
    elif state.sections or not state.has_preamble:
        owner, kind = ("pre",), "preamble"
    else:
        state.doc_paragraphs += 1
        path = (f"p{state.doc_paragraphs}",)
        state.container, state.stack = path, []
        return path, "paragraph"
    if owner == ("pre",) and not state.has_preamble:
        state.has_preamble = True
        path = owner
    else:
        count = state.paragraphs.get(owner, 1) + 1
        state.paragraphs[owner] = count
        path = owner + (f"p{count}",)
    state.container, state.stack = path, []
    return path, kind


def _resume(marker: Marker, state: _State) -> None:
    """An item that continues the list a paragraph broke into ("2.", a note, then "3.") goes back
    to that list instead of hanging under the note."""
    container, stack = state.interrupted
    if marker.value == FIRST_VALUE or any(k == marker.kind for k, _, _ in state.stack):
        return
    for kind, value, _ in stack:
        if kind == marker.kind and follows(marker, value + 1):
            state.container, state.stack = container, list(stack)
            return
