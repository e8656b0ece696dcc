"""Find deadlines in clause text: "before 31 August 2025", "in July 2025", "the first
week of October 2025", "in 2025", "by the 25th of each month", in any language.

Month names are read by dateparser; the words that make a date a deadline
("before", "by", "no later than") come from cues.yaml, and so do the words for
quarters and halves of a year ("quý III/2026", "the third quarter of 2026",
"premier semestre 2027"). A date with no such word in front of it is a
deadline when it is a day after the document's own date and no word marks it as the
start of a period or the date of a decision ("from 1 July 2026", "dated ...");
one on or before the document's date ("at the meeting on 1 August 2025") is a
reference. So a language cues.yaml does not list still has its deadlines read.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateparser.data.languages_info import language_order
from dateparser.languages import default_loader

from corpus import cues, sentences
from corpus.periods import last_day, quarters_and_halves
from corpus.records import Deadline

_WORD = r"[^\W\d_][^\W\d_'’.-]*"
_YEAR = r"(?P<y>\d{4})(?![\d/–-])"
_NOT_A_RANGE = r"(?<![\d/.–])(?<![\d/]-)"  # "mid-2027" is a year, the end of "2021-2025" or "14-4-2025" is not
_DAY = r"(?P<d>\d{1,2})(?:\.|-?(?:st|nd|rd|th|го|ого))?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy-numeric", re.compile(rf"(?<![\d/.-])(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-]{_YEAR}")),
    ("dmy-vi", re.compile(rf"ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})\s+năm\s+{_YEAR}", re.I)),
    ("my-vi", re.compile(rf"tháng\s+(?P<m>\d{{1,2}})(?:\s+năm\s+|\s*/\s*){_YEAR}", re.I)),
    ("dmy", re.compile(rf"(?<![\d/.])\b{_DAY}\s+(?:de\s+)?(?P<m>{_WORD}),?\s+(?:de\s+)?{_YEAR}")),
    ("mdy", re.compile(rf"\b(?P<m>{_WORD})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,\s+{_YEAR}")),
    ("my", re.compile(rf"\b(?P<m>{_WORD})\s+(?:(?:of|de|din)\s+)?{_YEAR}")),
    ("my-numeric", re.compile(rf"(?<![\d/.-])(?P<m>\d{{1,2}})/{_YEAR}")),
    ("y", re.compile(rf"{_NOT_A_RANGE}{_YEAR}")),
]
GRANULARITY = {
    "dmy-numeric": "day",
    "dmy-vi": "day",
    "dmy": "day",
    "mdy": "day",
    "my-vi": "month",
    "my": "month",
    "my-numeric": "month",
    "y": "year",
}


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    deadline: Deadline


@lru_cache(maxsize=64)
def _month_forms(lang: str) -> dict[str, int]:
    """dateparser's own month vocabulary for a language: every form it lists, folded."""
    info = default_loader.get_locale(lang).info
    forms: dict[str, int] = {}
    for number, name in enumerate(calendar.month_name[1:], start=1):
        for form in info.get(name.lower(), []):
            forms[cues.fold(form).casefold()] = number
    return forms


@lru_cache(maxsize=4096)
def month_number(word: str, lang: str | None) -> int | None:
    """Month a word names, from dateparser's locale data for the language (and English).

    dateparser lists nominative and genitive forms; other case forms ("у липні",
    locative) share a stem of at least four letters with one of them.
    """
    key = cues.fold(word).casefold().rstrip(".")
    langs = [code for code in (lang, "en") if code in language_order]
    for code in langs:
        if key in (forms := _month_forms(code)):
            return forms[key]
    for code in langs:
        if code != "en" and (number := _month_by_stem(key, _month_forms(code))):
            return number
    return None


