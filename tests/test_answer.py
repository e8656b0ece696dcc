"""The answering core with real local parts: the real model and corpus for extractive answers,
langchain's fake chat model for the generative path, and deterministic verification."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.answer import load_prompt
from assistant.contract import AnswerOut, dump
from assistant.extractive import load_phrases
from assistant.records import Turn
from entry.settings import PROJECT_ROOT
from tests.conftest import answerer_over

PHRASES = load_phrases(PROJECT_ROOT / "prompts" / "phrases.yaml")
PROMPT = load_prompt(PROJECT_ROOT / "prompts")
MOF = "What must the Ministry of Finance do by July 2025?"


@pytest.fixture(scope="module")
def extractive(searcher):
    return answerer_over(searcher)


def generative(searcher, *replies):
    return answerer_over(searcher, FakeListChatModel(responses=list(replies)), PROMPT)


def test_extractive_answer_in_english(extractive):
    answer = extractive.answer(MOF)
    assert (answer.mode, answer.abstained, answer.language) == ("extractive", False, "en")
    assert [c.clause.id for c in answer.citations] == ["178-KL/TW:3.3", "202-KL/TW:4.2"]
    first, outside = answer.text.splitlines()[1], answer.text.splitlines()[-1]
    assert first.startswith("[1] Ministry of Finance: “(3) Міністерство фінансів має негайно опублікувати")
    assert "178-KL/TW §3(3), due in July 2025" in first
    assert outside == "Outside that period, Ministry of Finance must also act on 202-KL/TW §4(2), by 15 December 2025 [2]."


def test_extractive_answer_in_vietnamese(extractive):
    answer = extractive.answer("Bộ Tài chính phải làm gì trước tháng 7 năm 2025?")
    assert answer.language == "vi" and answer.citations[0].clause.id == "178-KL/TW:3.3"
    assert answer.text.startswith("Hạn trước ngày 31/7/2025:\n[1] Bộ Tài chính: “(3) Міністерство фінансів")
    assert "hạn trong tháng 7/2025" in answer.text


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # 178-KL/TW §3(3): the Ministry of Finance's guidance is due in July 2025
        ("Must the Ministry of Finance publish its guidance on commune budgets by July 2025?", "Yes: it is due in July 2025."),
        ("Is the Ministry of Finance's guidance on commune budgets due in June 2025?", "No: it is due later, in July 2025."),
        ("Does KL 178 give the Ministry of Finance until December 2025 for its guidance?", "It is due earlier: in July 2025."),
        ("Bộ Tài chính có phải ban hành hướng dẫn về ngân sách xã trong tháng 7/2025 không?", "Có: hạn trong tháng 7/2025."),
    ],
)
def test_a_yes_no_question_on_a_deadline_is_answered_yes_or_no_from_the_clause(extractive, question, first):
    """The period such a question names is a claim to check, not a window to search in: the clause
    that answers is found wherever its deadline falls, and its deadline decides."""
    answer = extractive.answer(question)
    assert answer.text.splitlines()[0] == first
    assert answer.citations[0].clause.id == "178-KL/TW:3.3"


@pytest.mark.parametrize(
    ("question", "language", "start"),
    [
        ("What is the capital of Australia?", "en", "The Conclusions in this corpus do not answer this question"),
        ("Bộ Quốc phòng phải làm gì trước tháng 3 năm 2026?", "vi", "Các Kết luận trong kho dữ liệu không trả lời câu hỏi này"),
    ],
)
def test_abstention_says_what_the_corpus_covers(extractive, question, language, start):
    answer = extractive.answer(question)
    assert answer.abstained and answer.citations == () and answer.language == language
    assert answer.text.startswith(start) and "178-KL/TW" in answer.text and "202-KL/TW" in answer.text


def test_follow_ups(extractive):
    history = [Turn(MOF, ("178-KL/TW:3.3", "202-KL/TW:4.2"))]
    justice = extractive.answer("And the Ministry of Justice?", history)
    assert [c.clause.id for c in justice.citations] == ["183-KL/TW:3.p3.2"]
    assert justice.text.startswith("Nothing is due by 31 July 2025.")
    august = extractive.answer("What about August?", history)
    assert august.text.startswith("Nothing is due in August 2025.")
    assert {c.clause.id for c in august.citations} == {"178-KL/TW:3.3", "202-KL/TW:4.2"}
    sources = extractive.answer("Which clause was that?", history)
    assert sources.text == "The previous answer cited: [1] 178-KL/TW §3(3); [2] 202-KL/TW §4(2)."


def test_a_deadline_stated_in_another_clause_is_cited_from_it(extractive):
    answer = extractive.answer("What must the Ministry of Finance advise on budget allocation for digitising documents?")
    markers = {c.clause.id: c.marker for c in answer.citations}
    leaning = [c for c in answer.citations if c.clause.deadlines and c.clause.deadlines[0].stated_in]
    assert leaning, "expected a clause whose deadline is stated in another one"
    for c in leaning:
        source = c.clause.deadlines[0].stated_in
        assert markers[source] < c.marker
        line = next(t for t in answer.text.splitlines() if t.startswith(f"[{c.marker}]"))
        assert line.endswith(f"by 15 December 2025 [{markers[source]}])")


def test_several_items_of_a_list_come_with_their_lead_in(extractive):
    question = "Which Politburo directives must the Central Internal Affairs Commission propose to amend or replace?"
    answer = extractive.answer(question)
    ids = [c.clause.id for c in answer.citations]
    items = [c.clause for c in answer.citations if c.clause.parent]
    assert len(items) >= 2 and all(i.parent == "178-KL/TW:6" for i in items)
    assert ids.index("178-KL/TW:6") < min(ids.index(i.id) for i in items)


def test_a_list_mostly_cited_is_cited_whole(extractive, searcher):
    for question in [
        "Which Politburo directives must the Central Internal Affairs Commission propose to amend or replace?",
        "Apakah garis panduan yang perlu dikeluarkan oleh Jawatankuasa Parti Front Tanah Air?",
    ]:
        answer = extractive.answer(question)
        ids = [c.clause.id for c in answer.citations]
        lead_ins = {searcher.clauses[i].parent for i in ids if searcher.clauses[i].kind == "item"}
        assert len(lead_ins) == 1, ids
        lead_in = lead_ins.pop()
        items = [c.id for c in searcher.clauses.values() if c.parent == lead_in and c.kind == "item"]
        assert len(items) >= 3 and set(items) <= set(ids) and lead_in in ids, ids
        assert len(ids) == len(set(ids)), "a clause is cited once"


def test_a_body_and_a_period_define_the_answer(extractive):
    """Every task of the body due that day is listed, not only those most like the question."""
    answer = extractive.answer("Which tasks of the Government Party Committee are due by 15 December 2025 under Conclusion 202?")
    ids = [c.clause.id for c in answer.citations]
    assert {"202-KL/TW:3", "202-KL/TW:4", "202-KL/TW:4.4"} <= set(ids), ids
    assert all("Government Party Committee" in c.clause.actors for c in answer.citations), ids


def test_a_question_asking_for_every_task_of_a_body_gets_all_of_them(extractive, searcher):
    tasks = {c.id for c in searcher.clauses.values() if c.document == "183-KL/TW" and "Ministry of Home Affairs" in c.actors}
    assert len(tasks) >= 3
    asked = ["List every task KL 183 gives the Ministry of Home Affairs.", "Liệt kê các nhiệm vụ của Bộ Nội vụ theo KL 183."]
    for question in asked:
        answer = extractive.answer(question)
        assert {c.clause.id for c in answer.citations} == tasks, question


def test_two_bodies_asked_about_prefer_the_clauses_naming_both(extractive):
    answer = extractive.answer("What must the Central Inspection Commission direct inspection committees at all levels to do?")
    named = {"Central Inspection Commission", "Inspection committees at all levels"}
    assert {c.clause.id for c in answer.citations} == {"178-KL/TW:8.p2", "183-KL/TW:8"}
    assert all(named <= set(c.clause.actors) for c in answer.citations)


def test_a_by_when_question_is_answered_from_one_clause(extractive):
    answer = extractive.answer("By when must the policies for cadres affected by the reorganisation be settled?")
    assert [c.clause.id for c in answer.citations] == ["183-KL/TW:4.2"]
    assert "by 31 August 2025" in answer.text


def test_json_contract(extractive):
    data = dump(AnswerOut.of(extractive.answer(MOF)))
    assert set(data) == {"question", "answer", "abstained", "language", "mode", "citations"}
    cite = data["citations"][0]
    assert set(cite) == {"marker", "id", "document", "clause", "text", "language", "source_url", "deadlines"}
    assert (cite["marker"], cite["id"], cite["document"], cite["clause"], cite["language"]) == (
        1,
        "178-KL/TW:3.3",
        "178-KL/TW",
        "§3(3)",
        "uk",
    )
    assert cite["text"].startswith("(3) Міністерство фінансів") and cite["text"].endswith(
        "(має бути завершено у липні 2025 року)."
    )
    assert cite["source_url"].startswith("https://huengaynay.vn/")
    assert cite["deadlines"] == [{"due": "2025-07-31", "granularity": "month", "phrase": "у липні 2025"}]


def test_generated_answer_that_checks_out(searcher):
    reply = "The Ministry of Finance must issue guidance on commune budgets and accounts in July 2025 [1]."
    answer = generative(searcher, reply).answer(MOF)
    assert answer.mode == "generative" and answer.text == reply
    assert [c.clause.id for c in answer.citations] == ["178-KL/TW:3.3"]


def test_a_clause_the_model_was_not_given_is_caught(searcher):
    answer = generative(searcher, "The Ministry of Finance must act in July 2025 [7].").answer(MOF)
    assert answer.mode == "extractive-fallback"
    assert "cites [7], which it was not given" in answer.checks[0]
    assert answer.citations[0].clause.id == "178-KL/TW:3.3"


def test_july_turned_into_may_is_caught(searcher):
    reply = "The Ministry of Finance must issue guidance in May 2025 [1]. It must also advise on budgets [2]."
    answer = generative(searcher, reply).answer(MOF)
    assert answer.mode == "generative"
    assert answer.text == "It must also advise on budgets [2]."
    assert any("states a date no cited clause states" in c and "May 2025" in c for c in answer.checks)


def test_numbers_not_in_the_cited_clause_are_caught(searcher):
    answer = generative(searcher, "The Ministry of Finance must open 40 new offices [1].").answer(MOF)
    assert answer.mode == "extractive-fallback" and "states numbers no cited clause states (40)" in answer.checks[0]


def test_a_marker_after_the_full_stop_belongs_to_its_sentence_and_markers_alone_say_nothing(searcher):
    answer = generative(searcher, "The Ministry of Finance must issue guidance in July 2025. [1]\n[2]").answer(MOF)
    assert answer.mode == "generative" and answer.text == "The Ministry of Finance must issue guidance in July 2025. [1] [2]"
    bare = generative(searcher, "[1]").answer(MOF)
    assert bare.mode == "extractive-fallback" and bare.checks == ("says nothing: '[1]'",)


def test_an_answer_in_another_language_than_the_question_falls_back(searcher):
    reply = "The Ministry of Finance must issue guidance on commune budgets in July 2025 [1]."
    answer = generative(searcher, reply).answer("Bộ Tài chính phải làm gì trước tháng 7 năm 2025?")
    assert answer.mode == "extractive-fallback" and answer.language == "vi"
    assert answer.checks[-1] == "written in English, not Vietnamese"
    assert answer.text.startswith("Hạn trước ngày 31/7/2025:")


def test_the_model_never_decides_there_is_no_answer(searcher):
    model = FakeListChatModel(responses=["Canberra is the capital [1]."])
    answer = answerer_over(searcher, model, PROMPT).answer("What is the capital of Australia?")
    assert answer.abstained and model.i == 0  # retrieval abstained; the model was never called


def test_empty_question_is_refused(extractive):
    with pytest.raises(ValueError):
        extractive.answer("   ")


def test_a_bare_heading_answers_nothing():
    from assistant.answer import heading_only
    from corpus.records import Clause

    def clause(text):
        return Clause("1-KL/TW:pre.p2", "1-KL/TW", ("pre", "p2"), "Preamble ¶2", "preamble", None, {"vi": text}, {})

    assert heading_only(clause("KẾT LUẬN")) and heading_only(clause("III. TÂCHES ET SOLUTIONS"))
    assert not heading_only(clause("Bộ Tài chính chủ trì."))


def test_an_answer_quotes_each_conclusion_from_one_source():
    from assistant.answer import one_source_each
    from corpus.records import Clause, Span
    from retrieval.records import Hit

    def hit(cid, document, file):
        clause = Clause(cid, document, ("p1",), "¶1", "paragraph", None, {"en": "text"}, {"en": Span(file, 0, 4)})
        return Hit(clause, 1.0, 0.5, None, None)

    hits = [
        hit("a", "9-KL/TW", "report.txt"),
        hit("b", "9-KL/TW", "full.txt"),
        hit("c", "9-KL/TW", "report.txt"),
        hit("d", "8-KL/TW", "x.txt"),
    ]
    assert [h.clause.id for h in one_source_each(hits)] == ["a", "c", "d"]


def test_a_long_clause_is_quoted_by_the_sentence_that_answers():
    from assistant.extractive import quote
    from corpus.records import Clause

    text = (
        "The Government Party Committee and the National Assembly Party Committee were assigned to lead the completion of "
        "institutions on decentralisation, delegation of power, processes and procedures in finance, assets, planning, projects, "
        "land and headquarters. Issues under the National Assembly's authority must be added to the contents submitted to the "
        "10th session of the 15th National Assembly. All these tasks must be completed before December 15, 2025."
    )
    clause = Clause("1-KL/TW:p8", "1-KL/TW", ("p8",), "¶8", "paragraph", None, {"en": text}, {})
    quoted = quote(
        clause, "en", ["Government Party Committee"], "Which session of the National Assembly must receive these issues?"
    )
    assert "10th session of the 15th National Assembly" in quoted and quoted.startswith("The Government Party Committee")


def test_a_clause_without_deadline_shows_the_days_it_states_in_the_answer_language(gazetteer):
    from assistant.extractive import Wording, write_answer
    from assistant.records import Citation
    from corpus.records import Clause

    text = "În cadrul reuniunii din 31 octombrie 2025, după audierea Raportului, Biroul Politic a concluzionat:"
    clause = Clause("1-KL/TW:pre", "1-KL/TW", ("pre",), "Preamble", "preamble", None, {"ro": text}, {})
    cited = [Citation(1, clause, "ro", None)]
    assert "dated 31 October 2025" in write_answer(Wording(PHRASES, "en", gazetteer), cited, [], (), None, gazetteer)
    assert "nêu ngày 31/10/2025" in write_answer(Wording(PHRASES, "vi", gazetteer), cited, [], (), None, gazetteer)


def test_an_answer_line_names_the_documents_its_clause_cites_in_ascii_digits(gazetteer):
    from assistant.extractive import Wording, write_answer
    from assistant.records import Citation
    from corpus.records import Clause

    text = "بر اجرای دقیق نتیجه‌گیری شماره ۱۹۲-KL/TW و طرح شماره ۰۲-KH/BCĐ تأکید شد."
    clause = Clause("195-KL/TW:p5", "195-KL/TW", ("p5",), "¶5", "paragraph", None, {"fa": text}, {})
    answer = write_answer(Wording(PHRASES, "en", gazetteer), [Citation(1, clause, "fa", None)], [], (), None, gazetteer)
    assert "names 192-KL/TW, 02-KH/BCĐ" in answer


def test_a_paragraph_of_several_tasks_is_due_when_the_sentence_that_answers_says(gazetteer):
    from assistant.extractive import answering_due
    from corpus.deadlines import find_deadlines
    from corpus.records import Clause

    text = (
        "The Ministry of Health shall secure stocks of medicines for isolated commune health stations, to be completed "
        "before May 31, 2027. The Ministry of Public Security shall direct commune police to evacuate residents from "
        "danger zones, to be completed before August 31, 2027."
    )
    deadlines = tuple(find_deadlines(text, "en"))
    clause = Clause("9-KL/TW:p6", "9-KL/TW", ("p6",), "¶6", "paragraph", None, {"en": text}, {}, deadlines=deadlines)
    assert len(deadlines) == 2
    police = answering_due(clause, "en", ("Ministry of Public Security",), "Who must evacuate the residents?", gazetteer)
    health = answering_due(clause, "en", ("Ministry of Health",), "By when?", gazetteer)
    unnamed = answering_due(clause, "en", (), "Which ministry must evacuate residents from danger zones?", gazetteer)
    due = (police.due.isoformat(), health.due.isoformat(), unnamed.due.isoformat())
    assert due == ("2027-08-31", "2027-05-31", "2027-08-31")
