"""`assistant eval documents SET`: answers and the reader itself on documents the rules were not
written from, ingested beside the corpus.

A set folder holds `documents/` (files as a deployment receives them), `questions.jsonl` (gold
citations given as verbatim quotes of the clause that answers, so that the gold does not depend
on how the reader numbers clauses), and optionally `slots.jsonl` (for each task-giving clause,
the bodies and deadline it should yield) and `sources.jsonl` (for each file, the Conclusion it
belongs to, its date, kind and link). Scores are reported per split (dev, held-out) and per
document, or per kind of question where questions carry a `kind`; tune on dev only."""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from corpus.records import Clause, Document
from evals.answers import deadline_sources, prf, states_fact, supported
from evals.metrics import mean
from evals.report import write

PARTIAL = 0.6  # a quote is found in the clause holding this share of it, when no clause holds it whole


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[‘’ʼ]", "'", re.sub(r"[“”„«»]", '"', text))
    return " ".join(text.split())


@dataclass(frozen=True)
class Anchor:
    """A clause named by its file and a verbatim quote of it."""

    doc: str
    quote: str


class Anchors:
    """Finds the clause of a file that holds a quote."""

    def __init__(self, clauses: dict[str, Clause]):
        self.by_file: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for clause in clauses.values():
            for lang, span in clause.spans.items():
                self.by_file[span.file].append((clause.id, _norm(clause.texts[lang])))

    def resolve(self, anchor: Anchor) -> str | None:
        """The id of the clause holding the quote (the shortest one that holds it whole, else the one
        holding the longest part of it, if that is at least PARTIAL of it); None when the reader lost it."""
        quote = _norm(anchor.quote)
        candidates = self.by_file.get(anchor.doc, [])
        whole = [(len(text), cid) for cid, text in candidates if quote in text]
        if whole:
            return min(whole)[1]
        best, best_cid = 0, None
        for cid, text in candidates:
            match = SequenceMatcher(None, quote, text, autojunk=False).find_longest_match(0, len(quote), 0, len(text))
            if match.size > best:
                best, best_cid = match.size, cid
        return best_cid if best >= PARTIAL * len(quote) else None


def _anchors(items: list[dict]) -> list[Anchor]:
    return [Anchor(item["doc"], item["quote"]) for item in items]


def load_jsonl(path: Path) -> list[dict]:
    """The lines of a JSONL file, or none when it is missing."""
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def answer_rows(answerer, questions: list[dict], anchors: Anchors, clauses: dict, progress=lambda items: items) -> list[dict]:
    """Each question answered and scored: citation P/R/F1 against the resolved gold, the fact,
    support. As in `eval answers`, the clause stating a gold clause's deadline for it may be cited."""
    if questions:
        answerer.answer(questions[0]["text"])  # warm: what loads lazily loads before timing
    rows = []
    for q in progress(questions):
        gold = {cid for cid in map(anchors.resolve, _anchors(q["gold"])) if cid}
        also = {cid for cid in map(anchors.resolve, _anchors(q.get("also", []))) if cid}
        alternatives = {cid for cid in map(anchors.resolve, _anchors(q.get("alternatives", []))) if cid} - gold
        also |= deadline_sources(frozenset(gold | alternatives), clauses)
        start = time.perf_counter()
        answer = answerer.answer(q["text"])
        ms = (time.perf_counter() - start) * 1000
        cited = [c.clause.id for c in answer.citations]
        group = q.get("kind") or q["doc"]
        row = {"id": q["_id"], "group": group, "split": q["split"], "lang": q["lang"], "ms": ms, "cited": cited}
        row.update(answerable=bool(q["gold"]), abstained=answer.abstained, answer=answer.text, gold=sorted(gold))
        row["lost"] = len(q["gold"]) - len(gold)  # gold quotes the reader kept in no clause
        if q["gold"]:
            p, r, f1 = prf(cited, frozenset(gold), frozenset(also), frozenset(alternatives)) if gold else (0.0, 0.0, 0.0)
            row.update(p=p, r=r, f1=f1, support=supported(answer))
            row["fact"] = states_fact(answer.text, answer.language, q["fact"]) if q["fact"] else None
        rows.append(row)
    return rows


