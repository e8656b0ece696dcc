"""The grounded answer without an LLM: who must act, the clause's own words, and by when.

Frame text comes from prompts/phrases.yaml in the question's language (English where the
file has none); clause text stays verbatim in its own language.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path

import yaml

from assistant.records import Citation
from corpus import symbols
from corpus.actors import Gazetteer
from corpus.cues import ascii_digits
from corpus.deadlines import find_dates
from corpus.periods import last_day
from corpus.records import Clause, Deadline
from corpus.sentences import split
from retrieval.records import Window

QUOTE_WHOLE = 360  # characters: shorter clauses are quoted whole
SHARED_WORDS = 2  # a longer clause's sentence sharing this many words with the question is quoted
_WRITTEN_SYMBOL = re.compile(r"\d{1,4}(?:\s*[-‐–/]\s*\w+)+")  # "02-KH/BCĐ", "13/2023/NĐ-CP"


def load_phrases(path: Path) -> dict[str, dict[str, str]]:
    """The frame phrases per language."""
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


class Wording:
    """Frame phrases and date formats of one answer language."""

    def __init__(self, phrases: dict[str, dict[str, str]], language: str, gazetteer: Gazetteer):
        self.language = language if language in phrases else "en"
        self.p = phrases[self.language]
        self.names = {b.en: (b.vi if self.language == "vi" else b.en) for b in gazetteer.bodies}

    def actor(self, name: str) -> str:
        return self.names.get(name, name)

    def day(self, when: date, key: str = "date_day") -> str:
        month = calendar.month_name[when.month]
        return self.p[key].format(d=when.day, m=when.month, Y=when.year, month=month)

    def deadline(self, d: Deadline) -> str:
        """ "by 31 August 2025", "in July 2025", "by day 25 of each month"."""
        if d.recurring:
            day = re.search(r"BYMONTHDAY=(\d+)", d.recurring)
            if day:
                return self.p["monthly"].format(day=day[1])
            if "YEARLY" in d.recurring:
                return self.p["yearly"]
            return self.p["half_yearly" if "INTERVAL=6" in d.recurring else "quarterly"]
        if d.due is None:
            return d.phrase
        if d.granularity in ("month", "year"):
            return self.p["in_period"].format(period=self.day(d.due, f"date_{d.granularity}"))
        if d.granularity in ("quarter", "half"):
            which = (d.due.month - 1) // (3 if d.granularity == "quarter" else 6) + 1
            key = "date_quarter" if d.granularity == "quarter" else f"date_half_{which}"
            period = self.p[key].format(q=which, Y=d.due.year)
            return self.p["in_period"].format(period=period)
        if d.granularity == "week":
            return self.day(d.due, "week")
        return self.p["by"].format(date=self.day(d.due))

    def window(self, window: Window) -> str:
        if window.start is None:
            return self.p["by"].format(date=self.day(window.end))
        last = calendar.monthrange(window.end.year, window.end.month)[1]
        same_month = (window.start.year, window.start.month) == (window.end.year, window.end.month)
        if same_month and window.start.day == 1 and window.end.day == last:
            return self.p["in_period"].format(period=self.day(window.end, "date_month"))
        return self.p["between"].format(start=self.day(window.start), end=self.day(window.end))


def quote(clause: Clause, language: str, cues: list[str], question: str = "") -> str:
    """The clause's most relevant verbatim sentence(s): whole when short, else the sentences naming
    the body or the deadline asked about and the one sharing most words with the question, else
    the first one."""
    text = clause.texts[language]
    return text if len(text) <= QUOTE_WHOLE else " … ".join(answering_sentences(text, language, cues, question))


def answering_sentences(text: str, language: str, cues: list[str], question: str) -> list[str]:
    """The sentences of a text naming the cues (at most two), with the one sharing most words with
    the question; else the first sentence."""
    sentences = split(text, language)
    chosen = [s for s in sentences if any(cue and cue.casefold() in s.casefold() for cue in cues)][:2]
    asked = _words(question)
    shared = max(sentences, key=lambda s: len(_words(s) & asked))
    if len(_words(shared) & asked) >= SHARED_WORDS and shared not in chosen:
        chosen = [*chosen[:1], shared]
    return sorted(chosen, key=sentences.index) or sentences[:1]


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}


def due_of(clause: Clause, among: tuple[Deadline, ...] | None = None) -> Deadline | None:
    """The clause's earliest deadline (of those `among`, when given)."""
    deadlines = clause.deadlines if among is None else among
    dated = [d for d in deadlines if d.due]
    return min(dated, key=lambda d: d.due) if dated else (deadlines[0] if deadlines else None)


def answering_due(clause: Clause, language: str, asked: tuple[str, ...], question: str, gazetteer: Gazetteer) -> Deadline | None:
    """The deadline of the part of a clause that answers: a paragraph giving several tasks, each by
    its own date ("the Ministry of Health ... before 31 May 2027; the Ministry of Public Security
    ... before 31 August 2027"), is due when the sentences answering the question say; the
    earliest deadline when they state none."""
    if len(clause.deadlines) < 2:
        return due_of(clause)
    text = clause.texts[language]
    cues = _cues(clause, language, [a for a in clause.actors if a in asked], None, gazetteer)
    answering = " ".join(answering_sentences(text, language, cues, question))
    return due_of(clause, tuple(d for d in clause.deadlines if d.phrase in answering)) or due_of(clause)


