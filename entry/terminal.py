"""Plain-text renderings for the terminal (pure functions)."""

from __future__ import annotations

import sys
from collections import Counter

from tqdm import tqdm

from corpus.records import Clause, Document


def ingest_summary(documents: tuple[Document, ...], clauses: tuple[Clause, ...], notices, errors, target) -> str:
    """What an ingest built, per document, with its warnings and errors."""
    per_doc = Counter(c.document for c in clauses)
    deadlines = sum(1 for c in clauses for d in c.deadlines if not d.stated_in)
    actors = {a for c in clauses for a in c.actors}
    lines = [
        f"Ingested {len(documents)} documents, {len(clauses)} clauses, {deadlines} stated deadlines "
        f"({sum(len(c.deadlines) for c in clauses)} with inherited ones), {len(actors)} actors -> {target}",
    ]
    for d in documents:
        when = d.date.isoformat() if d.date else "undated"
        lines.append(f"  {d.id:<12} {when}  {', '.join(d.languages):<7} {per_doc[d.id]:>3} clauses  {', '.join(d.files)}")
        if len(d.sources) > 1 or any(s.kind != "text" for s in d.sources):
            lines += [f"      {s.kind:<13} {s.language}  {s.file}  {s.url or 'no link'}" for s in d.sources]
    lines.append(f"Warnings ({len(notices)}):" if notices else "Warnings: none")
    lines += [f"  {n}" for n in notices]
    if errors:
        lines.append(f"Errors ({len(errors)}), these files were not ingested:")
        lines += [f"  {e}" for e in errors]
    return "\n".join(lines)


def _first_due(clause: Clause) -> str:
    return clause.deadlines[0].due.isoformat() if clause.deadlines and clause.deadlines[0].due else "-"


def clause_line(clause: Clause) -> str:
    """One clause as a line: id, first deadline, actors, the start of its text."""
    due = _first_due(clause)
    text = next(iter(clause.texts.values()), "").replace("\n", " ")
    indent = "  " * (len(clause.path) - 1)
    actors = "; ".join(clause.actors) or "-"
    return f"{indent}{clause.id:<28} due {due:<10}  [{actors}]  {text[:90]}"


def index_summary(info) -> str:
    """What indexing cost: texts embedded now and vectors reused."""
    return f"Index {info.collection} ({info.model}): {info.records} texts, {info.embedded} embedded now, {info.reused} reused"


def search_text(result) -> str:
    """Hits best first: label, document, score, deadline and the clause's first line."""
    if result.abstained:
        return f"No clause in the corpus answers this ({result.reason})."
    lines = []
    for hit in result.hits:
        c = hit.clause
        due = _first_due(c)
        text = next(iter(c.texts.values()), "").splitlines()[0]
        lines.append(f"{c.document} {c.label:<12} score {hit.score:.4f}  due {due:<10}  {text[:100]}")
    return "\n".join(lines)


def answer_text(answer) -> str:
    """An answer for the terminal: the text, then each citation's source."""
    lines = [answer.text]
    for c in answer.citations:
        lines.append(f"  [{c.marker}] {c.clause.document} {c.clause.label}  {c.source_url or ''}")
    return "\n".join(lines)


def progress(desc: str, unit: str):
    """A progress bar on stderr around an iterable."""
    return lambda items: tqdm(items, desc=desc, unit=unit, file=sys.stderr)
