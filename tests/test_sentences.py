"""Sentences in any language: abbreviations and initials do not end one."""

from __future__ import annotations

from corpus.sentences import around, split


def test_abbreviations_numbers_and_initials_do_not_end_a_sentence():
    text = "Party committees must act, especially on Conclusion No. 195-KL/TW dated 26 September 2025. Mr. T. Lam signed it."
    assert split(text, "en") == [
        "Party committees must act, especially on Conclusion No. 195-KL/TW dated 26 September 2025.",
        "Mr. T. Lam signed it.",
    ]
    assert split("Siehe Nr. 5 der Liste. Dann folgt Art. 3.", "de") == ["Siehe Nr. 5 der Liste.", "Dann folgt Art. 3."]


def test_the_marker_a_line_opens_with_is_not_a_sentence():
    assert split("8. Sunt de acord cu liderul. Al doilea.", "ro") == ["8. Sunt de acord cu liderul.", "Al doilea."]
    assert split("Intro.\nIII. Nhiệm vụ chính. Câu hai.", "vi") == ["Intro.", "III. Nhiệm vụ chính.", "Câu hai."]
    # a number closing a sentence is no marker
    assert split("Due in 2025. Then more.", "en") == ["Due in 2025.", "Then more."]


def test_a_semicolon_ends_a_part_and_a_lower_case_word_continues_one():
    assert split("Bộ Tài chính chủ trì; hoàn thành trước 30/6/2026. Tiếp tục.", "vi") == [
        "Bộ Tài chính chủ trì;",
        "hoàn thành trước 30/6/2026.",
        "Tiếp tục.",
    ]
    assert split("approx. three months. Then more.", "en") == ["approx. three months.", "Then more."]


def test_the_sentence_around_a_match():
    text = "First part. The report is due before 31 July 2026. Last part."
    start = text.index("31 July")
    assert around(text, start, start + 12, "en").strip() == "The report is due before 31 July 2026."
