"""Quarters and halves of a year in any language cues.yaml knows: "quý III/2026", "Q3 2026", "the
third quarter of 2026", "6 tháng đầu năm 2027", "premier semestre 2027", "im dritten Quartal 2026"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from corpus import cues

YEAR = r"(?P<y>\d{4})(?![\d/–-])"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def last_day(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def period_start(due: date, granularity: str) -> date:
    """The first day of the period whose last day is `due` ("quarter": 1 July for 30 September)."""
    months = {"month": 0, "quarter": 2, "half": 5}
    if granularity in months:
        return due.replace(month=due.month - months[granularity], day=1)
    if granularity == "year":
        return due.replace(month=1, day=1)
    if granularity == "week":
        return due - timedelta(days=6)
    return due


def _period_due(kind: str, which: int, year: int) -> date | None:
    if kind == "quarter" and 1 <= which <= 4:
        return last_day(year, 3 * which)
    if kind == "half" and which in (1, 2):
        return last_day(year, 6 * which)
    return None


def quarters_and_halves(text: str, lang: str | None) -> list[tuple[int, int, date, str]]:
    """Quarters and halves of a year: "quý III/2026", "Q3 2026", "the third quarter of 2026",
    "6 tháng đầu năm 2027", "premier semestre 2027", as (start, end, last day, granularity)."""
    ordinals = cues.mapping("ordinal", lang)
    ords = cues.alternation(ordinals)
    quarter, half = (cues.alternation(cues.words(concept, lang)) for concept in ("quarter_word", "half_word"))
    word = rf"(?P<q>{quarter})|(?P<h>{half})"
    number = r"(?P<n>iv|i{1,3}|[1-4])"
    forms = [
        rf"(?<!\w)(?P<o>{ords})\s+(?:\S+\s+)?(?:{word})(?:\s+[^\W\d_]+){{0,2}}\s+{YEAR}",  # third quarter of 2026
        rf"(?<!\w)(?:{word})\s*{number}(?:\s*/\s*|\s+(?:[^\W\d_]{{1,4}}\s+)?){YEAR}",  # quý III/2026, Q3 2026
        rf"(?<!\w)(?:{word})\s+(?P<o>{ords})\s+(?:[^\W\d_]{{1,4}}\s+)?{YEAR}",  # 6 tháng đầu năm 2027
    ]
    folded = cues.fold(text)
    found: list[tuple[int, int, date, str]] = []
    for form in forms:
        for m in re.finditer(form, folded, re.I):
            if any(m.start() < e and s < m.end() for s, e, _, _ in found):
                continue
            kind = "quarter" if m["q"] else "half"
            groups = m.groupdict()
            if groups.get("n"):
                token = m["n"].casefold()
                which = int(token) if token.isdigit() else _ROMAN[token]
            else:
                which = ordinals[cues.normalise_name(m["o"])]
                which = 4 if kind == "quarter" and which == 2 and "cuối" in m["o"].casefold() else which
            due = _period_due(kind, which, int(m["y"]))
            if due and 1990 <= due.year <= 2100:
                found.append((m.start(), m.end(), due, kind))
    return found
