"""Deadlines stated once for several tasks, and bodies of bulleted items, on a hand-made text."""

from __future__ import annotations

from datetime import date

from corpus.ingest import ingest
from entry.settings import DEFAULT_LANGUAGES

TEXT = """Conclusion No. 901-KL/TW
Hanoi, 5 June 2026

At its meeting on 2 June 2026, the Secretariat concluded as follows:

1. The Government Party Committee shall direct:
a) The Ministry of Finance to issue guidance on dyke repair funds before 30 September 2026.
b) The Ministry of Home Affairs to issue guidance on civil defence forces.
- The Ministry of Justice to review the regulations on reservoirs.
The tasks under points a) and b) above must be completed before 31 July 2026.

2. Provincial People's Committees shall report to the Ministry of Finance in the fourth quarter of 2027.
"""


def _clauses(tmp_path, gazetteer):
    (tmp_path / "901.txt").write_text(TEXT, encoding="utf-8")
    corpus = ingest(tmp_path, gazetteer, DEFAULT_LANGUAGES)
    return {c.id.split(":", 1)[1]: c for c in corpus.clauses}


def test_a_group_deadline_reaches_only_the_tasks_without_their_own(tmp_path, gazetteer):
    clauses = _clauses(tmp_path, gazetteer)
    own = next(c for c in clauses.values() if "dyke repair" in next(iter(c.texts.values())))
    assert [d.due for d in own.deadlines] == [date(2026, 9, 30)]
    other = next(c for c in clauses.values() if "civil defence" in next(iter(c.texts.values())))
    (group,) = other.deadlines
    assert group.due == date(2026, 7, 31) and group.stated_in


def test_a_bulleted_item_naming_its_body_gives_that_body_the_task(tmp_path, gazetteer):
    clauses = _clauses(tmp_path, gazetteer)
    bullet = next(c for c in clauses.values() if "regulations on reservoirs" in next(iter(c.texts.values())))
    assert "Ministry of Justice" in bullet.actors


def test_a_later_quarter_after_an_in_word_is_a_deadline(tmp_path, gazetteer):
    clauses = _clauses(tmp_path, gazetteer)
    report = next(c for c in clauses.values() if "fourth quarter" in next(iter(c.texts.values())))
    assert [(d.due, d.granularity) for d in report.deadlines] == [(date(2027, 12, 31), "quarter")]


UNREAD = """Conclusion No. 902-KL/TW
Hanoi, 5 June 2026

At its meeting on 2 June 2026, the Politburo concluded as follows:

1. The Ministry of Finance shall issue guidance on commune budgets before 30 June 2026.
2. The rural bridges fund board shall repair the commune bridges before 31 July 2026.
"""


def test_a_clause_whose_body_could_not_be_read_stays_open_to_a_question_naming_a_body(tmp_path, gazetteer):
    from retrieval import index
    from retrieval.embed import HashingEmbedder
    from retrieval.publish import publish
    from retrieval.search import Searcher

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "902.txt").write_text(UNREAD, encoding="utf-8")
    corpus = ingest(tmp_path / "corpus", gazetteer, DEFAULT_LANGUAGES)
    client = index.open_client(tmp_path / "data")
    _, info = publish(corpus, tmp_path / "data", client, HashingEmbedder())
    searcher = Searcher(
        corpus.clauses,
        corpus.documents,
        client.get_collection(info.collection),
        HashingEmbedder(),
        gazetteer,
        DEFAULT_LANGUAGES,
        0.0,
    )
    hits = searcher.search(searcher.understand("What must the Ministry of Finance do about the commune bridges?")).hits
    ids = [h.clause.id for h in hits]
    assert ids[0] == "902-KL/TW:1"  # the body's own clause first
    assert "902-KL/TW:2" in ids  # the clause with an unread actor is evidence, not excluded


OPENING = """Conclusion No. 903-KL/TW
Hanoi, 5 June 2026

At its meeting on 2 June 2026, the Secretariat concluded as follows:

I. TASKS
1. The Ministry of Finance shall issue guidance on commune budgets.
2. The Ministry of Home Affairs shall review commune staffing before 31 August 2026.

II. IMPLEMENTATION
The tasks above must be completed by 30 November 2026, except those with a deadline of their own.
The Government Party Committee shall monitor the implementation of this Conclusion.

Recipients:
- Provincial and municipal Party Committees,
"""


def test_a_group_deadline_opening_a_section_reaches_the_tasks_of_the_sections_before(tmp_path, gazetteer):
    (tmp_path / "903.txt").write_text(OPENING, encoding="utf-8")
    clauses = [c for c in ingest(tmp_path, gazetteer, DEFAULT_LANGUAGES).clauses]
    text = lambda c: next(iter(c.texts.values()))  # noqa: E731
    budgets = next(c for c in clauses if "commune budgets" in text(c))
    assert [(d.due, bool(d.stated_in)) for d in budgets.deadlines] == [(date(2026, 11, 30), True)]
    staffing = next(c for c in clauses if "commune staffing" in text(c))
    assert [d.due for d in staffing.deadlines] == [date(2026, 8, 31)]  # its own deadline stands