def _month_by_stem(word: str, forms: dict[str, int]) -> int | None:
    if len(word) < 4:
        return None
    best: tuple[int, int] | None = None
    for form, number in forms.items():
        common = len(_common_prefix(word, form))
        if common >= 4 and common >= len(form) - 3 and abs(len(word) - len(form)) <= 3:
            if best is None or common > best[0]:
                best = (common, number)
    return best[1] if best else None


def _common_prefix(a: str, b: str) -> str:
    out = []
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        out.append(x)
    return "".join(out)


def _in_parenthesis(text: str, start: int) -> bool:
    return text.rfind("(", 0, start) > text.rfind(")", 0, start)


def _ends_with(pattern: re.Pattern[str] | None, prefix: str) -> bool:
    if pattern is None:
        return False
    return any(m.end() == len(prefix.rstrip()) for m in pattern.finditer(prefix.rstrip()))


def _is_range_end(prefix: str, lang: str | None) -> bool:
    """ "from 1 to 31 July 2025": a day number and "to" right before the date."""
    words = cues.alternation(cues.words("range_to", lang))
    return bool(re.search(rf"\d\.?(?:\s+{_WORD})?\s*(?:{words})\s*$", prefix, re.I))


def _cue_start(concept: str, prefix: str, lang: str | None) -> int | None:
    """Where the cue word ending the text before a date starts (None: no such cue), allowing a
    period-end phrase ("the end of", "fin") and one short word ("ngày", "le", "the") between."""
    stripped = cues.fold(prefix.rstrip())
    candidates = [stripped]
    short = re.search(r"(?:^|\s)[^\W\d_]{1,4}$", stripped)
    if short:
        candidates.append(stripped[: short.start()].rstrip())
    ends = cues.cue("period_end", lang)
    for text in list(candidates):
        for m in ends.finditer(text) if ends else ():
            if m.end() == len(text):
                candidates.append(text[: m.start()].rstrip())
    pattern = cues.cue(concept, lang)
    for text in candidates:
        for m in pattern.finditer(text) if pattern and text else ():
            if m.end() == len(text):
                return m.start()
    return None


def follows_deadline_word(text: str, start: int, lang: str | None, concept: str = "deadline_before") -> bool:
    """True when a deadline word ("before", "chậm nhất", "قبل از"; with `concept="deadline_in"`, an
    "in" word: "in", "trong", "au cours du") stands right before position `start`."""
    return _cue_ends(concept, text[max(0, start - 60) : start], lang)


def _cue_ends(concept: str, prefix: str, lang: str | None) -> bool:
    """True when the text before a date ends with one of a concept's cue words (see _cue_start)."""
    return _cue_start(concept, prefix, lang) is not None


def _is_deadline(text: str, start: int, end: int, due: date, granularity: str, lang: str | None, ref: date | None) -> bool:
    """A date is a deadline after a deadline word ("before", "chậm nhất"); a month, quarter or year
    also after an "in" word in a sentence about completing something, or when the period has not
    ended by the document's own date (what is to happen "in 2027" in a text of 2026, or "in the
    first quarter" in a text of February, is no report of the past); and a day after the
    document's own date that does not start a period or date a decision."""
    prefix = text[max(0, start - 60) : start]
    if _is_range_end(prefix, lang):
        return False
    if _cue_ends("deadline_before", prefix, lang):
        return True
    if granularity != "day" and _cue_ends("deadline_in", prefix, lang):
        if ref is not None and due > ref:
            return True
        completion = cues.cue("completion", lang)
        if _in_parenthesis(text, start) or bool(
            completion and completion.search(cues.fold(sentences.around(text, start, end, lang)))
        ):
            return True
    if granularity != "day" or ref is None or due <= ref:
        return False  # a month or year named without a deadline word is a period spoken of
    return not (_cue_ends("range_from", prefix, lang) or _cue_ends("dated", prefix, lang))


