"""Deadlines as typed values, in all five corpus languages plus English and Vietnamese."""

from __future__ import annotations

from datetime import date

import pytest

from corpus.deadlines import find_deadlines, month_number

REF = date(2025, 8, 1)


@pytest.mark.parametrize(
    ("lang", "text", "due", "granularity", "phrase"),
    [
        ("ms", "(disiapkan sebelum 31 Ogos 2025).", "2025-08-31", "day", "sebelum 31 Ogos 2025"),
        ("nb", "(skal være ferdigstilt før 31. august 2025).", "2025-08-31", "day", "før 31. august 2025"),
        ("uk", "(має бути завершено у липні 2025 року).", "2025-07-31", "month", "у липні 2025"),
        ("uk", "(впровадження у серпні 2025 року)", "2025-08-31", "month", "у серпні 2025"),
        ("uk", "посад ... до 25 липня 2025 року;", "2025-07-25", "day", "до 25 липня 2025"),
        ("fa", "که باید قبل از ۳۰ اکتبر ۲۰۲۵ تکمیل شود", "2025-10-30", "day", "قبل از ۳۰ اکتبر ۲۰۲۵"),
        ("fa", "برای تصمیمگیری در هفته اول اکتبر ۲۰۲۵ رهبری و هدایت کنند:", "2025-10-07", "week", "هفته اول اکتبر ۲۰۲۵"),
        ("fa", "در نوامبر ۲۰۲۵ به کمیته مرکزی حزب گزارش دهند.", "2025-11-30", "month", "در نوامبر ۲۰۲۵"),
        ("ro", "trebuie finalizate înainte de 15 decembrie 2025.", "2025-12-15", "day", "înainte de 15 decembrie 2025"),
        ("ro", "care urmează să fie finalizată în 2025.", "2025-12-31", "year", "în 2025"),
        ("en", "What must the Ministry of Finance do by July 2025?", "2025-07-31", "month", "by July 2025"),
        ("en", "to be completed in the first week of October 2025", "2025-10-07", "week", "first week of October 2025"),
        ("en", "no later than August 31, 2025", "2025-08-31", "day", "no later than August 31, 2025"),
        ("vi", "hoàn thành trước ngày 31/8/2025", "2025-08-31", "day", "trước ngày 31/8/2025"),
        ("vi", "Bộ Tài chính phải làm gì trước tháng 7 năm 2025?", "2025-07-31", "month", "trước tháng 7 năm 2025"),
    ],
)
def test_deadline_phrases(lang, text, due, granularity, phrase):
    (found,) = find_deadlines(text, lang, REF)
    assert (found.due.isoformat(), found.granularity, found.phrase) == (due, granularity, phrase)
    assert found.recurring is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ms", "selewat-lewatnya pada 25 haribulan setiap bulan."),
        ("nb", "skal sende rapporter senest den 25. hver måned."),
        ("en", "report by the 25th of each month"),
        ("vi", "báo cáo trước ngày 25 hằng tháng"),
    ],
)
def test_recurring_deadlines(lang, text):
    (found,) = find_deadlines(text, lang, REF)
    assert found.recurring == "FREQ=MONTHLY;BYMONTHDAY=25"
    assert found.due == date(2025, 8, 25)  # the first occurrence on or after the document date


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ms", "Pelan No. 56-KH/BCĐ, bertarikh 4 Julai 2025"),  # a reference date
        ("uk", "Висновку № 153-KL/TW від 16 травня 2025 року"),
        ("fa", "نتیجهگیری شماره ۱۹۲-KL/TW (مورخ ۱۹ سپتامبر ۲۰۲۵)"),
        ("ro", "Concluzia nr. 195-KL/TW, din 26 septembrie 2025"),
        ("ms", "bermula 1 Julai hingga 31 Julai 2025"),  # the end of a range
        ("nb", "fra 1. juli til 31. juli 2025"),
        ("uk", "на термін 2026-2031 років"),
        ("ms", "Pada mesyuarat pada 1 Ogos 2025, selepas mendengar"),  # "on", not "by"
        ("ms", "pekerja yang telah bekerja selama 15 tahun 2025"),  # "tahun" is not a month
    ],
)
def test_dates_that_are_not_deadlines(lang, text):
    assert find_deadlines(text, lang, REF) == []


