"""Cue words per language (cues.yaml) compiled into regular expressions."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

CUES_FILE = Path(__file__).with_name("cues.yaml")

# Persian text arrives with Arabic letter variants and zero-width non-joiners;
# these map to one form so that one spelling in a data file matches them all.
_FOLD = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc", "\u200c": " "})


# Vietnamese writes the tone of "oa", "oe" and "uy" on either vowel ("Uỷ ban" and "Ủy ban", "hoà"
# and "hòa"); both are correct and no word is told apart by it, so matching puts it on the first.
_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
_TONE_ON_FIRST = {
    unicodedata.normalize("NFC", first + second + tone): unicodedata.normalize("NFC", first + tone) + second
    for a, b in (("o", "a"), ("o", "e"), ("u", "y"))
    for first, second in ((a, b), (a.upper(), b), (a.upper(), b.upper()))
    for tone in _TONE_MARKS
}
_TONE_ON_SECOND = re.compile("|".join(_TONE_ON_FIRST))


def fold(text: str) -> str:
    """Normalise text for matching without changing its length (NFC is applied by readers)."""
    return _TONE_ON_SECOND.sub(lambda m: _TONE_ON_FIRST[m[0]], text.translate(_FOLD))


def ascii_digits(text: str) -> str:
    """Digits of any script as ASCII ("۱۹۵" -> "195"), one character for one, so offsets stay put."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


def normalise_name(text: str) -> str:
    """Canonical key for comparing names typed by people: folded, casefolded, spaced."""
    text = unicodedata.normalize("NFC", fold(text)).casefold()
    return " ".join(text.split())


def phrase_pattern(phrase: str) -> str:
    """Regex source for one lexicon phrase: words in order, `*` for any word ending."""
    words = fold(phrase).split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"[\w'’-]*")
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


NEVER = r"(?!x)x"  # the alternation of no phrases: matches nothing


def alternation(phrases) -> str:
    """Regex source matching any of the phrases, longest first (NEVER when there are none)."""
    unique = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(phrase_pattern(p) for p in unique) or NEVER


def compile_phrases(phrases: list[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any phrase as whole words, longest first."""
    body = alternation(phrases)
    if body == NEVER:
        return None
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))


def words(concept: str, lang: str | None) -> list[str]:
    """The cue words of one concept for a language; those of all languages if it has none."""
    table = _data()[concept]
    langs = {lang} if lang in table else set(table)
    out: list[str] = []
    for code in sorted(langs):
        entry = table.get(code, [])
        out.extend(entry.keys() if isinstance(entry, dict) else entry)
    return out


@lru_cache(maxsize=256)
def cue(concept: str, lang: str | None) -> re.Pattern[str] | None:
    """Compiled pattern for a concept's cue words in a language."""
    return compile_phrases(words(concept, lang))


def says(concept: str, lang: str | None, text: str) -> bool:
    """True when a text holds one of a concept's cue words in a language."""
    pattern = cue(concept, lang)
    return bool(pattern and pattern.search(fold(text)))


def languages(concept: str) -> list[str]:
    """A concept that is a plain list of language codes (object_before_verb)."""
    return list(_data()[concept])


def mapping(concept: str, lang: str | None) -> dict:
    """A concept whose entries carry values (week ordinals, relative periods), keyed by normalised phrase."""
    table = _data()[concept]
    langs = {lang} if lang in table else set(table)
    out: dict[str, int] = {}
    for code in langs:
        for phrase, value in table.get(code, {}).items():
            out[normalise_name(phrase)] = value
    return out