def _is_group(text: str, start: int, end: int, lang: str | None) -> bool:
    """A deadline stated once for several tasks: "all these tasks must be completed before ...",
    "the tasks under points a) and b) above ...", "các nhiệm vụ nêu trên ..."."""
    every = cues.alternation(cues.words("group_all", lang))
    task = cues.alternation(cues.words("group_task", lang))
    before = rf"(?<!\w)(?:{every})(?:\s+\S+){{0,3}}?\s+(?:{task})(?!\w)"
    after = rf"(?<!\w)(?:{task})(?:\s+\S+){{0,6}}?\s+(?:{every})(?!\w)"
    pattern = f"{before}|{after}"
    return bool(re.search(pattern, cues.fold(sentences.around(text, start, end, lang)), re.I))


def _recurring(text: str, lang: str | None, ref: date | None) -> list[_Hit]:
    phrases = cues.alternation(cues.words("each_month", lang))
    day_first = rf"(?<![\d/.]){_DAY}(?:\s+\S+){{0,2}}?\s+(?:{phrases})(?!\w)"  # "by the 25th of each month"
    day_after = (
        rf"(?<!\w)(?:{phrases}),?(?:\s+[^\W\d_]+){{0,3}}\s+{_DAY}(?![\d/.]|\s*\d|\s+{_WORD}\s+\d)"  # "chaque mois, avant le 20"
    )
    pattern = re.compile(rf"{day_first}|{day_after.replace('(?P<d>', '(?P<d2>')}", re.I)
    hits = []
    for m in pattern.finditer(cues.fold(text)):
        day = int(m["d"] or m["d2"])
        if not 1 <= day <= 31:
            continue
        due = _next_monthly(day, ref) if ref else None
        deadline = Deadline(text[m.start() : m.end()], due, "day", f"FREQ=MONTHLY;BYMONTHDAY={day}")
        hits.append(_Hit(m.start(), m.end(), deadline))
    return hits


