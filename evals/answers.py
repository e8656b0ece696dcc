"""`assistant eval answers`: citation precision/recall/F1 at clause level, support, fact
accuracy, abstention and latency of the answering core, against the splitter baseline."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.records import Answer
from assistant.verify import stated_dates, supported_dates
from corpus.deadlines import find_dates
from evals.metrics import by_language, mean
from evals.report import write

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    lang: str
    gold: frozenset[str]
    also: frozenset[str]  # clauses an answer may also cite: the asked body's tasks outside the period
    fact: dict

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


def load_cases(path: Path = DATA / "answers.jsonl") -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        cases.append(Case(d["_id"], d["text"], d["lang"], frozenset(d["gold"]), frozenset(d.get("also", ())), d.get("fact", {})))
    return cases


def prf(
    cited: list[str], gold: frozenset[str], also: frozenset[str], alternatives: frozenset[str] = frozenset()
) -> tuple[float, float, float]:
    """Clause-level precision (a citation is right if gold, allowed extra or alternative), recall
    over gold (each cited alternative, the same fact in another source, stands in for one gold
    clause not cited), F1."""
    if not cited:
        return 0.0, 0.0, 0.0
    precision = sum(1 for c in cited if c in gold or c in also or c in alternatives) / len(cited)
    found = len(gold & set(cited))
    recall = min(len(gold), found + len(alternatives & set(cited))) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def deadline_sources(gold: frozenset[str], clauses: dict) -> frozenset[str]:
    """Clauses that state a gold clause's deadline for it ("all the tasks above ... by 15 December"):
    citing one cites the evidence for the deadline the answer states, so it is no wrong citation."""
    return frozenset(d.stated_in for cid in gold if cid in clauses for d in clauses[cid].deadlines if d.stated_in)


def states_fact(text: str, language: str, fact: dict) -> bool:
    """The answer states the key fact: a due date (any wording of that day or month), a clause
    reference, or one of the strings listed under "says" (a frequency, a name, a symbol)."""
    if "ref" in fact:
        return fact["ref"] in text
    if "says" in fact:
        return any(s.casefold() in text.casefold() for s in fact["says"])
    due = fact["due"]
    return any(d.isoformat() == due for _, _, d, _ in find_dates(text, language))


def supported(answer: Answer) -> float | None:
    """Share of cited statements whose quote is verbatim in the cited clause and whose dates it states."""
    by_marker = {c.marker: c for c in answer.citations}
    results = []
    for line in answer.text.splitlines():
        markers = [int(m) for m in re.findall(r"\[(\d+)\]", line)]
        if not markers:
            continue
        cited = [by_marker[m] for m in markers if m in by_marker]
        quotes = re.findall(r"“(.*?)”", line)
        quoted_ok = all(any(part in c.text for c in cited) for q in quotes for part in q.split(" … "))
        dates_ok = not (stated_dates(re.sub(r"“.*?”", " ", line), answer.language) - supported_dates(cited))
        results.append(bool(cited) and quoted_ok and dates_ok)
    return mean([1.0 if r else 0.0 for r in results])


def evaluate(answerer, baseline, cases: list[Case], clauses: dict, progress=lambda items: items) -> dict:
    """Both systems on every case, timed warm: one unscored question first loads what loads lazily;
    `clauses` are the corpus's clauses by id."""
    if cases:
        answerer.answer(cases[0].text)
        baseline.retrieve(cases[0].text)
    refs = {cid: f"{c.document} {c.label}" for cid, c in clauses.items()}  # for reference facts
    rows = []
    for case in progress(cases):
        start = time.perf_counter()
        answer = answerer.answer(case.text)
        ours_s = time.perf_counter() - start
        start = time.perf_counter()
        chunks = baseline.retrieve(case.text)
        base_s = time.perf_counter() - start
        ours_cited = [c.clause.id for c in answer.citations]
        base_cited = [c.clause or f"(clutter) {c.id}" for c in chunks]
        row = {
            "id": case.id,
            "lang": case.lang,
            "answerable": case.answerable,
            "ours_ms": ours_s * 1000,
            "baseline_ms": base_s * 1000,
        }
        row["ours"] = {"cited": ours_cited, "abstained": answer.abstained, "answer": answer.text}
        row["baseline"] = {"cited": base_cited, "abstained": False}
        if case.answerable:
            allowed = case.also | deadline_sources(case.gold, clauses)
            row["ours"].update(zip(("p", "r", "f1"), prf(ours_cited, case.gold, allowed), strict=True))
            row["baseline"].update(zip(("p", "r", "f1"), prf(base_cited, case.gold, allowed), strict=True))
            row["ours"]["fact"] = states_fact(answer.text, answer.language, case.fact)
            base_text = "\n".join(c.text for c in chunks)
            base_fact = ("ref" in case.fact and any(refs.get(cid) == case.fact["ref"] for cid in base_cited)) or (
                "due" in case.fact and any(states_fact(c.text, None, case.fact) for c in chunks)
            )
            row["baseline"]["fact"] = bool(base_fact) and bool(base_text)
            row["ours"]["support"] = supported(answer)
            row["baseline"]["support"] = mean([1.0 if c.clause else 0.0 for c in chunks])
        rows.append(row)
    return {"rows": rows, "summary": summarise(rows)}


