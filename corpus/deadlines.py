"""Find deadlines in clause text: "before 31 August 2025", "in July 2025", "the first
week of October 2025", "in 2025", "by the 25th of each month", in any language.

Month names are read by dateparser; the words that make a date a deadline
("before", "by", "no later than") come from cues.yaml. A date with no such
word in front of it ("dated 4 July 2025", "at the meeting on 1 August 2025")
is a reference, not a deadline.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateparser.data.languages_info import language_order
from dateparser.languages import default_loader

from corpus import cues
from corpus.records import Deadline

_WORD = r"[^\W\d_][^\W\d_'’.-]*"
_YEAR = r"(?P<y>\d{4})(?![\d/–-])"
_DAY = r"(?P<d>\d{1,2})(?:\.|-?(?:st|nd|rd|th|го|ого))?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy-numeric", re.compile(rf"(?<![\d/.-])(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-]{_YEAR}")),
    ("dmy-vi", re.compile(rf"ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})\s+năm\s+{_YEAR}", re.I)),
    ("my-vi", re.compile(rf"tháng\s+(?P<m>\d{{1,2}})(?:\s+năm\s+|\s*/\s*){_YEAR}", re.I)),
    ("dmy", re.compile(rf"(?<![\d/.])\b{_DAY}\s+(?:de\s+)?(?P<m>{_WORD}),?\s+{_YEAR}")),
    ("mdy", re.compile(rf"\b(?P<m>{_WORD})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,\s+{_YEAR}")),
    ("my", re.compile(rf"\b(?P<m>{_WORD})\s+(?:(?:of|de|din)\s+)?{_YEAR}")),
    ("y", re.compile(rf"(?<![\d/.–-]){_YEAR}")),
]
GRANULARITY = {"dmy-numeric": "day", "dmy-vi": "day", "dmy": "day", "mdy": "day", "my-vi": "month", "my": "month", "y": "year"}
_BOUNDARY = re.compile(r"[;؛]|[.!?](?=\s+(?:[^\W\d_](?<![a-zà-ÿа-яё])|$))")


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


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _context(text: str, start: int, end: int) -> str:
    """The sentence (or ;-separated part) holding a match."""
    left = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        left = m.end()
    right = _BOUNDARY.search(text, end)
    return text[left : right.start() if right else len(text)]


def _in_parenthesis(text: str, start: int) -> bool:
    return text.rfind("(", 0, start) > text.rfind(")", 0, start)


def _ends_with(pattern: re.Pattern[str] | None, prefix: str) -> bool:
    if pattern is None:
        return False
    return any(m.end() == len(prefix.rstrip()) for m in pattern.finditer(prefix.rstrip()))


def _is_range_end(prefix: str, lang: str | None) -> bool:
    """ "from 1 to 31 July 2025": a day number and "to" right before the date."""
    words = "|".join(cues.phrase_pattern(w) for w in cues.words("range_to", lang))
    return bool(re.search(rf"\d\.?(?:\s+{_WORD})?\s*(?:{words})\s*$", prefix, re.I))


def _is_deadline(text: str, start: int, end: int, granularity: str, lang: str | None) -> bool:
    prefix = text[max(0, start - 60) : start]
    if _is_range_end(prefix, lang):
        return False
    if _ends_with(cues.cue("deadline_before", lang), prefix):
        return True
    if granularity == "day" or not _ends_with(cues.cue("deadline_in", lang), prefix):
        return False
    completion = cues.cue("completion", lang)
    return _in_parenthesis(text, start) or bool(completion and completion.search(_context(text, start, end)))


def _is_group(text: str, start: int, end: int, lang: str | None) -> bool:
    """A deadline stated once for several tasks: "all these tasks must be completed before ..."."""
    every = "|".join(cues.phrase_pattern(w) for w in cues.words("group_all", lang))
    task = "|".join(cues.phrase_pattern(w) for w in cues.words("group_task", lang))
    pattern = rf"(?<!\w)(?:{every})(?:\s+\S+){{0,3}}?\s+(?:{task})(?!\w)"
    return bool(re.search(pattern, cues.fold(_context(text, start, end)), re.I))


def _recurring(text: str, lang: str | None, ref: date | None) -> list[_Hit]:
    phrases = "|".join(cues.phrase_pattern(w) for w in cues.words("each_month", lang))
    pattern = re.compile(rf"(?<![\d/.]){_DAY}(?:\s+\S+){{0,2}}?\s+(?:{phrases})(?!\w)", re.I)
    hits = []
    for m in pattern.finditer(cues.fold(text)):
        day = int(m["d"])
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
    names = "|".join(cues.phrase_pattern(w) for w in sorted(ordinals, key=len, reverse=True))
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


def find_dates(text: str, lang: str | None) -> list[tuple[int, int, date, str]]:
    """Every date expression in text as (start, end, due, granularity), longest first wins."""
    found: list[tuple[int, int, date, str]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            due = _due(name, m, lang)
            if due:
                found.append((m.start(), m.end(), due, GRANULARITY[name]))
                taken.append((m.start(), m.end()))
    return sorted(found)


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
        return _last_day(year, month)
    try:
        return date(year, month, int(m["d"]))
    except ValueError:
        return None


def find_deadlines(text: str, lang: str | None, ref: date | None = None) -> list[Deadline]:
    """Deadlines stated in one clause text, in order of appearance."""
    hits = _recurring(text, lang, ref) + _weeks(text, lang)
    for start, end, due, granularity in find_dates(text, lang):
        if any(start < h.end and h.start < end for h in hits):
            continue
        if _is_deadline(text, start, end, granularity, lang):
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
    """The date with the cue word in front of it: "sebelum 31 Ogos 2025"."""
    prefix = text[max(0, start - 60) : start]
    for concept in ("deadline_before", "deadline_in"):
        pattern = cues.cue(concept, lang)
        if pattern is None:
            continue
        stripped = prefix.rstrip()
        for m in pattern.finditer(stripped):
            if m.end() == len(stripped):
                return text[start - len(prefix) + m.start() : end]
    return text[start:end]