def write_answer(
    wording: Wording,
    main: list[Citation],
    outside: list[Citation],
    asked: tuple[str, ...],
    window: Window | None,
    gazetteer: Gazetteer,
    question: str = "",
) -> str:
    """The answer text: one line per clause, ordered by deadline, and one line for what lies outside the period."""
    p = wording.p
    lines = [p["intro_window"].format(when=wording.window(window)) if window else p["intro"]]
    if not main and window:
        lines = [p["nothing_in_window"].format(when=wording.window(window))]
    markers = {c.clause.id: c.marker for c in main + outside}
    for c in main:
        clause = c.clause
        actors = [a for a in clause.actors if a in asked] or list(clause.actors[:4])
        who = ", ".join(wording.actor(a) for a in actors)
        if who and clause.supporting:
            who = p["supported"].format(lead=who, partners=", ".join(wording.actor(a) for a in clause.supporting[:4]))
        if not who:
            # a clause giving no body a task (a preamble, a report heard): the bodies it speaks of
            named = ", ".join(wording.actor(a) for a in clause.mentions[:4])
            who = p["naming"].format(names=named) if named else p["no_actor"]
        deadline = answering_due(clause, c.language, asked, question, gazetteer)
        cues = _cues(clause, c.language, actors, deadline, gazetteer)
        due = ""
        if deadline:
            source = markers.get(deadline.stated_in) if deadline.stated_in != clause.id else None
            due = p["due"].format(when=wording.deadline(deadline) + (f" [{source}]" if source else ""))
        elif days := stated_days(clause, c.language):
            # a clause with no deadline (a meeting, a signature, a report heard): the days it states, in the answer's language
            due = p["dated"].format(dates=", ".join(wording.day(d) for d in days))
        if named := cited_documents(clause, c.language):
            # the documents it names, in digits any reader reads, whatever the language of the quote
            due += p["names_documents"].format(symbols=", ".join(named))
        lines.append(
            p["item"].format(
                marker=f"[{c.marker}]", actor=who, quote=quote(clause, c.language, cues, question), ref=_ref(clause), due=due
            )
        )
    if outside:
        items = "; ".join(
            p["outside_item"].format(
                ref=_ref(c.clause), due=(", " + wording.deadline(d)) if (d := due_of(c.clause)) else "", marker=f"[{c.marker}]"
            )
            for c in outside
        )
        lines.append(p["outside"].format(actor=", ".join(wording.actor(a) for a in asked), items=items))
    return "\n".join(lines)


def verdict(
    wording: Wording, claim: Window, cited: list[Citation], asked: tuple[str, ...], gazetteer: Gazetteer, question: str
) -> str:
    """The answer to a yes/no question naming a period, from the deadline of the clause that
    answers it (the first cited one stating a date): "Yes" when it falls in that period, "No" when
    after it; one due earlier is said as such, since "must it be done by December?" is then true and
    "does it give until December?" false. "" when no cited clause states a deadline."""
    dues = (answering_due(c.clause, c.language, asked, question, gazetteer) for c in cited)
    deadline = next((d for d in dues if d and d.due), None)
    if deadline is None:
        return ""
    end = claim.end
    first = claim.start or (end.replace(day=1) if end == last_day(end.year, end.month) else end)  # "by July": July
    key = "due_later" if deadline.due > end else "due_earlier" if deadline.due < first else "due_within"
    return wording.p[key].format(when=wording.deadline(deadline))


def cited_documents(clause: Clause, language: str, most: int = 4) -> list[str]:
    """The symbols of the other documents a clause names, as written but with ASCII digits
    ("۰۲-KH/BCĐ" -> "02-KH/BCĐ"), each once."""
    text = ascii_digits(clause.texts[language])
    named = []
    for start, end, symbol in symbols.find(text):
        if symbol != clause.document:
            written = _WRITTEN_SYMBOL.search(text, start, end)
            named.append(re.sub(r"\s+", "", written[0]) if written else symbol)
    return list(dict.fromkeys(named))[:most]


def stated_days(clause: Clause, language: str, most: int = 3) -> list[date]:
    """The single days a clause's text states, in order, each once."""
    found = [day for _, _, day, granularity in find_dates(clause.texts[language], language) if granularity == "day"]
    return list(dict.fromkeys(found))[:most]


def _ref(clause: Clause) -> str:
    return f"{clause.document} {clause.label}"


def _cues(clause: Clause, language: str, actors: list[str], deadline: Deadline | None, gazetteer: Gazetteer) -> list[str]:
    """Words of the clause's own text that name the asked bodies or state the deadline."""
    text = clause.texts[language]
    cues = [text[m.start : m.end] for m in gazetteer.find(text, language) if m.body.en in actors]
    if deadline and deadline.phrase in text:
        cues.append(deadline.phrase)
    return cues