def summarise(rows: list[dict]) -> dict:
    out: dict = {}
    groups = by_language(rows)
    for system in ("ours", "baseline"):
        out[system] = {}
        for group, items in groups.items():
            answerable = [r[system] for r in items if r["answerable"]]
            unanswerable = [r[system] for r in items if not r["answerable"]]
            ms = sorted(r[f"{system}_ms"] for r in items)
            out[system][group] = {
                "questions": len(items),
                "precision": mean([a["p"] for a in answerable]),
                "recall": mean([a["r"] for a in answerable]),
                "f1": mean([a["f1"] for a in answerable]),
                "support": mean([a["support"] for a in answerable if a["support"] is not None]),
                "fact": mean([1.0 if a["fact"] else 0.0 for a in answerable]),
                "abstention": mean([1.0 if u["abstained"] else 0.0 for u in unanswerable]),
                "p50_ms": ms[len(ms) // 2] if ms else None,
                "p95_ms": ms[min(len(ms) - 1, int(len(ms) * 0.95))] if ms else None,
            }
    return out


def markdown(summary: dict) -> str:
    keys = ("precision", "recall", "f1", "support", "fact", "abstention", "p50_ms", "p95_ms")
    lines = ["| system | questions | " + " | ".join(keys) + " |", "|---" * (len(keys) + 2) + "|"]
    for system in ("ours", "baseline"):
        for group, s in sorted(summary[system].items(), key=lambda kv: (kv[0] != "all", kv[0])):
            cells = ["-" if s[k] is None else (f"{s[k]:.0f}" if k.endswith("_ms") else f"{s[k]:.3f}") for k in keys]
            lines.append(f"| {system} ({group}) | {s['questions']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def chart(summary: dict, path: Path) -> None:
    """Citation F1 per question language, ours against the baseline."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups = sorted(summary["ours"], key=lambda g: (g != "all", g))
    width = 0.38
    fig, ax = plt.subplots(figsize=(7, 3.6))
    for i, system in enumerate(("ours", "baseline")):
        values = [summary[system][g]["f1"] or 0 for g in groups]
        ax.bar([x + (i - 0.5) * width for x in range(len(groups))], values, width, label=system)
    ax.set_xticks(range(len(groups)), groups)
    ax.set_ylim(0, 1.2)
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.set_ylabel("citation F1")
    ax.set_title("Citation F1 by question language")
    ax.legend(ncol=2, loc="upper center")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def run(answerer, baseline, clauses: dict, folder: Path, gold: Path | None = None, progress=lambda items: items) -> Path:
    """Score answers on a gold file (default: evals/data/answers.jsonl) and write the report and
    chart into `folder`; prints the table."""
    result = evaluate(answerer, baseline, load_cases(gold) if gold else load_cases(), clauses, progress)
    folder = write(folder, "answers", "Answers: ours against the splitter baseline", markdown(result["summary"]), result)
    chart(result["summary"], folder / "answers.png")
    print(f"Chart: {folder / 'answers.png'}")
    return folder
