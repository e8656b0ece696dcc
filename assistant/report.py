"""Plain-text renderings for the terminal (pure functions)."""

from __future__ import annotations

from collections import Counter

from assistant.records import Clause, Document


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
    lines.append(f"Warnings ({len(notices)}):" if notices else "Warnings: none")
    lines += [f"  {n}" for n in notices]
    if errors:
        lines.append(f"Errors ({len(errors)}), these files were not ingested:")
        lines += [f"  {e}" for e in errors]
    return "\n".join(lines)


def clause_line(clause: Clause) -> str:
    """One clause as a line: id, first deadline, actors, the start of its text."""
    due = clause.deadlines[0].due.isoformat() if clause.deadlines and clause.deadlines[0].due else "-"
    text = next(iter(clause.texts.values()), "").replace("\n", " ")
    indent = "  " * (len(clause.path) - 1)
    actors = "; ".join(clause.actors) or "-"
    return f"{indent}{clause.id:<28} due {due:<10}  [{actors}]  {text[:90]}"
