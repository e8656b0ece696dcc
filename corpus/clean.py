"""Split a captured news page into the Conclusion's text and the page clutter around it.

Rules are about page structure, not about any one site: a "Label: URL" line ends
the article and what follows is page furniture; photo credits, image alt texts,
bylines ending in a date, comment counters and site banners are recognised by
their shape in any language (cues.yaml gives the word "photo" per language).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from corpus import cues
from corpus.markers import starts_with_marker

TERMINAL = ".!?:;…؛؟"
_TRAILERS = "\"'”’»)]|* "

_URL = r"https?://\S+"
SOURCE_LINE = re.compile(rf"^(?:[^\W\d_][\w .-]{{0,30}}?\s*:\s*)?(?P<url>{_URL}?)[.,;]?\s*(?:\([^()]{{1,30}}\))?\s*$")
COUNTER = re.compile(r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s*\(\d+\)$")
# a date ending a line, with the time of day a site prints after it ("14/05/2026 - 09:35", "09:35 GMT+7")
BYLINE_DATE = re.compile(
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?:\s*[-–,|]?\s*\d{1,2}[:h]\d{2}(?:\s*\(?(?:GMT|UTC)\s*[+-]\d{1,2}\)?)?)?\s*$"
)
# a bar of short items between "|", "·", "»", ">" or runs of spaces (menus, breadcrumbs, share and print links)
BAR = re.compile(r"^[^|·»>]{1,40}(?:[|·»>][^|·»>]{1,40}){2,}$|^\S+(?: \S+)?(?: {2,}\S+(?: \S+)?){2,}$")
TIME_OF_DAY = re.compile(r"(?<![\d:])\d{1,2}(?::|\s?h\s?)\d{2}(?![\d:])")  # 09:15, 9h15, 10 h 15
IMAGE_FILE = re.compile(r"^[\w.-]+\.(?:jpe?g|png|webp|gif|avif)$", re.IGNORECASE)
DOMAIN = re.compile(r"\b[\w-]+\.(?:vn|com|net|org|gov|info|news|int|edu)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One non-empty line of a source text, stripped, with its span and 1-based number."""

    number: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Cleaned:
    """A source text split into body lines and removed lines (with the rule that removed each)."""

    body: tuple[Line, ...]
    removed: tuple[tuple[Line, str], ...]
    title: str | None
    source_urls: tuple[str, ...]
    published: date | None


