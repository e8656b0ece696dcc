"""Who must act: bodies of the gazetteer found in clause text, told apart from bodies merely named.

A body is given a task when it
- follows a verb that hands out tasks ("assign X to", "request X to", "direct X
  to"; in Persian the object comes before that verb), or
- is the subject opening a sentence ("(3) The Ministry of Finance shall ..."),
- or stands in a list joined to such a body ("X and Y").
Bodies in a sentence of thanks or praise, and the issuers (Politburo,
Secretariat) when they hand out tasks, are only mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from corpus import cues

ISSUERS = {"politburo", "secretariat"}
SUBJECT_WORDS = 1  # words that may precede a subject ("The", "Members of")
OPENING_WORDS = 4  # an opening phrase set off by a comma ("Accordingly,") is skipped
CUE_REACH = 40  # characters between a task-giving verb and the body it names
_SEGMENT = re.compile(r"[.;؛:!?](?=\s|$)")
_DOC_REF = re.compile(r"\s*(?:№|No\.?|nr\.?|số|شماره|N°)\s*\d", re.IGNORECASE)
_LEADING_MARKER = re.compile(r"^\s*(?:\(\w{1,6}\)|\w{1,3}[.)]|[-+•–—*▪●○◦](?=\s))\s*")  # "(1)", "a)", "2.", a bullet


@dataclass(frozen=True, eq=False)
class Body:
    """One body of the gazetteer."""

    en: str
    vi: str
    kind: str
    names: dict[str, tuple[str, ...]]
    leads: str | None = None  # the body this Party committee leads ("Government" for the Government Party Committee)


@dataclass(frozen=True)
class Mention:
    """A body named in a text, at [start, end)."""

    start: int
    end: int
    body: Body


class Gazetteer:
    """The multilingual list of bodies, and matching of their names in text."""

    def __init__(self, bodies: list[Body]):
        self.bodies = bodies
        self._patterns: dict[str | None, list[tuple[re.Pattern[str], Body]]] = {}

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Read a gazetteer YAML file."""
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        bodies = []
        for entry in data["bodies"]:
            names = {lang: tuple(values) for lang, values in (entry.get("names") or {}).items()}
            bodies.append(Body(entry["en"], entry["vi"], entry.get("kind", "other"), names, entry.get("leads")))
        return cls(bodies)

    def kin(self, name: str) -> tuple[str, ...]:
        """The Party committee leading a body, or the body a Party committee leads."""
        return tuple(b.leads if b.en == name else b.en for b in self.bodies if b.leads and name in (b.en, b.leads))

    def _names(self, body: Body, lang: str | None) -> list[str]:
        langs = {lang, "en", "vi"} if lang else set(body.names) | {"en", "vi"}
        canonical = [] if body.names.get("en") else [body.en]  # listed English names replace the canonical one
        return canonical + [body.vi] + [n for code in langs for n in body.names.get(code, ())]

    def _compiled(self, lang: str | None) -> list[tuple[re.Pattern[str], Body]]:
        if lang not in self._patterns:
            self._patterns[lang] = [(cues.compile_phrases(self._names(b, lang)), b) for b in self.bodies]
        return self._patterns[lang]

    def find(self, text: str, lang: str | None) -> list[Mention]:
        """Bodies named in text, longest match winning where names overlap."""
        folded = cues.fold(text)
        found = [Mention(m.start(), m.end(), body) for pattern, body in self._compiled(lang) for m in pattern.finditer(folded)]
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        kept: list[Mention] = []
        for mention in found:
            if all(mention.end <= k.start or mention.start >= k.end for k in kept):
                kept.append(mention)
        return sorted(kept, key=lambda m: m.start)

    def resolve(self, name: str) -> Body | None:
        """The body a person's name for it refers to, in any language the gazetteer knows."""
        key = cues.normalise_name(name)
        for body in self.bodies:
            if key in (cues.normalise_name(body.en), cues.normalise_name(body.vi)):
                return body
        for mention in self.find(name, None):
            before, after = name[: mention.start].split(), name[mention.end :].strip()
            # a short word before the name may be its article ("le Secrétariat", "the", "das", "các")
            article = len(before) == 1 and len(before[0]) <= 4 and not after
            if mention.end - mention.start >= len(name.strip()) * 0.8 or article:
                return mention.body
        return None


