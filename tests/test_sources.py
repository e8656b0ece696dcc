"""A Conclusion read from several sources: versions of its text align, a press report keeps its own."""

from __future__ import annotations

from corpus.ingest import ingest
from corpus.symbols import own, symbols
from entry.settings import DEFAULT_LANGUAGES

TEXT = """Conclusion No. 512-KL/TW
Hanoi, 3 March 2027
At its meeting on 1 March 2027, the Politburo concluded as follows:
1. The Politburo agreed with the report of the Government Party Committee.
2. Tasks and solutions
(1) The Ministry of Finance shall issue guidance on commune budgets before 30 June 2027.
(2) Provincial People's Committees shall report on progress every month.
3. The Central Party Office shall monitor the implementation of this Conclusion.
Source: https://text.example.vn/512
"""

REPORT = """Politburo asks for faster commune budgets
Hanoi (VNA) - The Politburo has issued Conclusion 512 on commune budgets, dated March 3, 2027.
The Politburo and the Secretariat requested the Ministry of Finance to issue guidance on commune budgets before June 30, 2027.
Provinces were asked to report on progress every month, the Conclusion said.
The Central Party Office will monitor the implementation of the Conclusion and report to the Politburo.
Source: https://press.example.vn/news/512
"""


def test_a_press_report_is_a_source_of_its_own_with_its_own_link(tmp_path, gazetteer):
    (tmp_path / "a_text.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b_report.txt").write_text(REPORT, encoding="utf-8")
    corpus = ingest(tmp_path, gazetteer, DEFAULT_LANGUAGES)
    (document,) = corpus.documents
    assert document.id == "512-KL/TW" and str(document.date) == "2027-03-03"
    assert [(s.file, s.kind, s.url) for s in document.sources] == [
        ("a_text.txt", "text", "https://text.example.vn/512"),
        ("b_report.txt", "press report", "https://press.example.vn/news/512"),
    ]
    report = [c for c in corpus.clauses if c.spans[c.text_language(None)].file == "b_report.txt"]
    text = [c for c in corpus.clauses if c.spans[c.text_language(None)].file == "a_text.txt"]
    assert report and text
    assert all(c.label.startswith("press.example.vn: ") and ":r" in c.id for c in report)  # never the text's labels
    assert all(document.link_of(c) == "https://press.example.vn/news/512" for c in report)
    assert all(document.link_of(c) == "https://text.example.vn/512" for c in text)
    asked = next(c for c in report if "June 30, 2027" in next(iter(c.texts.values())))
    assert "Ministry of Finance" in asked.actors and asked.deadlines[0].due.isoformat() == "2027-06-30"
    assert any("kept as a source of its own (press report)" in n.message for n in corpus.notices)


def test_a_task_naming_no_known_body_is_reported_for_the_gazetteer(tmp_path, gazetteer):
    text = TEXT.replace("(2) Provincial People's Committees shall", "(2) The Office of Rural Roads is requested to")
    (tmp_path / "a_text.txt").write_text(text, encoding="utf-8")
    notices = [n.message for n in ingest(tmp_path, gazetteer, DEFAULT_LANGUAGES).notices]
    opening = "§2(2) gives a task but names no known body (it opens 'The Office of Rural Roads is"
    assert any(m.startswith(opening) for m in notices)


def test_conclusion_numbers_with_or_without_the_series():
    assert symbols("As Conclusion 221, the Politburo; Kết Luận số 412-KL/TW; la conclusion n° 331") == [
        "221-KL/TW",
        "412-KL/TW",
        "331-KL/TW",
    ]
    assert symbols("Conclusion 2025.5 and page 12") == []
    assert symbols("Theo KL 178 và NQ số 57, under KL 195") == ["178-KL/TW", "57-NQ/TW", "195-KL/TW"]  # the short forms


def test_symbols_of_every_series_keep_their_series():
    text = "Resolution No. 57-NQ/TW, Directive 45-CT/TW, Regulation No. 213-QD/TW, Decree 13/2023/NĐ-CP and 183-KL/TW"
    assert symbols(text) == ["57-NQ/TW", "45-CT/TW", "213-QĐ/TW", "13/2023/NĐ-CP", "183-KL/TW"]
    assert symbols("Nghị quyết số 183 và Kết luận 183") == ["183-NQ/TW", "183-KL/TW"]  # never the same document
    assert symbols("۱۵۳-KL/TW") == ["153-KL/TW"]


def test_a_party_symbol_of_a_series_not_listed_is_read_by_its_shape():
    text = "Thông báo số 295-TB/TW, Báo cáo số 428-BC/BTCTW, Kế hoạch ۰۲-KH/BCĐ; COVID-19, A4/2025, 12-ab/cd"
    assert symbols(text) == ["295-TB/TW", "428-BC/BTCTW", "2-KH/BCĐ"]
    assert symbols("Quy định 213-QD/TW") == ["213-QĐ/TW"]  # a listed series reads it first, spelled its way


def test_a_text_files_itself_under_its_printed_number_else_its_conclusion():
    assert own("BỘ CHÍNH TRỊ\nSố 57-NQ/TW\nvề đột phá phát triển khoa học, tiếp tục Kết luận 12-KL/TW") == "57-NQ/TW"
    assert own("Implementing Resolution No. 57-NQ/TW\nThe Politburo issued Conclusion No. 412-KL/TW") == "412-KL/TW"