def split_lines(text: str) -> list[Line]:
    """Non-empty lines of text with their spans, surrounding whitespace excluded."""
    lines = []
    pos = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            lines.append(Line(number, start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


def ends_sentence(text: str) -> bool:
    """True when a line ends like a sentence or a lead-in (., :, ; ... in any script)."""
    core = text.rstrip(_TRAILERS)
    return bool(core) and core[-1] in TERMINAL


def word_count(text: str) -> int:
    return len(text.split())


def _line_rules() -> list[tuple[str, re.Pattern[str]]]:
    photo = cues.alternation(cues.words("photo", None))
    return [
        ("source", SOURCE_LINE),
        ("counter", COUNTER),
        ("bar", BAR),
        ("image", IMAGE_FILE),
        ("image", re.compile(rf"[-–—]\s*(?:{photo})\s*\d+\s*\.?\s*$", re.IGNORECASE)),
        ("caption", re.compile(rf"(?:^|[\s(.|])(?:{photo})\s*:\s*[^.:()\n]{{1,60}}\)?\s*\|?\s*$", re.IGNORECASE)),
    ]


def _is_byline(line: Line) -> bool:
    """A short line ending in a date, or giving a time of day ("Monday, November 3, 2025 - 07:40");
    a longer one when it gives times in items between separators ("Published 9 February 2027, 10 h
    15 · Updated 10 February 2027, 08 h 02 · 8 min read")."""
    words = word_count(line.text)
    timed = bool(TIME_OF_DAY.search(line.text)) and bool(re.search(r"\d{4}", line.text)) and not ends_sentence(line.text)
    if words > 12:
        return words <= 30 and timed and bool(re.search(r"\s[·|•]\s", line.text))
    match = BYLINE_DATE.search(line.text)
    if match:
        return not ends_sentence(line.text[: match.start()])
    return timed


def _published(line: Line) -> date | None:
    match = BYLINE_DATE.search(line.text)
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"])) if match else None
    except ValueError:
        return None


def _classify_line(line: Line, rules) -> str | None:
    if not any(ch.isalnum() for ch in line.text):
        return "punctuation"
    for kind, pattern in rules:
        if pattern.search(line.text):
            return kind
    if _is_byline(line):
        return "byline"
    return None


def _is_furniture(text: str) -> bool:
    """A line that reads like page furniture: short and not a sentence."""
    return word_count(text) <= 12 and not ends_sentence(text)


def clean(text: str) -> Cleaned:
    """Classify every line of a page as Conclusion text or clutter, keeping metadata."""
    lines = split_lines(text)
    rules = _line_rules()
    kinds: dict[int, str] = {}
    for i, line in enumerate(lines):
        kind = _classify_line(line, rules)
        if kind:
            kinds[i] = kind

    _mark_closing(lines, kinds)
    _mark_tail(lines, kinds, len(text))
    _mark_attribution(lines, kinds)
    title = _mark_head(lines, kinds)

    body = tuple(line for i, line in enumerate(lines) if i not in kinds)
    removed = tuple((line, kinds[i]) for i, line in enumerate(lines) if i in kinds)
    urls = tuple(SOURCE_LINE.search(line.text)["url"] for line, kind in removed if kind == "source")
    published = next((_published(line) for line, kind in removed if kind == "byline"), None)
    return Cleaned(body, removed, title, urls, published)


def _mark_closing(lines: list[Line], kinds: dict[int, str]) -> None:
    """The distribution list, the signature block or a source credit closes the text; it and all
    after it are no clauses."""
    closing = cues.cue("closing", None)
    credit = re.compile(rf"(?:{cues.alternation(cues.words('source_word', None))})\s*:", re.I)
    for i, line in enumerate(lines):
        if i in kinds or i < len(lines) // 3:
            continue
        folded = cues.fold(line.text)
        opening = closing.match(folded) if closing else None
        heading = opening and folded[opening.end() :].lstrip().startswith(":")  # "Nơi nhận: ..." of any length
        short = word_count(line.text) <= 8
        if heading or (short and (opening or credit.match(folded))):
            for j in range(i, len(lines)):
                kinds.setdefault(j, "closing")
            return


def _mark_tail(lines: list[Line], kinds: dict[int, str], size: int) -> None:
    """After the article's last "Source: URL" line comes page furniture: related links, menus."""
    sources = [i for i, kind in kinds.items() if kind == "source" and lines[i].start >= size / 2]
    if sources:
        for i in range(max(sources) + 1, len(lines)):
            kinds.setdefault(i, "tail")
        return
    for i in range(len(lines) - 1, -1, -1):
        if i in kinds:
            continue
        if not _is_furniture(lines[i].text):
            break
        kinds[i] = "tail"


def _mark_attribution(lines: list[Line], kinds: dict[int, str]) -> None:
    """Short unpunctuated lines closing the article ("According to VNA") are attributions."""
    for i in range(len(lines) - 1, -1, -1):
        if i in kinds:
            continue
        if word_count(lines[i].text) <= 6 and not ends_sentence(lines[i].text):
            kinds[i] = "attribution"
            continue
        break


SECTION_WORDS = 4  # a site's section name, brand or breadcrumb above a headline ("Politics", "Thời sự")
LEAD_WORDS = 12  # the first sentence this long opens the article: the head is what comes before it


def _section_name(text: str) -> bool:
    """A short line in ordinary case with no number and no sentence: above the first sentence of
    a page, the site's section, brand or breadcrumb, not the text (capitals are the official
    header: "ĐẢNG CỘNG SẢN VIỆT NAM", "KẾT LUẬN")."""
    letters = [ch for ch in text if ch.isalpha()]
    crumbs = [part for part in re.split(r"\s[>›»]\s", text) if part.strip()]
    if len(crumbs) > 1 and all(_section_name(part) for part in crumbs):
        return True  # a breadcrumb: "Trang chủ > Chính trị"
    return (
        word_count(text) <= SECTION_WORDS
        and not ends_sentence(text)
        and not any(ch.isdigit() for ch in text)
        and not all(ch.isupper() for ch in letters)
        and not starts_with_marker(text)
    )


def _mark_head(lines: list[Line], kinds: dict[int, str]) -> str | None:
    """Banners, section names and the headline sit before the first sentence of the article."""
    title = None
    open_ = [i for i in range(len(lines)) if i not in kinds]
    lead = next(
        (pos for pos, i in enumerate(open_) if ends_sentence(lines[i].text) and word_count(lines[i].text) >= LEAD_WORDS), 0
    )
    for i in open_[:lead]:
        if _section_name(lines[i].text):
            kinds[i] = "banner"
    open_ = [i for i in open_ if i not in kinds]
    for pos, i in enumerate(open_):
        text = lines[i].text
        if _is_furniture(text) and DOMAIN.search(text):
            kinds[i] = "banner"
            continue
        if title is None and _title_like(text) and len(open_) - pos > 2:
            kinds[i] = "title"
            title = text
        break
    return title


def _title_like(text: str) -> bool:
    core = text.rstrip(_TRAILERS)
    # a headline is short, introduces nothing and never opens with a clause number
    return word_count(text) <= 30 and not core.endswith(":") and not starts_with_marker(text)
