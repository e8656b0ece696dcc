"""Reading a question without an LLM: bodies, cited Conclusions, time windows."""

from __future__ import annotations

from datetime import date

import pytest

from corpus.records import Document
from retrieval.question import understand

TODAY = date(2026, 11, 24)
DOCS = [Document(n, "t", None, ("en",), (), ()) for n in ("178-KL/TW", "183-KL/TW", "195-KL/TW", "202-KL/TW")]
LANGS = ("en", "vi", "ms", "nb", "uk", "fa", "ro")


def read(question, gazetteer):
    return understand(question, gazetteer, DOCS, TODAY, LANGS)


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("What must the Ministry of Finance do by July 2025?", None, "2025-07-31"),
        ("Bộ Tài chính phải làm gì trước tháng 7 năm 2025?", None, "2025-07-31"),
        ("What is due before 31/8/2025?", None, "2025-08-31"),
        ("What is due in August 2025?", "2025-08-01", "2025-08-31"),
        ("What must be done in 2025?", "2025-01-01", "2025-12-31"),
        ("What is due next month?", "2026-12-01", "2026-12-31"),
        ("Việc gì phải xong trong tháng sau?", "2026-12-01", "2026-12-31"),
        ("Ce trebuie finalizat luna viitoare?", "2026-12-01", "2026-12-31"),
        ("Is the plan due by the middle of 2027?", None, "2027-06-30"),
        ("Kế hoạch có phải xong trước giữa tháng 1/2027 không?", None, "2027-01-15"),
        ("Việc gì phải xong trong ba tháng đầu năm 2027?", "2027-01-01", "2027-03-31"),
        ("Việc gì phải xong trong nửa đầu năm 2027?", "2027-01-01", "2027-06-30"),
    ],
)
def test_time_windows(gazetteer, question, start, end):
    window = read(question, gazetteer).window
    assert (str(window.start) if window.start else None, str(window.end)) == (start, end)


def test_no_window_without_a_date(gazetteer):
    assert read("What must the Ministry of Finance do?", gazetteer).window is None


@pytest.mark.parametrize(
    ("question", "documents", "unknown"),
    [
        ("What does Conclusion 202 say about public assets?", ("202-KL/TW",), ()),
        ("Summarise 183-KL/TW", ("183-KL/TW",), ()),
        ("Kết luận 195 giao nhiệm vụ gì?", ("195-KL/TW",), ()),
        ("نتیجهگیری شماره ۱۹۵-KL/TW", ("195-KL/TW",), ()),
        ("What does Conclusion 999-KL/TW require?", (), ("999-KL/TW",)),
        ("What must be done by 31 August 2025?", (), ()),
    ],
)
def test_cited_conclusions(gazetteer, question, documents, unknown):
    query = read(question, gazetteer)
    assert (query.documents, query.unknown_documents) == (documents, unknown)


def test_bodies_asked_about_and_bodies_as_topic(gazetteer):
    assert read("What must the Ministry of Finance do by July 2025?", gazetteer).actors == ("Ministry of Finance",)
    assert read("Bộ Tài chính phải làm gì?", gazetteer).actors == ("Ministry of Finance",)
    assert read("Apakah tugas Kementerian Kewangan?", gazetteer).actors == ("Ministry of Finance",)
    who = read("Who must fill the posts of commune People's Committee chairs?", gazetteer)
    assert who.actors == () and who.topics == ("Commune People's Committees",)
    issuer = read("Which Politburo directives must the Central Internal Affairs Commission replace?", gazetteer)
    assert issuer.actors == ("Central Internal Affairs Commission",) and issuer.topics == ("Politburo",)
    # named alone, the issuers are still the ones speaking: what they cited, heard or met about
    alone = read("Which resolution did the Secretariat cite when the Politburo assessed the localities?", gazetteer)
    assert alone.actors == () and set(alone.topics) == {"Politburo", "Secretariat"}
    # the body before the question word is its subject: "the Central Party Office must publish which units?"
    subject = read("Văn phòng Trung ương Đảng phải công bố danh sách những đơn vị nào?", gazetteer)
    assert subject.actors == ("Central Party Office",) and subject.topics == ()
    asked = read("Đơn vị nào phải báo cáo Ban Tổ chức Trung ương?", gazetteer)
    assert asked.actors == () and asked.topics == ("Central Organisation Commission",)


def test_vietnamese_tone_placement_does_not_matter(gazetteer):
    for spelling in ("Uỷ ban nhân dân các tỉnh phải làm gì?", "Ủy ban nhân dân các tỉnh làm gì?", "UỶ BAN NHÂN DÂN CÁC TỈNH?"):
        assert read(spelling, gazetteer).actors == ("Provincial People's Committees",), spelling


