"""Read a question without any LLM, once, with the question before it: its language, the bodies
it names, the Conclusions it cites and the time window it asks about ("by July 2025", "in August
2025", "next month"). A short follow-up takes what it leaves out from the question before."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from corpus import cues, symbols
from corpus.actors import ISSUERS, Gazetteer
from corpus.deadlines import find_dates, follows_deadline_word, month_number
from corpus.language import detect
from corpus.periods import period_start
from corpus.records import Document
from retrieval.records import Query, Window

SHORT = 7  # words: "And the Ministry of Justice?", "What about August?", "Còn Bộ Tư pháp?"


def understand(
    question: str,
    gazetteer: Gazetteer,
    documents: list[Document],
    today: date,
    languages: tuple[str, ...],
    previous: str | None = None,
    stated: Mapping[date, tuple[str, ...]] | None = None,
) -> Query:
    """Language, actors, cited Conclusions and time window of a question; with `previous`, the
    question of the turn before, a follow-up is read against it; `stated` holds the days the
    corpus states as dates of meetings and documents (see meeting_day)."""
    query = meeting_day(_read(question, gazetteer, documents, today, languages), stated or {})
    if previous is None:
        return query
    if cues.says("which_clause", query.language, question):
        return replace(query, asks_sources=True)
    return carry_forward(query, meeting_day(_read(previous, gazetteer, documents, today, languages), stated or {}))


def _read(question: str, gazetteer: Gazetteer, documents: list[Document], today: date, languages: tuple[str, ...]) -> Query:
    language = detect(question, languages) or "en"
    actors, topics = asked_bodies(question, gazetteer, language)
    known, unknown = cited_documents(question, documents, language)
    monthly = cues.says("each_month", language, question)
    when = cues.says("asks_when", language, question)
    often = cues.says("asks_how_often", language, question)
    window = time_window(question, language, today)
    meeting = not often and cues.says("meeting", language, question)
    if meeting:
        # the bodies of "whose report did the Politburo hear?" reported or met; none is asked to act
        actors, topics = (), actors + topics
    issued = bool(known) and not actors and when and cues.says("issued", language, question)
    return Query(
        question, language, actors, topics, known, unknown, window, monthly, when,
        asks_how_often=often, asks_meeting=meeting, asks_issued=issued,
        asks_replaced=not meeting and cues.says("replaces", language, question),
        asks_list=cues.says("asks_list", language, question), asks_yes_no=asks_yes_no(question, language),
    )  # fmt: skip


def carry_forward(query: Query, previous: Query) -> Query:
    """Fill what a follow-up leaves out from the question before it.

    Only a short question, or one naming no body, Conclusion or period, is read as a
    follow-up; a full new question stands on its own."""
    if query.window is None and previous.window and len(query.text.split()) <= SHORT:
        month = bare_month(query.text, query.language)
        if month:
            query = replace(query, window=month_window(month, previous.window.end.year, query.text))
    names_something = query.actors or query.documents or query.window or query.monthly
    if names_something and len(query.text.split()) > SHORT:
        return query
    return replace(
        query,
        text=f"{previous.text} {query.text}",
        actors=query.actors or previous.actors,
        topics=query.topics or previous.topics,
        documents=query.documents or previous.documents,
        unknown_documents=query.unknown_documents or previous.unknown_documents,
        window=query.window or previous.window,
        day=query.day or previous.day,
        monthly=query.monthly or previous.monthly,
        asks_when=query.asks_when or previous.asks_when,
        asks_how_often=query.asks_how_often or previous.asks_how_often,
        asks_meeting=query.asks_meeting or previous.asks_meeting,
        asks_issued=query.asks_issued or previous.asks_issued,
        asks_replaced=query.asks_replaced or previous.asks_replaced,
        asks_list=query.asks_list or previous.asks_list,
        asks_yes_no=query.asks_yes_no or previous.asks_yes_no,
    )


def asks_yes_no(question: str, language: str) -> bool:
    """True for a question to confirm or deny: one opening with a verb that asks it ("Must ...",
    "Does ...", "Est-ce que ...", "Trebuie ...") or closing with a word that does ("... không?",
    "... ou non ?")."""
    text = cues.fold(question).strip().lstrip("¿¡\"“«'(")
    opening, closing = cues.cue("yes_no_opening", language), cues.cue("yes_no_closing", language)
    if opening and opening.match(text):
        return True
    end = text.rstrip(" ?？؟!.")
    return bool(closing and any(m.end() == len(end) for m in closing.finditer(end)))


def asked_bodies(question: str, gazetteer: Gazetteer, language: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Bodies the question asks about, and bodies it names only as its topic.

    In a "who ...?" question the bodies named after the question word are topic ("Who must fill
    the posts of People's Committee chairs?"); one named before it is the subject asked about
    ("Văn phòng Trung ương Đảng phải công bố danh sách những đơn vị nào?"). The issuers
    (Politburo, Secretariat) are always topic: they conclude, hear, request and cite, and a
    question naming them asks what they said or did far more often than for the few tasks they
    keep, which their name in the question still ranks first."""
    mentions = gazetteer.find(question, None)
    named = list(dict.fromkeys((m.body.en, m.body.kind) for m in mentions))
    who = cues.cue("who", language)
    asking = who.search(cues.fold(question)) if who else None
    if asking:
        subjects = {m.body.en for m in mentions if m.end <= asking.start() and m.body.kind not in ISSUERS}
        return tuple(n for n, _ in named if n in subjects), tuple(n for n, _ in named if n not in subjects)
    asked = [name for name, kind in named if kind not in ISSUERS]
    return tuple(asked), tuple(name for name, _ in named if name not in asked)