def _next_monthly(day: int, ref: date) -> date:
    year, month = ref.year, ref.month
    for _ in range(13):
        last = calendar.monthrange(year, month)[1]
        if day <= last and date(year, month, day) >= ref:
            return date(year, month, day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ref


def _weeks(text: str, lang: str | None) -> list[_Hit]:
    ordinals = cues.mapping("week_ordinals", lang)
    names = cues.alternation(ordinals)
    pattern = re.compile(rf"(?<!\w)(?P<w>{names})(?:\s+\S+){{0,2}}?\s+(?P<m>{_WORD})\s+{_YEAR}", re.I)
    hits = []
    for m in pattern.finditer(cues.fold(text)):
        month = month_number(m["m"], lang)
        if not month:
            continue
        which = ordinals[cues.normalise_name(m["w"])]
        year = int(m["y"])
        last = calendar.monthrange(year, month)[1]
        day = last if which < 0 else min(7 * which, last)
        hits.append(_Hit(m.start(), m.end(), Deadline(text[m.start() : m.end()], date(year, month, day), "week")))
    return hits


def _periodic(text: str, lang: str | None, ref: date | None) -> list[_Hit]:
    """Reports due every quarter, half year or year ("báo cáo hằng quý", "every six months"), in a sentence
    about reporting or completing something; due first at the end of the period after `ref`."""
    completion = cues.cue("completion", lang)
    hits = []
    periods = (
        ("each_quarter", "FREQ=MONTHLY;INTERVAL=3", 3, "quarter"),
        ("each_half", "FREQ=MONTHLY;INTERVAL=6", 6, "half"),
        ("each_year", "FREQ=YEARLY", 12, "year"),
    )
    for concept, rule, months, granularity in periods:
        pattern = cues.cue(concept, lang)
        for m in pattern.finditer(cues.fold(text)) if pattern else ():
            if not (completion and completion.search(cues.fold(sentences.around(text, m.start(), m.end(), lang)))):
                continue
            due = None
            if ref:
                period_end = ((ref.month - 1) // months + 1) * months
                due = last_day(ref.year, period_end)
            hits.append(_Hit(m.start(), m.end(), Deadline(text[m.start() : m.end()], due, granularity, rule)))
    return hits


def find_dates(text: str, lang: str | None) -> list[tuple[int, int, date, str]]:
    """Every date expression in text as (start, end, due, granularity), longest first wins."""
    found = quarters_and_halves(text, lang)
    taken = [(start, end) for start, end, _, _ in found]
    for name, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            due = _due(name, m, lang)
            if due:
                start, due, granularity = _middle(text, m.start(), due, GRANULARITY[name], lang)
                found.append((start, m.end(), due, granularity))
                taken.append((start, m.end()))
    return sorted(found)


def _middle(text: str, start: int, due: date, granularity: str, lang: str | None) -> tuple[int, date, str]:
    """The middle of a year or month ("by mid-2027", "giữa tháng 1/2027", "Mitte Juni 2026"): the
    end of the year's first half, the month's 15th, with the span widened over the word."""
    if granularity not in ("year", "month"):
        return start, due, granularity
    prefix = cues.fold(text[max(0, start - 40) : start])
    m = _middle_word(lang).search(prefix)
    if not m:
        return start, due, granularity
    widened = start - (len(prefix) - m.start())
    if granularity == "year":
        return widened, date(due.year, 6, 30), "half"
    return widened, due.replace(day=15), "day"


@lru_cache(maxsize=64)
def _middle_word(lang: str | None) -> re.Pattern[str]:
    """A middle word ending the text before a date, a hyphen or one short word between ("mid-", "giữa năm")."""
    words = cues.alternation(cues.words("period_middle", lang))
    return re.compile(rf"(?<!\w)(?:{words})(?:\s*-\s*|\s+)(?:[^\W\d_]{{1,4}}\s+)?$", re.I)


def without_dates(text: str, lang: str | None) -> str:
    """The text with each date expression replaced by a space."""
    for start, end, _, _ in reversed(find_dates(text, lang)):
        text = text[:start] + " " + text[end:]
    return text


def _due(name: str, m: re.Match[str], lang: str | None) -> date | None:
    year = int(m["y"])
    if not 1990 <= year <= 2100:
        return None
    if name == "y":
        return date(year, 12, 31)
    month_text = m["m"]
    month = int(month_text) if month_text.isdigit() else month_number(month_text.rstrip("."), lang)
    if not month or not 1 <= month <= 12:
        return None
    if "d" not in m.groupdict() or m["d"] is None:
        return last_day(year, month)
    try:
        return date(year, month, int(m["d"]))
    except ValueError:
        return None


def find_deadlines(text: str, lang: str | None, ref: date | None = None) -> list[Deadline]:
    """Deadlines stated in one clause text, in order of appearance."""
    hits = _recurring(text, lang, ref) + _periodic(text, lang, ref) + _weeks(text, lang)
    for start, end, due, granularity in find_dates(text, lang):
        if any(start < h.end and h.start < end for h in hits):
            continue
        if _is_deadline(text, start, end, due, granularity, lang, ref):
            phrase = _phrase(text, start, end, lang)
            hits.append(_Hit(start, end, Deadline(phrase, due, granularity)))
    out: dict[tuple, Deadline] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        found = hit.deadline
        key = (found.due, found.granularity, found.recurring)
        if key not in out:
            group = _is_group(text, hit.start, hit.end, lang)
            out[key] = Deadline(found.phrase, found.due, found.granularity, found.recurring, group)
    return list(out.values())


def _phrase(text: str, start: int, end: int, lang: str | None) -> str:
    """The date with the cue words in front of it: "sebelum 31 Ogos 2025", "chậm nhất ngày 15/9/2026"."""
    prefix = text[max(0, start - 60) : start]
    for concept in ("deadline_before", "deadline_in"):
        cue = _cue_start(concept, prefix, lang)
        if cue is not None:
            return text[start - len(prefix) + cue : end]
    return text[start:end]