@dataclass(frozen=True)
class Tasked:
    """Who a text gives a task: the bodies that act (lead), those that support them ("phối hợp
    với", "in coordination with"), and those it only names; canonical English names."""

    actors: list[str]
    supporting: list[str]
    named: list[str]


def tasked(text: str, lang: str | None, gazetteer: Gazetteer) -> Tasked:
    """The bodies a text gives a task to, those that support them, and those it only names."""
    mentions = gazetteer.find(text, lang)
    acting: list[Body] = []
    helping: list[Body] = []
    objects_follow = False  # a colon after a task-giving verb opens a list of partners, not subjects
    for start, end in _segments(text):
        inside = [m for m in mentions if start <= m.start < end]
        if inside and not is_praise(text[start:end], lang):
            acting.extend(_acting_in(text, start, inside, lang, with_subject=not objects_follow))
            helping.extend(_partners_in(text, start, inside, lang))
        segment = text[start:end].rstrip()
        objects_follow = segment.endswith(":") and cues.says("directive", lang, segment)
    actors = _unique(b.en for b in acting)
    supporting = [n for n in _unique(b.en for b in helping) if n not in actors] if actors else []
    named = [n for n in _unique(m.body.en for m in mentions) if n not in actors and n not in supporting]
    return Tasked(actors, supporting, named)


def _partners_in(text: str, start: int, inside: list[Mention], lang: str | None) -> list[Body]:
    """The bodies named right after a partners cue ("phối hợp với Bộ Công an, Bộ Tài chính")."""
    cue = cues.cue("partners", lang)
    segment = cues.fold(text[start : inside[-1].end + 200])
    chosen = []
    for m in cue.finditer(segment) if cue else ():
        cue_end = start + m.end()
        chosen += [x for x in inside if 0 <= x.start - cue_end <= CUE_REACH][:1]
    return [m.body for m in _with_coordinated(text, chosen, inside, lang)]


def _segments(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SEGMENT.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def is_praise(segment: str, lang: str | None) -> bool:
    """True when a text thanks or praises (its bodies then get no task from it)."""
    return cues.says("praise", lang, segment)


def _acting_in(text: str, start: int, inside: list[Mention], lang: str | None, with_subject: bool) -> list[Body]:
    segment = cues.fold(text[start : inside[-1].end + 200])
    cue = cues.cue("directive", lang)
    found = [(start + m.start(), start + m.end()) for m in cue.finditer(segment)] if cue else []
    chosen: list[Mention] = []
    object_first = lang in cues.languages("object_before_verb")
    for cue_start, cue_end in found:
        if object_first:
            chosen += [m for m in inside if m.end <= cue_start and m.body.kind not in ISSUERS]
        else:
            after = [m for m in inside if 0 <= m.start - cue_end <= CUE_REACH]
            chosen += after[:1]
    subject = _subject(text, start, inside) if with_subject else None
    if subject and not (found and subject.body.kind in ISSUERS):
        chosen.append(subject)
    return [m.body for m in _with_coordinated(text, chosen, inside, lang)]


def _subject(text: str, start: int, inside: list[Mention]) -> Mention | None:
    """The body opening a sentence ("Accordingly, the Ministry of Finance ..."), unless it owns
    a document named right after it ("Directive of the Politburo No. 26")."""
    first = inside[0]
    head = _LEADING_MARKER.sub("", text[start : first.start])
    if len(head.split()) <= OPENING_WORDS:
        head = re.split(r"[,،]", head)[-1]
    if len(head.split()) > SUBJECT_WORDS or _DOC_REF.match(text, first.end):
        return None
    return first


def _with_coordinated(text: str, chosen: list[Mention], inside: list[Mention], lang: str | None) -> list[Mention]:
    """Add the bodies listed together with a chosen one: "X, Y and Z"."""
    joiners = cues.alternation(cues.words("coordination", lang))
    gap = re.compile(rf"^[\s,،()]*(?:(?:{joiners})[\s,،()]*)*$", re.I)
    out = list(dict.fromkeys(chosen))
    for i, mention in enumerate(inside):
        if mention in out:
            for nxt in inside[i + 1 :]:
                if not gap.match(cues.fold(text[mention.end : nxt.start])):
                    break
                if nxt not in out:
                    out.append(nxt)
                mention = nxt
    return sorted(out, key=lambda m: m.start)


def _unique(names) -> list[str]:
    return list(dict.fromkeys(names))
