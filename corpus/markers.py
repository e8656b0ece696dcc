"""Clause and item markers: "3.", "۳.", "II.", "(1)", "1)", "(ii)", "a)", "đ)", "-", "+", "•", "[1]"."""

from __future__ import annotations

import re
from dataclasses import dataclass

ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

SECTION_AT_START = re.compile(r"^(?P<v>\d{1,3})\.(?=\s+\D)\s*")
ROMAN_AT_START = re.compile(r"^(?P<v>[IVXL]{1,6})\.(?=\s+\D)\s*")
BULLET_AT_START = re.compile(r"^(?P<v>[-+•–—*▪●○◦])(?=\s)\s*")
# Vietnamese letters its lists run through: "d)" is followed by "đ)", then "e)"
ALPHABET = "abcdđefghijklmnopqrstuvwxyz"
ITEM_AT_START = re.compile(r"^(?:\((?P<p>\d{1,2}|[ivxlc]{1,6}|[a-zđ])\)|(?P<b>\d{1,2}|[a-zđ])\))(?=\s)\s*")
FOOTNOTE_AT_START = re.compile(r"^\[(?P<v>\d{1,3})\](?=\s)\s*")
# A marker inside a paragraph follows the end of a sentence or a lead-in.
INLINE = re.compile(
    r"(?<=[:;.؛!?…])\s+(?P<m>\((?:\d{1,2}|[ivxlc]{1,6}|[a-zđ])\)(?=\s)|(?:\d{1,2}|[a-zđ])\)(?=\s)|\d{1,3}\.(?=\s+\D))"
)


@dataclass(frozen=True)
class Marker:
    """A parsed marker: its kind ("section", "roman-section", "num", "roman", "alpha", "dot",
    "footnote", or "bullet" and its character: "bullet-", "bullet+") and value (a bullet's place
    in its list is its value)."""

    kind: str
    value: int
    length: int  # characters the marker and its following spaces take

    @property
    def key(self) -> str:
        """The path component for this marker: "3", "ii", "b"."""
        if self.kind == "roman":
            return to_roman(self.value)
        if self.kind == "roman-section":
            return to_roman(self.value).upper()
        if self.kind == "alpha":
            return ALPHABET[self.value - 1]
        if self.kind.startswith("bullet"):
            return f"b{self.value}"
        return str(self.value)


def roman_value(text: str) -> int | None:
    """Value of a lower-case Roman numeral, or None if it is not a well-formed one."""
    total = 0
    for i, ch in enumerate(text):
        value = ROMAN[ch]
        nxt = ROMAN[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < nxt else value
    return total if total > 0 and to_roman(total) == text else None


def to_roman(value: int) -> str:
    """Lower-case Roman numeral for 1..399."""
    out = ""
    for number, symbol in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= number:
            out += symbol
            value -= number
    return out


def item_marker(token: str, length: int, alpha_next: int | None = None) -> Marker | None:
    """Classify an item token ("1", "ii", "b"); `alpha_next` is the letter a running a) b) list expects."""
    if token.isdigit():
        return Marker("num", int(token), length)
    letter = ALPHABET.index(token) + 1 if len(token) == 1 and token in ALPHABET else None
    if letter is not None and alpha_next == letter:
        return Marker("alpha", letter, length)
    roman = roman_value(token) if set(token) <= set(ROMAN) else None
    if roman is not None:
        return Marker("roman", roman, length)
    return Marker("alpha", letter, length) if letter is not None else None


def leading_marker(text: str, alpha_next: int | None = None) -> Marker | None:
    """The marker a paragraph opens with, if any."""
    if match := FOOTNOTE_AT_START.match(text):
        return Marker("footnote", int(match["v"]), match.end())
    if match := SECTION_AT_START.match(text):
        return Marker("section", int(match["v"]), match.end())
    if (match := ROMAN_AT_START.match(text)) and (value := roman_value(match["v"].lower())):
        return Marker("roman-section", value, match.end())
    if match := BULLET_AT_START.match(text):
        return Marker("bullet" + match["v"], 0, match.end())  # its place is given when it is placed
    if match := ITEM_AT_START.match(text):
        return item_marker(match["p"] or match["b"], match.end(), alpha_next)
    return None


def inline_marker(token: str, alpha_next: int | None = None) -> Marker | None:
    """Classify a marker token found inside a paragraph ("(2)", "3.")."""
    length = len(token)
    if token.endswith("."):
        return Marker("section", int(token[:-1]), length)
    return item_marker(token.strip("()"), length, alpha_next)


def follows(marker: Marker, expected: int | None) -> bool:
    """True when a marker continues its list: the value expected, or "e)" after "d)" in a list
    that does not use the Vietnamese "đ)"."""
    if expected is None:
        return False
    skips_dd = marker.kind == "alpha" and expected == ALPHABET.index("đ") + 1
    return marker.value == expected or (skips_dd and marker.value == expected + 1)


def starts_with_marker(text: str) -> bool:
    """True when text opens with a clause, item or footnote marker."""
    return leading_marker(text) is not None