def test_a_period_is_a_deadline_only_when_it_lies_after_the_document():
    # in a text of 31 October 2025, October 2025 is a period reported on, nothing to complete
    assert find_deadlines("rezultatele performanței aparatului în octombrie 2025.", "ro", date(2025, 10, 31)) == []
    # what is to happen in a later year is to be done then, even with no word for "complete"
    (found,) = find_deadlines(
        "- Phấn đấu 100% trạm y tế xã có bác sĩ làm việc thường xuyên trong năm 2027.", "vi", date(2026, 7, 3)
    )
    assert (found.due, found.granularity) == (date(2027, 12, 31), "year")
    assert find_deadlines("Trong năm 2025, các địa phương đã có bác sĩ.", "vi", date(2026, 7, 3)) == []
    # after an "in" word, a period under way at the document's date is still to be completed in
    (found,) = find_deadlines("guider, au cours du premier trimestre 2027, la réaffectation des sièges", "fr", date(2027, 2, 5))
    assert (found.due, found.granularity) == (date(2027, 3, 31), "quarter")
    assert find_deadlines("guider, au cours du premier trimestre 2026, la réaffectation", "fr", date(2027, 2, 5)) == []


def test_group_deadlines_are_marked():
    (found,) = find_deadlines("(semua tugas ini mesti diselesaikan sebelum 31 Ogos 2025)", "ms", REF)
    assert found.group
    (found,) = find_deadlines("toate sarcinile de mai sus trebuie finalizate înainte de 15 decembrie 2025.", "ro", REF)
    assert found.group
    (found,) = find_deadlines(
        "lokalstyre på alle nivåer, ordne budsjetter (skal være ferdigstilt før 31. august 2025).", "nb", REF
    )
    assert not found.group


def test_month_words_come_from_dateparser_data():
    assert month_number("Ogos", "ms") == 8
    assert month_number("липні", "uk") == 7  # locative: not in dateparser's list, found by stem
    assert month_number("اکتبر", "fa") == 10
    assert month_number("tahun", "ms") is None
    assert month_number("in", "en") is None


def test_group_deadline_reaches_every_task_of_its_group(clause):
    for cid in ["202-KL/TW:4", "202-KL/TW:4.1", "202-KL/TW:4.1.i", "202-KL/TW:4.1.ii", "202-KL/TW:4.2", "202-KL/TW:4.3"]:
        (deadline,) = clause(cid).deadlines
        assert (deadline.due, deadline.stated_in) == (date(2025, 12, 15), "202-KL/TW:4.4")
    (own,) = clause("202-KL/TW:4.4").deadlines
    assert own.stated_in is None and own.phrase == "înainte de 15 decembrie 2025"
    assert clause("202-KL/TW:5").deadlines[0].due == date(2025, 12, 31)
    assert clause("202-KL/TW:6").deadlines == ()


def test_lead_in_deadline_reaches_its_items(clause):
    for n in (1, 2, 3):
        (deadline,) = clause(f"195-KL/TW:p9.{n}").deadlines
        assert (deadline.due, deadline.granularity, deadline.stated_in) == (date(2025, 10, 7), "week", "195-KL/TW:p9")


def test_corpus_deadlines(clause):
    assert [d.due for d in clause("178-KL/TW:3.3").deadlines] == [date(2025, 7, 31)]
    assert [d.due for d in clause("178-KL/TW:2.p4.1").deadlines] == [date(2025, 7, 25)]
    (monthly,) = clause("183-KL/TW:9").deadlines
    assert monthly.recurring == "FREQ=MONTHLY;BYMONTHDAY=25"
    assert [d.due for d in clause("183-KL/TW:5").deadlines] == [date(2025, 8, 31)]
    assert clause("183-KL/TW:5.p2").deadlines == ()  # the group deadline covers the tasks before it only
    assert clause("183-KL/TW:pre.p2").deadlines == ()  # the meeting date is no deadline


LATER = date(2027, 5, 12)  # a document date for the cases below


