"""`assistant eval retrieval`: recall@1, recall@5, MRR@10 and abstention accuracy of dense,
BM25 and hybrid search on the gold questions, side by side, overall and per question language."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from evals.metrics import abstention_correct, by_language, mean, recall_at, reciprocal_rank
from evals.report import write

DATA = Path(__file__).with_name("data")
MODES = ("dense", "bm25", "hybrid")


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    lang: str
    gold: frozenset[str]

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


def load_questions(folder: Path = DATA, name: str = "retrieval") -> list[Question]:
    """Queries (JSONL) and qrels (TSV) in BEIR's layout."""
    gold: dict[str, set[str]] = defaultdict(set)
    with open(folder / f"{name}_qrels.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if int(row["score"]) > 0:
                gold[row["query-id"]].add(row["corpus-id"])
    questions = []
    for line in (folder / f"{name}_queries.jsonl").read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        questions.append(Question(data["_id"], data["text"], data["metadata"]["lang"], frozenset(gold.get(data["_id"], ()))))
    return questions


def _scores(rows: list[dict]) -> dict:
    answerable = [r for r in rows if r["answerable"]]
    return {
        "questions": len(rows),
        "recall@1": mean([r["recall@1"] for r in answerable]),
        "recall@5": mean([r["recall@5"] for r in answerable]),
        "mrr@10": mean([r["rr"] for r in answerable]),
        "abstention": mean([1.0 if r["abstention_ok"] else 0.0 for r in rows]),
    }


def evaluate(searcher, questions: list[Question], modes=MODES, progress=lambda items: items) -> dict:
    """Per mode: scores overall and per question language, and every question's ranking."""
    report: dict = {"modes": {}, "questions": []}
    rows_by_mode: dict[str, list[dict]] = {mode: [] for mode in modes}
    for question in progress(questions):
        entry = {"id": question.id, "lang": question.lang, "text": question.text, "gold": sorted(question.gold)}
        query = searcher.understand(question.text)
        for mode in modes:
            result = searcher.search(query, k=10, mode=mode)
            ranked = [hit.clause.id for hit in result.hits]
            row = {"answerable": question.answerable, "abstention_ok": abstention_correct(result.abstained, question.answerable)}
            if question.answerable:
                row.update({f"recall@{k}": recall_at(ranked, set(question.gold), k) for k in (1, 5)})
                row["rr"] = reciprocal_rank(ranked, set(question.gold), 10)
            row["lang"] = question.lang
            rows_by_mode[mode].append(row)
            entry[mode] = {"ranked": ranked[:5], "abstained": result.abstained}
        report["questions"].append(entry)
    for mode, rows in rows_by_mode.items():
        report["modes"][mode] = {group: _scores(items) for group, items in by_language(rows).items()}
    return report


def markdown(report: dict) -> str:
    """The side-by-side table: one row per mode and language."""
    lines = ["| mode | questions | recall@1 | recall@5 | MRR@10 | abstention |", "|---|---|---|---|---|---|"]
    for mode, groups in report["modes"].items():
        for group, s in groups.items():
            cells = [f"{s[key]:.3f}" if s[key] is not None else "-" for key in ("recall@1", "recall@5", "mrr@10", "abstention")]
            lines.append(f"| {mode} ({group}) | {s['questions']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def run(searcher, folder: Path, progress=lambda items: items) -> Path:
    """Score search on the gold questions and write the report into `folder`; prints the table."""
    result = evaluate(searcher, load_questions(), progress=progress)
    return write(folder, "retrieval", "Retrieval: dense, BM25 and hybrid", markdown(result), result)
