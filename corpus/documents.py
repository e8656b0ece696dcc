"""Group parsed files into Documents and build their Clause records.

Every file is a source of its Conclusion: the Conclusion's own numbered text
(original or translation) or a press report about it. Versions of the text with
the same structure become one clause tree aligned by path, and each clause keeps
every language's verbatim text; any other source (a press report, a second copy in
one language, a text numbered otherwise) keeps a clause tree of its own, with ids
and labels of its own, so no source borrows another's labels or links. Deadlines stated once for a group
("all these tasks ... before ...") reach every task of the group, deadlines of
a lead-in ("... by the first week of October:") reach its items, and items
that name nobody inherit who must act from their lead-in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from corpus import cues
from corpus.actors import Gazetteer, is_praise, tasked
from corpus.deadlines import find_deadlines
from corpus.manifest import Entry, Manifest
from corpus.markers import leading_marker
from corpus.parse import ParsedFile
from corpus.records import Clause, Deadline, Document, Footnote, Notice, Source, Span
from corpus.structure import label
from corpus.versions import site_of, source_key, source_kind, versions_of


@dataclass
class _Draft:
    path: tuple[str, ...]
    kind: str
    texts: dict[str, str] = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)
    footnotes: dict[str, tuple[Footnote, ...]] = field(default_factory=dict)
    deadlines: list[Deadline] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)
    directing: list[str] = field(default_factory=list)
    praise: bool = False

    @property
    def lead_in(self) -> bool:
        return any(text.rstrip().endswith(":") for text in self.texts.values())


def group_files(parsed: list[ParsedFile], manifest: Manifest) -> tuple[dict[str, list[ParsedFile]], list[Notice]]:
    """Which files make up which document: the manifest where it says, else the printed number."""
    listed = manifest.document_of
    groups: dict[str, list[ParsedFile]] = {}
    notices = []
    for pf in parsed:
        doc_id = listed.get(pf.name)
        if doc_id and pf.number and pf.number != doc_id:
            notices.append(Notice(pf.name, None, f"the text names {pf.number}, the manifest {doc_id}; the manifest wins"))
        doc_id = doc_id or pf.number
        if doc_id is None:
            doc_id = Path(pf.name).stem
            notices.append(Notice(pf.name, None, f"no Conclusion number in the text or the manifest; filed as {doc_id}"))
        groups.setdefault(doc_id, []).append(pf)
    present = {pf.name for pf in parsed}
    for name, doc_id in listed.items():
        if name not in present:
            notices.append(Notice(name, None, f"listed in the manifest for {doc_id} but not ingested"))
    return groups, notices


def assemble(
    doc_id: str, files: list[ParsedFile], entry: Entry | None, gazetteer: Gazetteer
) -> tuple[Document, list[Clause], list[Notice]]:
    """One Document and its clauses from the files that carry it."""
    files = sorted(files, key=lambda f: (source_kind(f) != "text", f.name))
    notices: list[Notice] = []
    versions, own = versions_of(files, notices)
    document = _document(doc_id, versions + own, entry or Entry(doc_id), notices)
    clauses = _tree(doc_id, versions, (), document, gazetteer, notices)
    for pf in own:
        clauses += _tree(doc_id, [pf], (source_key(pf.name),), document, gazetteer, notices)
    return document, clauses, notices


def _tree(doc_id: str, files: list[ParsedFile], prefix: tuple[str, ...], document, gazetteer, notices) -> list[Clause]:
    """The clauses of one source (or of aligned versions of one text), ids under `prefix`."""
    order = [prefix + path for path in _aligned_order(files, notices)]
    drafts = {path: _draft(path, files, len(prefix)) for path in order}
    for draft in drafts.values():
        _enrich(draft, files, document, gazetteer)
    _spread_group_deadlines(doc_id, order, drafts)
    _inherit_from_lead_ins(doc_id, order, drafts)
    _spread_closing_deadline(doc_id, order, drafts)
    site = site_of(document.source_of(files[0].name)) if prefix else None
    clauses = [_clause(doc_id, drafts[path], drafts, site) for path in order]
    notices += [_unknown_body(c) for c in clauses if _gives_task(c) and not c.actors and not drafts[c.path].praise]
    return clauses


def _gives_task(clause: Clause) -> bool:
    """A clause that hands out work: it states a deadline of its own or uses a task-giving verb."""
    if clause.kind == "preamble":
        return False
    own_deadline = any(not d.stated_in for d in clause.deadlines)
    return own_deadline or any(cues.says("directive", lang, text) for lang, text in clause.texts.items())


def _unknown_body(clause: Clause) -> Notice:
    """Say which task clause names no body the gazetteer knows, with the words that stand where one would."""
    lang, text = next(iter(clause.texts.items()))
    marker = leading_marker(text)
    words = " ".join(text[marker.length if marker else 0 :].split()[:6])
    return Notice(
        clause.spans[lang].file,
        None,
        f"{clause.label} gives a task but names no known body (it opens {words!r}): add the body to gazetteer.yaml",
    )


def clause_id(doc_id: str, path: tuple[str, ...]) -> str:
    """Stable clause id: "183-KL/TW:3.p3.1.ii"."""
    return f"{doc_id}:{'.'.join(path)}"


def _document(doc_id: str, files: list[ParsedFile], entry: Entry, notices: list[Notice]) -> Document:
    found = [(pf.name, pf.date) for pf in files if pf.date]
    when = entry.date or (found[0][1] if found else None)
    for name, day in found:
        if day != when:
            notices.append(Notice(name, None, f"the text dates this document {day}, ingest uses {when}"))
    urls = tuple(dict.fromkeys(url for pf in files for url in pf.source_urls))
    title = entry.title or next((pf.title for pf in files if pf.title), None) or f"Conclusion {doc_id}"
    sources = tuple(Source(pf.name, pf.language, next(iter(pf.source_urls), None), source_kind(pf)) for pf in files)
    languages = tuple(dict.fromkeys(pf.language for pf in files))
    return Document(doc_id, title, when, languages, urls, tuple(pf.name for pf in files), sources)


def _aligned_order(files: list[ParsedFile], notices: list[Notice]) -> list[tuple[str, ...]]:
    """Union of the files' paths in reading order; where translations differ, say where."""
    order = [n.path for n in files[0].tree.nodes]
    for pf in files[1:]:
        previous = None
        for node in pf.tree.nodes:
            if node.path not in order:
                order.insert(order.index(previous) + 1 if previous else 0, node.path)
            previous = node.path
    for pf in files:
        for path in order:
            if path not in pf.nodes:
                others = ", ".join(f.language for f in files if path in f.nodes)
                notices.append(
                    Notice(pf.name, None, f"{label(path)} is in the {others} text but not in this one ({pf.language})")
                )
    _compare_numbers(files, order, notices)
    return order