@pytest.mark.parametrize(
    ("lang", "text", "due", "granularity", "phrase"),
    [
        ("vi", "hoàn thành chậm nhất ngày 15/9/2027.", "2027-09-15", "day", "chậm nhất ngày 15/9/2027"),
        ("vi", "ban hành hướng dẫn trong quý III/2027.", "2027-09-30", "quarter", "trong quý III/2027"),
        ("vi", "hoàn thành trong 6 tháng đầu năm 2028.", "2028-06-30", "half", "trong 6 tháng đầu năm 2028"),
        ("vi", "hoàn thành trong tháng 8/2027.", "2027-08-31", "month", "trong tháng 8/2027"),
        ("en", "to be completed by the end of June 2027", "2027-06-30", "month", "by the end of June 2027"),
        ("en", "submit the report in the third quarter of 2027", "2027-09-30", "quarter", "in the third quarter of 2027"),
        ("en", "submit the plan in Q4 2027", "2027-12-31", "quarter", "in Q4 2027"),
        ("fr", "achevées au plus tard le 15 septembre 2027", "2027-09-15", "day", "au plus tard le 15 septembre 2027"),
        ("fr", "à réaliser d'ici fin 2027", "2027-12-31", "year", "d'ici fin 2027"),
        ("fr", "achever au premier semestre 2028", "2028-06-30", "half", "au premier semestre 2028"),
        ("de", "im dritten Quartal 2027 abschließen", "2027-09-30", "quarter", "im dritten Quartal 2027"),
        ("es", "presentar antes del 30 de septiembre de 2027", "2027-09-30", "day", "antes del 30 de septiembre de 2027"),
        # the middle of a year ends its first half; the middle of a month is its 15th
        ("en", "to be completed by the middle of 2028", "2028-06-30", "half", "by the middle of 2028"),
        ("en", "to be completed by mid-2028", "2028-06-30", "half", "by mid-2028"),
        ("vi", "ban hành kế hoạch chậm nhất vào giữa tháng 1/2028.", "2028-01-15", "day", "chậm nhất vào giữa tháng 1/2028"),
        ("fr", "à réaliser d'ici la mi-2028", "2028-06-30", "half", "d'ici la mi-2028"),
        ("de", "bis Mitte Januar 2028 vorlegen", "2028-01-15", "day", "bis Mitte Januar 2028"),
        ("pt", "concluir até meados de 2028", "2028-06-30", "half", "até meados de 2028"),
        # a half or a quarter named by its months
        ("vi", "hoàn thành trong nửa đầu năm 2028.", "2028-06-30", "half", "trong nửa đầu năm 2028"),
        ("vi", "hoàn thành trong ba tháng đầu năm 2028.", "2028-03-31", "quarter", "trong ba tháng đầu năm 2028"),
        ("en", "to be completed in the first six months of 2028", "2028-06-30", "half", "in the first six months of 2028"),
        # no cue word at all: a day after the document's date, in a language the cue list may not know
        (
            "es",
            "El Ministerio de Finanzas publica la guía el 30 de septiembre de 2027.",
            "2027-09-30",
            "day",
            "30 de septiembre de 2027",
        ),
    ],
)
def test_deadlines_in_more_forms_and_languages(lang, text, due, granularity, phrase):
    (found,) = find_deadlines(text, lang, LATER)
    assert (found.due.isoformat(), found.granularity, found.phrase) == (due, granularity, phrase)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "từ ngày 1/7/2027 thực hiện mô hình mới"),  # the start of a period
        ("vi", "Kết luận số 121-KL/TW ngày 24/01/2025"),  # a past document
        ("en", "the plan dated 30 June 2027"),
        ("de", "Seit 1. Juli 2027 gilt das neue Modell"),
        ("en", "the 2027 targets of the annual review"),  # a year without a deadline word is a period spoken of
        ("vi", "giai đoạn 2021-2027"),  # the end of a range of years
    ],
)
def test_dates_that_start_periods_or_name_documents_are_not_deadlines(lang, text):
    assert find_deadlines(text, lang, LATER) == []


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        ("vi", "Định kỳ hằng quý báo cáo Bộ Y tế.", "FREQ=MONTHLY;INTERVAL=3"),
        ("en", "The Office must report to the Politburo annually.", "FREQ=YEARLY"),
        ("fr", "rendent compte chaque mois, avant le 20, au ministère", None),
        ("en", "and report to the Secretariat every six months.", "FREQ=MONTHLY;INTERVAL=6"),
        ("vi", "định kỳ 6 tháng báo cáo Ban Bí thư kết quả thực hiện.", "FREQ=MONTHLY;INTERVAL=6"),
        ("fr", "en rendre compte au Secrétariat tous les six mois ;", "FREQ=MONTHLY;INTERVAL=6"),
        ("it", "riferisce ogni sei mesi al Segretariato sui risultati.", "FREQ=MONTHLY;INTERVAL=6"),
        ("ru", "докладывать Секретариату каждые полгода о результатах.", "FREQ=MONTHLY;INTERVAL=6"),
    ],
)
def test_quarterly_yearly_and_reversed_monthly_reports(lang, text, rule):
    found = find_deadlines(text, lang, LATER)
    if rule:
        assert [d.recurring for d in found] == [rule]
    else:
        assert any(d.recurring == "FREQ=MONTHLY;BYMONTHDAY=20" for d in found)