def _summary(rows: list[dict]) -> dict:
    answerable = [r for r in rows if r["answerable"]]
    facts = [r["fact"] for r in answerable if r.get("fact") is not None]
    ms = sorted(r["ms"] for r in rows)
    return {
        "questions": len(rows),
        "precision": mean([r["p"] for r in answerable]),
        "recall": mean([r["r"] for r in answerable]),
        "f1": mean([r["f1"] for r in answerable]),
        "fact": mean([1.0 if f else 0.0 for f in facts]),
        "abstention": mean([1.0 if r["abstained"] else 0.0 for r in rows if not r["answerable"]]),
        "lost_gold": sum(r["lost"] for r in rows),
        "p50_ms": ms[len(ms) // 2] if ms else None,
    }


def _first_due(clause: Clause):
    return next((d for d in clause.deadlines if d.due or d.recurring), None)


def _frequency(rrule: str | None) -> str | None:
    """ "monthly", "quarterly" or "half-yearly" (monthly with an interval of 3 or 6) or "yearly",
    from an RFC 5545 rule."""
    found = re.search(r"FREQ=(\w+)", rrule or "")
    if not found:
        return None
    interval = re.search(r"INTERVAL=(\d+)", rrule)
    return {"3": "quarterly", "6": "half-yearly"}.get(interval[1] if interval else "", found[1].lower())


def slot_rows(slots: list[dict], anchors: Anchors, clauses: dict[str, Clause], canonical) -> list[dict]:
    """What the reader gave each task clause against what it should: bodies (lead and supporting),
    the lead alone, due date, granularity, recurring."""
    rows = []
    for slot in slots:
        cid = anchors.resolve(Anchor(slot["doc"], slot["quote"]))
        clause = clauses.get(cid) if cid else None
        deadline = _first_due(clause) if clause else None
        got_actors = set(clause.tasked) | set(clause.supporting) if clause else set()
        want = {canonical(name) for name in slot.get("actors", [])}
        rows.append(
            {
                "doc": slot["doc"],
                "quote": slot["quote"],
                "clause": cid,
                "actors_want": sorted(want),
                "actors_got": sorted(got_actors),
                "lead_want": sorted({canonical(name) for name in slot.get("lead", [])}),
                "lead_got": sorted(clause.actors) if clause else [],
                "due_want": slot.get("due"),
                "due_got": deadline.due.isoformat() if deadline and deadline.due else None,
                "gran_want": slot.get("granularity"),
                "gran_got": deadline.granularity if deadline else None,
                "rec_want": slot.get("recurring"),
                "rec_got": _frequency(deadline.recurring) if deadline else None,
            }
        )
    return rows


def _pr(pairs: list[tuple[set, set]]) -> tuple[float | None, float | None]:
    """Micro precision and recall of got against wanted items."""
    got = sum(len(g) for g, _ in pairs)
    want = sum(len(w) for _, w in pairs)
    right = sum(len(g & w) for g, w in pairs)
    return (right / got if got else None), (right / want if want else None)


def slot_summary(rows: list[dict]) -> dict:
    """Slot precision and recall: bodies, lead, due date, granularity and recurrence."""
    out: dict = {"clauses": len(rows), "found": sum(1 for r in rows if r["clause"])}
    out["bodies_p"], out["bodies_r"] = _pr([(set(r["actors_got"]), set(r["actors_want"])) for r in rows])
    led = [r for r in rows if r["lead_want"]]  # the lead ("chủ trì") where the slot names one
    out["lead_p"], out["lead_r"] = _pr([(set(r["lead_got"]), set(r["lead_want"])) for r in led])
    for key in ("due", "gran", "rec"):
        pairs = [({r[f"{key}_got"]} - {None}, {r[f"{key}_want"]} - {None}) for r in rows]
        out[f"{key}_p"], out[f"{key}_r"] = _pr(pairs)
    return out


def source_rows(sources: list[dict], documents: tuple[Document, ...]) -> list[dict]:
    """For each file: the Conclusion, date and link the reader filed it under, against the truth."""
    by_file = {f: d for d in documents for f in d.files}
    rows = []
    for source in sources:
        document = by_file.get(source["doc"])
        rows.append(
            {
                "doc": source["doc"],
                "symbol_want": source.get("symbol"),
                "symbol_got": document.id if document else None,
                "date_want": source.get("date_of_conclusion"),
                "date_got": document.date.isoformat() if document and document.date else None,
                "url_want": source.get("url"),
                "url_in": bool(document and source.get("url") in document.source_urls) if source.get("url") else None,
            }
        )
    return rows


def _fmt(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def markdown(report: dict) -> str:
    """Answer scores per split and per document, then the reader's slot scores per document."""
    keys = ("questions", "precision", "recall", "f1", "fact", "abstention", "lost_gold", "p50_ms")
    lines = ["| answers | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    for group, s in report["answers"].items():
        lines.append(f"| {group} | " + " | ".join(_fmt(round(s[k]) if k == "p50_ms" and s[k] else s[k]) for k in keys) + " |")
    if report["slots"]:
        keys = (
            "clauses",
            "found",
            "bodies_p",
            "bodies_r",
            "lead_p",
            "lead_r",
            "due_p",
            "due_r",
            "gran_p",
            "gran_r",
            "rec_p",
            "rec_r",
        )
        lines += ["", "| reader | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
        for group, s in report["slots"].items():
            lines.append(f"| {group} | " + " | ".join(_fmt(s[k]) for k in keys) + " |")
    if report["sources"]:
        lines += ["", "| file | Conclusion (want / got) | date (want / got) | link kept |", "|---|---|---|---|"]
        for r in report["sources"]:
            symbol, day = f"{r['symbol_want']} / {r['symbol_got']}", f"{r['date_want']} / {r['date_got']}"
            lines.append(f"| {r['doc']} | {symbol} | {day} | {_fmt(r['url_in'])} |")
    return "\n".join(lines)


def _grouped(rows: list[dict], summarise, group_of, split_of) -> dict:
    """Scores of all rows, per split and per group (a question's kind, else its document)."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups["all"].append(row)
        groups[f"split {split_of(row)}"].append(row)
        groups[group_of(row)].append(row)
    order = sorted(groups, key=lambda g: (g != "all", not g.startswith("split"), g))
    return {g: summarise(groups[g]) for g in order}


def run(answerer, clauses: dict[str, Clause], documents, canonical, folder: Path, out: Path, progress=lambda x: x) -> dict:
    """Score a set folder against an ingest that holds its documents; write the report into `out`."""
    questions = load_jsonl(folder / "questions.jsonl")
    anchors = Anchors(clauses)
    split_of = {q["doc"]: q["split"] for q in questions if "doc" in q}
    rows = answer_rows(answerer, questions, anchors, clauses, progress)
    sources = load_jsonl(folder / "sources.jsonl")
    stated = load_jsonl(folder / "slots.jsonl") + [{"doc": s["doc"], **d} for s in sources for d in s.get("deadlines", [])]
    slots = slot_rows(stated, anchors, clauses, canonical)
    report = {
        "answers": _grouped(rows, _summary, lambda r: r["group"], lambda r: r["split"]),
        "slots": _grouped(slots, slot_summary, lambda r: r["doc"], lambda r: split_of.get(r["doc"], "?")) if slots else {},
        "sources": source_rows(sources, documents),
        "rows": rows,
        "slot_rows": slots,
    }
    write(out, "documents", f"Unseen documents: {folder.name}", markdown(report), report)
    return report