def test_monthly_questions_and_language(gazetteer):
    query = read("Cine trebuie să trimită rapoarte până la data de 25 a fiecărei luni?", gazetteer)
    assert query.monthly and query.language == "ro"
    assert read("Bộ Tài chính phải làm gì trước tháng 7 năm 2025?", gazetteer).language == "vi"


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("Must the Ministry of Finance issue its guidance by July 2025?", True),
        ("Is the Ministry of Home Affairs' report due in December 2025?", True),
        ("Bộ Tài chính có phải ban hành hướng dẫn trước tháng 8/2025 không?", True),
        ("Có đúng là Bộ Nội vụ phải hoàn thành việc này trong quý I/2026?", True),
        ("Có nhiệm vụ nào đến hạn trong tháng 9/2025 không?", "no body"),
        ("Trebuie Ministerul Finanțelor să emită îndrumări până în august 2025?", True),
        ("What must the Ministry of Finance do by July 2025?", False),
        ("Bộ Tài chính phải làm gì trước tháng 8/2025?", False),
        ("Which body must report by December 2025?", False),
    ],
)
def test_questions_asking_to_confirm_or_deny(gazetteer, question, yes_no):
    query = read(question, gazetteer)
    assert query.asks_yes_no is bool(yes_no)
    assert query.claims_deadline is (yes_no is True)  # each names a period; a claim when it names a body


@pytest.mark.parametrize(
    ("question", "asks_when"),
    [
        ("By when must ministries clear the backlog of administrative procedures?", True),
        ("When must the policies for affected cadres be settled?", True),
        ("Việc sắp xếp đơn vị sự nghiệp công lập phải hoàn thành khi nào?", True),
        ("Bilakah dasar untuk kader mesti diselesaikan?", True),
        ("Până când trebuie finalizată inventarierea?", True),
        ("What must the Ministry of Finance do?", False),
        ("Bộ Tài chính phải làm gì?", False),
    ],
)
def test_questions_asking_for_a_deadline(gazetteer, question, asks_when):
    assert read(question, gazetteer).asks_when is asks_when


@pytest.mark.parametrize(
    "question",
    [
        "When must the Ministry of Finance build training money into the 2027 budget estimate?",
        "Which ministry reviews the 2026 plan for commune health stations?",
        "Who repairs the dykes damaged by the 2025 floods?",
    ],
)
def test_a_year_naming_a_thing_is_no_window(gazetteer, question):
    assert read(question, gazetteer).window is None


def test_a_meeting_day_names_the_documents_stating_it(gazetteer):
    from retrieval.question import meeting_day

    stated = {date(2025, 10, 29): ("202-KL/TW",)}
    query = meeting_day(read("Whose report did the Politburo hear on 29 October 2025?", gazetteer), stated)
    assert (query.window, query.documents) == (None, ("202-KL/TW",))
    # a day the corpus does not state as a meeting stays a window
    query = meeting_day(read("What is due on 30 October 2025?", gazetteer), stated)
    assert str(query.window.end) == "2025-10-30" and query.documents == ()


def test_how_often_questions(gazetteer):
    assert read("How often must provinces report to the Ministry of Health?", gazetteer).asks_how_often
    assert read("Ủy ban nhân dân cấp tỉnh phải báo cáo bao lâu một lần?", gazetteer).asks_how_often
    assert not read("By when must provinces report to the Ministry of Health?", gazetteer).asks_how_often


def test_meeting_questions_name_no_body_to_act(gazetteer):
    query = read("Whose report did the Politburo hear at the meeting that led to Conclusion 202?", gazetteer)
    assert query.asks_meeting and query.actors == () and "Politburo" in query.topics
    assert read("Bộ Chính trị, Ban Bí thư họp ngày nào để đưa ra Kết luận 202?", gazetteer).asks_meeting
    # how often a body meets is a recurring task, not a past meeting
    assert not read("Bộ Chính trị và Ban Bí thư họp bao lâu một lần?", gazetteer).asks_meeting
    assert not read("What must the Ministry of Finance do by July 2025?", gazetteer).asks_meeting


def test_when_a_cited_conclusion_was_issued(gazetteer):
    assert read("When was Conclusion 202 issued?", gazetteer).asks_issued
    assert read("Kết luận 183 được ban hành ngày nào?", gazetteer).asks_issued
    # a body asked to issue something asks for its deadline; without a cited Conclusion there is no document to date
    assert not read("When must the Ministry of Home Affairs issue guidance under Conclusion 202?", gazetteer).asks_issued
    assert not read("Danh mục thuốc phải được ban hành khi nào?", gazetteer).asks_issued


def test_a_day_stated_only_as_a_meeting_date_names_no_body_to_act(gazetteer):
    stated = {date(2025, 10, 31): ("202-KL/TW",)}
    query = understand("What did the Politburo decide on 31 October 2025?", gazetteer, DOCS, TODAY, LANGS, stated=stated)
    assert query.day == date(2025, 10, 31) and query.window is None
    assert query.documents == ("202-KL/TW",) and query.actors == () and "Politburo" in query.topics


@pytest.mark.parametrize(
    "question, wanted",
    [
        ("List every task KL 183 gives the Ministry of Home Affairs.", True),
        ("What are all the tasks of the Government Party Committee in KL 202?", True),
        ("Liệt kê các nhiệm vụ trong KL 183 có hạn hoàn thành trước 31/8/2025.", True),
        # a list named as a thing, or "how many" inside the topic, asks for one clause
        ("How often must the Central Party Office publish the list of units lagging behind?", False),
        ("What is the deadline for the rules on how many accounting staff communes need?", False),
        ("Bộ Giáo dục và Đào tạo được giao nhiệm vụ gì?", False),
    ],
)
def test_a_question_asking_for_a_whole_list(gazetteer, question, wanted):
    assert read(question, gazetteer).asks_list is wanted
