"""The public JSON shapes, in one place: what `assistant clauses|search|ask --json` print and what
the web API answers. Other tools read these; they stay stable. Each model is made from a record
by its `of`, and dumped with `dump` (optional fields appear only when set)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from assistant.records import Answer, Citation
from corpus.records import Clause, Deadline, Document, Footnote, Source, Span
from retrieval.records import Hit


def dump(model: BaseModel) -> dict:
    """A shape as JSON-ready data, leaving out the optional fields that were not set."""
    return model.model_dump(mode="json", exclude_unset=True)


def public(data):
    """Dumped data without the names of the server's files (`file`, `files`): the web API's shape.
    Where a text came from is its source link; the file it was read from is the operator's."""
    if isinstance(data, dict):
        return {k: public(v) for k, v in data.items() if k not in ("file", "files")}
    if isinstance(data, list):
        return [public(v) for v in data]
    return data


class SpanOut(BaseModel):
    file: str | None = None  # not in the web API
    start: int
    end: int

    @classmethod
    def of(cls, span: Span) -> SpanOut:
        return cls(file=span.file, start=span.start, end=span.end)


class FootnoteOut(BaseModel):
    marker: str
    text: str
    span: SpanOut

    @classmethod
    def of(cls, note: Footnote) -> FootnoteOut:
        return cls(marker=note.marker, text=note.text, span=SpanOut.of(note.span))


class DeadlineOut(BaseModel):
    """due (the last day it covers), granularity, the verbatim phrase; recurring (RFC 5545), group
    and stated_in only where set."""

    due: date | None
    granularity: str
    phrase: str
    recurring: str | None = None
    group: bool | None = None
    stated_in: str | None = None

    @classmethod
    def of(cls, d: Deadline) -> DeadlineOut:
        optional = {"recurring": d.recurring, "group": d.group or None, "stated_in": d.stated_in}
        return cls(due=d.due, granularity=d.granularity, phrase=d.phrase, **{k: v for k, v in optional.items() if v})


class ClauseOut(BaseModel):
    """A clause: its verbatim text per language, where it sits, its deadlines and bodies."""

    id: str
    document: str
    label: str
    path: list[str]
    kind: str
    parent: str | None
    texts: dict[str, str]
    lead_in: dict[str, str]
    deadlines: list[DeadlineOut]
    actors: list[str]
    supporting: list[str]
    directing: list[str]
    mentions: list[str]
    footnotes: dict[str, list[FootnoteOut]]
    spans: dict[str, SpanOut]

    @classmethod
    def fields_of(cls, c: Clause) -> dict:
        return dict(
            id=c.id,
            document=c.document,
            label=c.label,
            path=list(c.path),
            kind=c.kind,
            parent=c.parent,
            texts=c.texts,
            lead_in=c.lead_in,
            deadlines=[DeadlineOut.of(d) for d in c.deadlines],
            actors=list(c.actors),
            supporting=list(c.supporting),
            directing=list(c.directing),
            mentions=list(c.mentions),
            footnotes={lang: [FootnoteOut.of(f) for f in notes] for lang, notes in c.footnotes.items()},
            spans={lang: SpanOut.of(s) for lang, s in c.spans.items()},
        )

    @classmethod
    def of(cls, clause: Clause) -> ClauseOut:
        return cls(**cls.fields_of(clause))


class SourcedClauseOut(ClauseOut):
    """A clause with the link to its source (the web API's clause route)."""

    source_url: str | None

    @classmethod
    def of_sourced(cls, clause: Clause, source_url: str | None) -> SourcedClauseOut:
        return cls(**cls.fields_of(clause), source_url=source_url)


class HitOut(ClauseOut):
    """A search hit: the clause and the evidence for its rank."""

    score: float
    similarity: float | None
    bm25: float | None
    in_window: bool | None

    @classmethod
    def of_hit(cls, hit: Hit) -> HitOut:
        return cls(
            **cls.fields_of(hit.clause),
            score=round(hit.score, 6),
            similarity=hit.similarity,
            bm25=hit.lexical,
            in_window=hit.in_window,
        )


class SourceOut(BaseModel):
    """One file a Conclusion was read from: its language, link, and kind ("text" or "press report")."""

    file: str | None = None  # not in the web API
    language: str
    url: str | None
    kind: str

    @classmethod
    def of(cls, source: Source) -> SourceOut:
        return cls(file=source.file, language=source.language, url=source.url, kind=source.kind)


class DocumentOut(BaseModel):
    """A Conclusion: id, title, date, languages, source links, files, its sources, and how many
    clauses it has."""

    id: str
    title: str
    date: date | None
    languages: list[str]
    source_urls: list[str]
    files: list[str] | None = None  # not in the web API
    sources: list[SourceOut]
    clauses: int

    @classmethod
    def of(cls, d: Document, clauses: int) -> DocumentOut:
        return cls(
            id=d.id,
            title=d.title,
            date=d.date,
            languages=list(d.languages),
            source_urls=list(d.source_urls),
            files=list(d.files),
            sources=[SourceOut.of(source) for source in d.sources],
            clauses=clauses,
        )


class CitationOut(BaseModel):
    """A cited clause: marker, id, label, the quoted text and its language, source link, deadlines."""

    marker: int
    id: str
    document: str
    clause: str
    text: str
    language: str
    source_url: str | None
    deadlines: list[DeadlineOut]

    @classmethod
    def of(cls, c: Citation) -> CitationOut:
        return cls(
            marker=c.marker,
            id=c.clause.id,
            document=c.clause.document,
            clause=c.clause.label,
            text=c.text,
            language=c.language,
            source_url=c.source_url,
            deadlines=[DeadlineOut.of(d) for d in c.clause.deadlines],
        )


class AnswerOut(BaseModel):
    """An answer: its text, whether the assistant abstained, its language, how it was made, its
    citations; `checks` when verification dropped something; `answer_id` where it was kept."""

    question: str
    answer: str
    abstained: bool
    language: str
    mode: str
    citations: list[CitationOut]
    checks: list[str] | None = None
    answer_id: str | None = None

    @classmethod
    def of(cls, a: Answer, answer_id: str | None = None) -> AnswerOut:
        optional = {"checks": list(a.checks) or None, "answer_id": answer_id}
        return cls(
            question=a.question,
            answer=a.text,
            abstained=a.abstained,
            language=a.language,
            mode=a.mode,
            citations=[CitationOut.of(c) for c in a.citations],
            **{k: v for k, v in optional.items() if v},
        )