def cited_documents(question: str, documents: list[Document], language: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Documents a question cites by symbol ("202-KL/TW", "Conclusion 202", "Kết luận 195",
    "Resolution 57"): those the corpus holds, and those it does not."""
    held = {d.id for d in documents}
    named = symbols.symbols(question)
    return tuple(s for s in named if s in held), tuple(s for s in named if s not in held)


def time_window(question: str, language: str | None, today: date) -> Window | None:
    """The period a question asks about, absolute or relative to today. A bare year is a period
    only after a "by" or "in" word, and not after a determiner: in "the 2027 budget estimate" or
    "damaged by the 2025 floods" it names a thing, not the time asked about."""
    for start, end, due, granularity in find_dates(question, language):
        phrase = question[start:end]
        if granularity == "year" and _named_by(question, start, language):
            continue
        if follows_deadline_word(question, start, language):
            return Window(None, due, phrase)
        if granularity == "year" and not follows_deadline_word(question, start, language, "deadline_in"):
            continue
        return Window(period_start(due, granularity), due, phrase)
    return _relative(question, language, today)


def _named_by(text: str, start: int, language: str | None) -> bool:
    """True when the word right before a year is a determiner: "by the 2025 floods" names floods."""
    words = re.findall(r"[\w'’]+", text[:start])
    pattern = cues.cue("determiner", language) if words else None
    return bool(pattern and pattern.fullmatch(cues.fold(words[-1])))


def meeting_day(query: Query, stated: Mapping[date, tuple[str, ...]]) -> Query:
    """A single day asked about that the corpus states as the date of a meeting, a signature or a
    document, never as a deadline, names what happened that day: the question cites the
    documents stating it instead of asking for what is due then ("Whose report did the
    Secretariat hear on 4 August 2026?"), and the clauses stating that day answer it."""
    window = query.window
    if window is None or window.start != window.end or window.end not in stated:
        return query
    documents = tuple(dict.fromkeys(query.documents + stated[window.end]))
    # the bodies named met, reported or signed that day; none is asked to act
    return replace(query, documents=documents, window=None, day=window.end, actors=(), topics=query.actors + query.topics)


def bare_month(question: str, language: str | None) -> int | None:
    """A month named without a year ("What about August?", "Còn tháng 8?"), for follow-ups."""
    numeric = re.search(r"tháng\s+(\d{1,2})(?!\s*(?:/|năm)\s*\d)", question, re.IGNORECASE)
    if numeric and 1 <= int(numeric[1]) <= 12:
        return int(numeric[1])
    for word in re.findall(r"[^\W\d_]{3,}", question):
        if number := month_number(word, language):
            return number
    return None


def month_window(month: int, year: int, phrase: str) -> Window:
    """The whole of one month."""
    return Window(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), phrase)


def _relative(question: str, language: str | None, today: date) -> Window | None:
    periods = cues.mapping("relative_period", language)
    folded = cues.normalise_name(question)
    for phrase in sorted(periods, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded):
            unit, offset = periods[phrase]
            return Window(*_shift(today, unit, offset), phrase)
    return None


def _shift(today: date, unit: str, offset: int) -> tuple[date, date]:
    if unit == "year":
        return date(today.year + offset, 1, 1), date(today.year + offset, 12, 31)
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    month_index = today.year * 12 + today.month - 1 + offset
    year, month = divmod(month_index, 12)
    return date(year, month + 1, 1), date(year, month + 1, calendar.monthrange(year, month + 1)[1])
