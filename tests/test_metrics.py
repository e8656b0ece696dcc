"""Metric functions on hand-made inputs, and the gold data's shape."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from evals.metrics import abstention_correct, mean, recall_at, reciprocal_rank
from evals.retrieval import evaluate, load_questions, markdown


def test_recall_at():
    assert recall_at(["a", "b", "c"], {"a"}, 1) == 1.0
    assert recall_at(["b", "a", "c"], {"a"}, 1) == 0.0
    assert recall_at(["b", "a", "c"], {"a", "c", "d"}, 5) == pytest.approx(2 / 3)
    assert recall_at([], {"a"}, 5) == 0.0
    with pytest.raises(ValueError):
        recall_at(["a"], set(), 1)


def test_reciprocal_rank():
    assert reciprocal_rank(["x", "y", "a"], {"a"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(["a"], {"a"}) == 1.0
    assert reciprocal_rank(["x"] * 10 + ["a"], {"a"}, 10) == 0.0
    assert reciprocal_rank(["x", "b", "a"], {"a", "b"}) == 0.5


def test_abstention_and_mean():
    assert abstention_correct(abstained=True, answerable=False)
    assert abstention_correct(abstained=False, answerable=True)
    assert not abstention_correct(abstained=True, answerable=True)
    assert not abstention_correct(abstained=False, answerable=False)
    assert mean([1.0, 0.0, 0.5]) == 0.5 and mean([]) is None


def test_gold_set_shape():
    questions = load_questions()
    answerable = [q for q in questions if q.answerable]
    assert len(answerable) >= 60 and len(questions) - len(answerable) >= 8
    langs = Counter(q.lang for q in answerable)
    assert {"en", "vi"} <= set(langs) and len(set(langs) - {"en", "vi"}) >= 2
    assert len({q.id for q in questions}) == len(questions)


class _Result:
    def __init__(self, ids, abstained):
        self.hits = [type("H", (), {"clause": type("C", (), {"id": i})()})() for i in ids]
        self.abstained = abstained


class _Scripted:
    """A searcher that answers from a table: the harness is tested, not search."""

    def __init__(self, table):
        self.table = table

    def understand(self, text):
        return text  # the scripted table is keyed by the question itself

    def search(self, query, k=10, mode="hybrid"):
        return _Result(*self.table[(query, mode)])


def test_harness_scores_a_scripted_searcher():
    from evals.retrieval import Question

    questions = [Question("q1", "one", "en", frozenset({"a"})), Question("q2", "two", "vi", frozenset())]
    table = {("one", "hybrid"): (["b", "a"], False), ("two", "hybrid"): ([], True)}
    report = evaluate(_Scripted(table), questions, modes=("hybrid",))
    scores = report["modes"]["hybrid"]["all"]
    assert scores["recall@1"] == 0.0 and scores["recall@5"] == 1.0 and scores["mrr@10"] == 0.5 and scores["abstention"] == 1.0
    assert report["modes"]["hybrid"]["vi"]["recall@5"] is None
    assert "| hybrid (all) | 2 | 0.000 | 1.000 | 0.500 | 1.000 |" in markdown(report)


def test_answer_citation_scores():
    from evals.answers import prf

    assert prf(["a", "b"], frozenset({"a"}), frozenset({"b"})) == (1.0, 1.0, 1.0)
    p, r, f1 = prf(["a", "x"], frozenset({"a", "c"}), frozenset())
    assert (p, r) == (0.5, 0.5) and f1 == pytest.approx(0.5)
    assert prf([], frozenset({"a"}), frozenset()) == (0.0, 0.0, 0.0)


def test_an_alternative_source_stands_in_for_one_gold_citation():
    from evals.answers import prf

    # the same fact cited from another source: right, and it recalls the gold it replaces
    assert prf(["a2"], frozenset({"a"}), frozenset(), frozenset({"a2", "b2"})) == (1.0, 1.0, 1.0)
    # two gold clauses, one alternative cited: half of the gold is recalled, not all of it
    p, r, _ = prf(["a2", "x"], frozenset({"a", "b"}), frozenset(), frozenset({"a2", "b2"}))
    assert (p, r) == (0.5, 0.5)
    # an extra allowed clause (`also`) is no stand-in
    assert prf(["b"], frozenset({"a"}), frozenset({"b"}))[1] == 0.0


def test_the_clause_stating_a_gold_clause_deadline_counts_as_evidence():
    from corpus.records import Clause, Deadline
    from evals.answers import deadline_sources

    due = date(2025, 12, 15)

    def clause(cid, *deadlines):
        return Clause(cid, "202-KL/TW", (cid,), cid, "item", None, {"ro": "t"}, {}, {}, deadlines, ())

    clauses = {
        "4.2": clause("4.2", Deadline("before 15 December 2025", due, "day", group=True, stated_in="4.4")),
        "4.4": clause("4.4", Deadline("before 15 December 2025", due, "day", group=True)),
        "5": clause("5"),
    }
    assert deadline_sources(frozenset({"4.2", "5"}), clauses) == frozenset({"4.4"})
    assert deadline_sources(frozenset({"4.4", "missing"}), clauses) == frozenset()


def test_fact_checks():
    from evals.answers import states_fact

    assert states_fact("Due by 31 July 2025: ...", "en", {"due": "2025-07-31"})
    assert states_fact("... (178-KL/TW §3(3), due in July 2025)", "en", {"due": "2025-07-31"})
    assert states_fact("Hạn trước ngày 31/7/2025", "vi", {"due": "2025-07-31"})
    assert not states_fact("due in May 2025", "en", {"due": "2025-07-31"})
    assert states_fact("see 183-KL/TW §9", "en", {"ref": "183-KL/TW §9"})
    assert not states_fact("see 183-KL/TW §8", "en", {"ref": "183-KL/TW §9"})


def test_answer_gold_shape():
    from evals.answers import load_cases

    cases = load_cases()
    answerable = [c for c in cases if c.answerable]
    assert len(answerable) >= 60 and len(cases) - len(answerable) >= 8
    assert all(c.fact and set(c.fact) <= {"due", "ref"} for c in answerable)
    assert all(not (c.gold & c.also) for c in cases)


def test_unseen_set_scores_group_by_kind_where_questions_carry_one():
    from evals.documents import _grouped

    rows = [{"group": "meeting", "split": "dev", "n": 1}, {"group": "task", "split": "heldout", "n": 2}]
    grouped = _grouped(rows, lambda rs: sum(r["n"] for r in rs), lambda r: r["group"], lambda r: r["split"])
    assert grouped == {"all": 3, "split dev": 1, "split heldout": 2, "meeting": 1, "task": 2}