def _compare_numbers(files: list[ParsedFile], order, notices: list[Notice]) -> None:
    """Aligned translations state the same numbers; a mismatch suggests misaligned clauses."""
    if len(files) < 2:
        return
    for path in order:
        seen = {}
        for pf in files:
            node = pf.nodes.get(path)
            if node:
                # numbers up to ten are often spelled out in one translation and not the other
                seen[pf] = {int(d) for d in re.findall(r"\d+", pf.node_text(node)) if int(d) > 10}
        if len(seen) > 1 and len({frozenset(v) for v in seen.values()}) > 1:
            a, b = list(seen.items())[:2]
            if a[1] ^ b[1] and not (a[1] & b[1] and len(a[1] ^ b[1]) <= 2):
                notices.append(
                    Notice(b[0].name, None, f"{label(path)}: numbers differ from {a[0].name} ({sorted(a[1])} vs {sorted(b[1])})")
                )


def _draft(path: tuple[str, ...], files: list[ParsedFile], skip: int = 0) -> _Draft:
    kind = None
    draft = _Draft(path, "")
    for pf in files:
        node = pf.nodes.get(path[skip:])
        if node is None:
            continue
        kind = kind or node.kind
        text = pf.node_text(node)
        draft.texts[pf.language] = text
        draft.spans[pf.language] = Span(pf.name, node.start, node.end)
        notes = tuple(
            Footnote(note.marker, pf.text[note.start : note.end], Span(pf.name, note.start, note.end))
            for note in pf.tree.footnotes
            if note.marker in text
        )
        if notes:
            draft.footnotes[pf.language] = notes
    draft.kind = kind or "paragraph"
    return draft


def _enrich(draft: _Draft, files: list[ParsedFile], document: Document, gazetteer: Gazetteer) -> None:
    """Deadlines and actors from every language's text (the preamble gives no tasks)."""
    if draft.kind == "preamble":
        return
    for pf in files:
        text = draft.texts.get(pf.language)
        if text is None:
            continue
        for deadline in find_deadlines(text, pf.language, document.date):
            _add_deadline(draft.deadlines, deadline)
        read = tasked(text, pf.language, gazetteer)
        draft.actors += [a for a in read.actors if a not in draft.actors]
        draft.supporting += [a for a in read.supporting if a not in draft.supporting]
        draft.mentions += [m for m in read.named if m not in draft.mentions]
        # thanks that name bodies ("praises the Ministry of Home Affairs") hand out no task
        draft.praise = draft.praise or bool((read.actors or read.named) and is_praise(text, pf.language))
    draft.supporting = [m for m in draft.supporting if m not in draft.actors]
    draft.mentions = [m for m in draft.mentions if m not in draft.actors and m not in draft.supporting]


