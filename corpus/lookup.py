"""Pick clauses by document, actor and deadline."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from corpus.records import Clause, Document


def find_document(reference: str, documents: Iterable[Document]) -> Document | None:
    """The document a person means: "183", "183-KL/TW", "Kết luận 183", "۱۸۳"."""
    documents = list(documents)
    wanted = reference.strip().casefold()
    for document in documents:
        if document.id.casefold() == wanted:
            return document
    digits = re.findall(r"\d+", reference)
    numbers = {int(d) for d in digits}
    matches = [d for d in documents if (n := re.match(r"\d+", d.id)) and int(n[0]) in numbers]
    return matches[0] if len(matches) == 1 else None


def select(
    clauses: Iterable[Clause],
    document: str | None = None,
    actor: str | None = None,
    due_before: date | None = None,
) -> list[Clause]:
    """Clauses of a document, giving a task to an actor (canonical name), due on or before a date."""
    out = []
    for clause in clauses:
        if document and clause.document != document:
            continue
        if actor and actor not in clause.actors:
            continue
        if due_before and not any(d.due and d.due <= due_before for d in clause.deadlines):
            continue
        out.append(clause)
    return out
