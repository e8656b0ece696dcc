"""The main text of a saved news page (BeautifulSoup): its title, its article and its lists, without page furniture."""

from __future__ import annotations

import re
from collections import defaultdict

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from corpus.markers import starts_with_marker, to_roman

NEVER_TEXT = ["script", "style", "noscript", "template", "svg", "iframe", "button", "select"]  # JSON-LD is a <script>
FURNITURE = {"nav", "header", "footer", "aside", "form"}  # dropped unless they hold the article (a page-wide <form>)
CLUTTER_WORDS = {
    "cookie", "cookies", "consent", "banner", "share", "sharing", "social", "related", "breadcrumb", "breadcrumbs",
    "comment", "comments", "advert", "adverts", "advertisement", "ads", "newsletter",
}  # fmt: skip
CLUTTER_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search"}
BLOCKS = [
    "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
    "blockquote", "figure", "figcaption", "table", "caption", "ul", "ol", "dl", "dt", "dd", "pre", "hr", "address",
]  # fmt: skip


def html_text(markup: str) -> str:
    """The title and main text of an HTML page (its article, else its body text), blocks joined by blank lines."""
    soup = BeautifulSoup(markup, "html.parser")
    link = _own_link(soup)
    for node in soup.find_all(string=lambda s: isinstance(s, PreformattedString)):  # comments, doctype, CDATA
        node.extract()
    for tag in soup.find_all(NEVER_TEXT) + soup.find_all(_hidden):
        if not tag.decomposed:
            tag.decompose()
    clutter = [tag for tag in soup.find_all(True) if _is_clutter(tag)]
    # a <form> may wrap a whole page (ASP.NET), a <header> the title: neither rules out what it holds
    main = _main(soup, {id(tag) for tag in clutter if tag.name != "form"})
    h1 = _title(soup, {id(tag) for tag in clutter if tag.name not in ("header", "form")})
    title = " ".join(h1.get_text(" ").split()) if h1 else None
    for tag in clutter:
        if not tag.decomposed and tag is not main and not any(parent is tag for parent in main.parents):
            tag.decompose()
    if h1 and not h1.decomposed and any(parent is main for parent in h1.parents):
        title = None  # read in its place with the rest of the article
    credit = [f"Source: {link}"] if link else []  # the page's own address, read as any source line is
    return "\n\n".join(([title] if title else []) + _blocks(main) + credit)


def _own_link(soup: BeautifulSoup) -> str | None:
    """The address a saved page says it has: its canonical link, else its og:url."""
    canonical = soup.find("link", rel=lambda rel: rel and "canonical" in rel, href=True)
    meta = soup.find("meta", property="og:url", content=True)
    url = canonical["href"] if canonical else (meta["content"] if meta else None)
    return url.strip() if url and re.match(r"https?://", url.strip()) else None


def _hidden(tag: Tag) -> bool:
    return tag.has_attr("hidden") or bool(re.search(r"display\s*:\s*none", tag.get("style") or ""))


def _words(tag: Tag) -> set[str]:
    """The words of a tag's class, id and role: "cookie-banner", "shareTools", "related_news" -> cookie, banner, share..."""
    values = list(tag.get("class") or []) + [tag.get("id") or "", tag.get("role") or ""]
    return {w.lower() for value in values for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", value)}


def _is_clutter(tag: Tag) -> bool:
    """Page furniture by tag, class, id or role; never the <html> or <body> that everything is in."""
    if tag.name in ("html", "body"):
        return False
    return tag.name in FURNITURE or bool(_words(tag) & CLUTTER_WORDS) or (tag.get("role") or "") in CLUTTER_ROLES


def _outside(tag: Tag, clutter: set[int]) -> bool:
    return id(tag) not in clutter and not any(id(parent) in clutter for parent in tag.parents)


def _paragraph_text(tag: Tag) -> tuple[int, int]:
    return sum(len(p.get_text(strip=True)) for p in tag.find_all("p")), len(tag.get_text(strip=True))


def _main(soup: BeautifulSoup, clutter: set[int]) -> Tag:
    """The <article> (the largest, when there are several), else <main>, else the element with the most paragraph text."""
    for name in ("article", "main"):
        found = [tag for tag in soup.find_all(name) if _outside(tag, clutter) and tag.get_text(strip=True)]
        if found:
            return max(found, key=_paragraph_text)
    scores: dict[int, float] = defaultdict(float)  # id of a tag -> the paragraph text it holds
    holders: dict[int, Tag] = {}
    for block in soup.find_all(["p", "li"]):
        holder = block.parent.parent if block.name == "li" and block.parent else block.parent  # a list is a paragraph
        if holder is None or not _outside(block, clutter):
            continue
        # as readability does, half to the holder's parent: text split over sibling blocks stays together
        for tag, share in ((holder, 1.0), (holder.parent, 0.5)):
            if tag is not None:
                scores[id(tag)] += share * len(block.get_text(strip=True))
                holders[id(tag)] = tag
    best = max(scores, key=scores.__getitem__, default=None)
    return holders[best] if best is not None and scores[best] else soup.body or soup


def _title(soup: BeautifulSoup, clutter: set[int]) -> Tag | None:
    """The page's <h1>, wherever it sits (a page header too), unless in a menu, sidebar, footer or banner."""
    return next((h1 for h1 in soup.find_all("h1") if h1.get_text(strip=True) and _outside(h1, clutter)), None)


def _blocks(main: Tag) -> list[str]:
    """The text of an element, one block a paragraph, heading, list item or table cell."""
    _number_lists(main)
    for text in main.find_all(string=True):
        text.replace_with(re.sub(r"\s+", " ", str(text)))  # source line breaks are spaces; blocks make the lines
    for br in main.find_all("br"):
        br.replace_with("\n")
    for tag in main.find_all(BLOCKS):
        tag.insert_before("\n")
        tag.append("\n")
    lines = (" ".join(line.split()) for line in main.get_text().split("\n"))
    return [line for line in lines if line]


BULLETS = ("-", "+", "•")  # a <ul> in a <ul> is a nested list: its items take the next bullet, as Vietnamese texts write them


def _number_lists(main: Tag) -> None:
    """Put before each list item the marker a browser shows: "1.", "a)", "i." in an <ol> (start,
    type, value), "-" in a <ul> ("+" in a <ul> inside one, then "•")."""
    for lst in main.find_all(["ol", "ul"]):
        items = lst.find_all("li", recursive=False)
        depth = len(lst.find_parents("ul"))
        kind = (lst.get("type") or "1") if lst.name == "ol" else BULLETS[min(depth, len(BULLETS) - 1)]
        step = -1 if lst.name == "ol" and lst.has_attr("reversed") else 1
        number = _int(lst.get("start"), len(items) if step < 0 else 1)
        for li in items:
            number = _int(li.get("value"), number)
            if not starts_with_marker(" ".join(li.get_text(" ").split())):
                # before its first text, inside the paragraph a loose list item holds (<li><p>…)
                first = li.find(string=lambda s: s.strip())
                marker = NavigableString(_marker(number, kind) + " ")
                first.insert_before(marker) if first is not None else li.insert(0, marker)
            number += step


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _marker(number: int, kind: str) -> str:
    """A list item's marker: a bullet, "3.", "c)", "C)", "iii.", "III."."""
    if kind in ("a", "A") and number > 0:
        letters = ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters  # a ... z, aa, ab as browsers count
        return f"{letters.upper() if kind == 'A' else letters})"
    if kind in ("i", "I") and 0 < number < 400:
        return f"{to_roman(number).upper() if kind == 'I' else to_roman(number)}."
    return kind if kind in BULLETS else f"{number}."