def _add_deadline(deadlines: list[Deadline], new: Deadline) -> None:
    key = (new.due, new.granularity, new.recurring)
    if all((d.due, d.granularity, d.recurring) != key for d in deadlines):
        deadlines.append(new)


def _spread_group_deadlines(doc_id: str, order, drafts: dict) -> None:
    """ "All these tasks must be completed before X": X reaches every task before it in the group
    that states no deadline of its own; stated where its group has no task before it (the opening
    line of an "Implementation" section), the tasks before it are those of the whole document."""
    for index, path in enumerate(order):
        for deadline in [d for d in drafts[path].deadlines if d.group and not d.stated_in]:
            root = path if drafts[path].kind in ("section", "preamble") or len(path) == 1 else path[:-1]
            opening = drafts[path].kind == "paragraph" and root != path
            if opening and not any(drafts[o].actors for o in order[:index] if o[: len(root)] == root and o != root):
                root = ()
            for other in order[:index]:
                own = [d for d in drafts[other].deadlines if not d.stated_in]
                if other[: len(root)] == root and drafts[other].kind != "preamble" and not own:
                    _add_deadline(drafts[other].deadlines, replace(deadline, stated_in=clause_id(doc_id, path)))


def _spread_closing_deadline(doc_id: str, order, drafts: dict) -> None:
    """A closing paragraph "all the tasks above must be completed before X" sets the deadline of
    every task of the document that states none of its own."""
    if not order or drafts[order[-1]].kind != "paragraph":
        return
    closing = next((d for d in drafts[order[-1]].deadlines if d.group and not d.stated_in), None)
    if closing is None:
        return
    stated = replace(closing, stated_in=clause_id(doc_id, order[-1]))
    for path in order[:-1]:
        draft = drafts[path]
        if draft.actors and not draft.deadlines and draft.kind != "preamble":
            draft.deadlines.append(stated)


def _inherit_from_lead_ins(doc_id: str, order, drafts: dict) -> None:
    """Items take the deadlines of the lead-in they hang under if they state none of their own, and
    its actors if they name none. Items naming bodies of their own under a lead-in giving others a
    task ("The Government Party Committee shall lead and direct: - the Ministry of Finance to ...")
    are carried out by their bodies and directed by the lead-in's."""
    for path in order:
        draft, parent = drafts[path], drafts.get(path[:-1])
        if parent is None or draft.kind == "preamble":
            continue
        parent_id = clause_id(doc_id, parent.path)
        if parent.lead_in and not [d for d in draft.deadlines if not d.stated_in]:
            for deadline in parent.deadlines:
                _add_deadline(draft.deadlines, replace(deadline, stated_in=deadline.stated_in or parent_id))
        if not draft.actors and not draft.praise and (draft.kind == "item" or parent.kind == "section"):
            draft.actors = list(parent.actors)
            draft.supporting = [b for b in parent.supporting if b not in draft.actors]
            draft.directing = list(parent.directing)
        elif draft.actors and draft.kind == "item" and parent.lead_in and not parent.praise:
            own = draft.actors + draft.supporting
            draft.directing = [b for b in parent.directing + parent.actors if b not in own]
        draft.mentions = [m for m in draft.mentions if m not in draft.actors + draft.supporting + draft.directing]


def _clause(doc_id: str, draft: _Draft, drafts: dict, site: str | None = None) -> Clause:
    parent = drafts.get(draft.path[:-1])
    return Clause(
        id=clause_id(doc_id, draft.path),
        document=doc_id,
        path=draft.path,
        label=f"{site}: {label(draft.path[1:])}" if site else label(draft.path),
        kind=draft.kind,
        parent=clause_id(doc_id, parent.path) if parent else None,
        texts=draft.texts,
        spans=draft.spans,
        lead_in=dict(parent.texts) if parent else {},
        deadlines=tuple(sorted(draft.deadlines, key=lambda d: (d.due is None, d.due, d.phrase))),
        actors=tuple(draft.actors),
        mentions=tuple(draft.mentions),
        supporting=tuple(draft.supporting),
        directing=tuple(draft.directing),
        footnotes=draft.footnotes,
    )
