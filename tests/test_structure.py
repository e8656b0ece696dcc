"""Clause trees per source file, with the labels and texts read off the files by hand."""

from __future__ import annotations

import pytest

from corpus.clean import split_lines
from corpus.structure import build, label

from .conftest import FILES, labels

LABELS_183_MS = [
    "Preamble",
    "Preamble ¶2",
    "§1",
    "§1¶2",
    "§2",
    "§3",
    "§3¶2",
    "§3¶3",
    "§3¶3(1)",
    "§3¶3(1)(i)",
    "§3¶3(1)(ii)",
    "§3¶3(2)",
    "§4",
    "§4(1)",
    "§4(2)",
    "§4(3)",
    "§5",
    "§6",
    "§6¶2",
    "§7",
    "§7(i)",
    "§7(ii)",
    "§7(iii)",
    "§8",
    "§9",
]
EXPECTED = {
    "ms": LABELS_183_MS,
    "nb": LABELS_183_MS[:5] + ["§2¶2"] + LABELS_183_MS[5:17] + ["§5¶2"] + LABELS_183_MS[17:],
    "uk": [
        "Preamble",
        "Preamble ¶2",
        "§1",
        "§2",
        "§2(1)",
        "§2(2)",
        "§2¶2",
        "§2¶2(1)",
        "§2¶2(2)",
        "§2¶2(3)",
        "§2¶2(4)",
        "§2¶3",
        "§2¶4",
        "§2¶4(1)",
        "§2¶4(2)",
        "§2¶4(3)",
        "§3",
        "§3(1)",
        "§3(2)",
        "§3(3)",
        "§3(4)",
        "§4",
        "§5",
        "§5(1)",
        "§5(2)",
        "§5(3)",
        "§5(4)",
        "§6",
        "§6(1)",
        "§6(2)",
        "§6(3)",
        "§6(4)",
        "§7",
        "§8",
        "§8¶2",
        "§8¶3",
    ],
    "fa": ["Preamble", "¶1", "¶2", "¶3", "¶4", "¶5", "¶6", "¶7", "¶8", "¶9", "¶9(1)", "¶9(2)", "¶9(3)", "¶10", "¶11"],
    "ro": [
        "Preamble",
        "§1",
        "§1¶2",
        "§2",
        "§2¶2",
        "§2¶3",
        "§3",
        "§4",
        "§4(1)",
        "§4(1)(i)",
        "§4(1)(ii)",
        "§4(2)",
        "§4(3)",
        "§4(4)",
        "§5",
        "§6",
        "§6¶2",
        "§7",
        "§8",
        "§9",
        "§9(i)",
        "§9(ii)",
        "§9(iii)",
        "§9¶2",
        "§9¶3",
        "§10",
    ],
}


@pytest.mark.parametrize("lang", FILES)
def test_labels_per_file(parsed, lang):
    assert labels(parsed[lang]) == EXPECTED[lang]


@pytest.mark.parametrize("lang", FILES)
def test_labels_are_unambiguous(parsed, lang):
    found = labels(parsed[lang])
    assert len(found) == len(set(found))


def _text(pf, wanted):
    return next(pf.node_text(n) for n in pf.tree.nodes if label(n.path) == wanted)


@pytest.mark.parametrize(
    ("lang", "clause", "first", "last"),
    [
        ("ms", "§3¶3(1)(ii)", "(ii) Menyelidik,", "(disiapkan sebelum 31 Ogos 2025)."),
        ("ms", "§9", "9. Biro Polit", "25 haribulan setiap bulan."),
        ("nb", "§3¶3", "Ledelse og retning:", "Ledelse og retning:"),  # run together with its items in one line
        ("nb", "§3¶3(1)(i)", "(i) Fortsette å organisere", "(skal være ferdigstilt før 31. august 2025)."),
        ("nb", "§4(2)", "(2) Styr håndteringen", "etter denne datoen vil den opphøre."),
        ("uk", "§3(3)", "(3) Міністерство фінансів", "(має бути завершено у липні 2025 року)."),
        ("uk", "§2¶4", "Постійні комітети обласних", "№ 177-KL/TW від 11 липня 2025 року:"),
        ("uk", "§8¶3", "Центральний офіс партії", "забезпечуючи прогрес та виконання вимог."),
        ("fa", "¶9(3)", "۳. تکمیل مدل سازمانی", "در شرایط جدید."),
        ("fa", "¶9(2)", "۲. بررسی و سازماندهی", "توسط حزب و دولت؛"),
        ("ro", "§4(1)(ii)", "(ii) Continuarea direcționării", "îmbunătățirea capacității personalului."),
        ("ro", "§9(iii)", "(iii) Consolidarea gestionării", "aflate în administrarea acestora."),
        ("ro", "§10", "10. Se solicită", "autorităților locale în 2025."),
    ],
)
def test_first_and_last_words(parsed, lang, clause, first, last):
    text = _text(parsed[lang], clause)
    assert text.startswith(first) and text.endswith(last)


def test_footnote_is_joined_to_the_clause_citing_it(parsed):
    pf = parsed["ro"]
    (note,) = pf.tree.footnotes
    assert note.marker == "[1]"
    assert pf.text[note.start : note.end].startswith("[1] Completând conținutul menționat în Clauza 5")
    assert "[1]" in _text(pf, "§8")


def _labels_of(text: str) -> list[tuple[str, str]]:
    tree = build(split_lines(text))
    return [(label(n.path), text[n.start : n.end]) for n in tree.nodes]


def test_run_together_items_and_letter_lists():
    text = (
        "Preamble:\n1. Assign the ministries: a) review laws; b) report. Then act.\n2. Other: (1) one; (2) two (3) not a split.\n"
    )
    assert _labels_of(text) == [
        ("Preamble", "Preamble:"),
        ("§1", "1. Assign the ministries:"),
        ("§1(a)", "a) review laws;"),
        ("§1(b)", "b) report. Then act."),
        ("§2", "2. Other:"),
        ("§2(1)", "(1) one;"),
        ("§2(2)", "(2) two (3) not a split."),
    ]


def test_numbers_inside_sentences_are_not_markers():
    text = "The meeting concluded:\n1. Act on Resolution 18. 5. is not next; (2) neither.\n2. Done by 31. august 2025.\n"
    assert [lab for lab, _ in _labels_of(text)] == ["Preamble", "§1", "§2"]


def test_out_of_sequence_numbers_are_reported():
    tree = build(split_lines("Intro:\n1. First.\n3. Third.\n"))
    assert [label(n.path) for n in tree.nodes] == ["Preamble", "§1", "§3"]
    assert tree.notices == ((3, "numbering jumps from 1 to 3"),)


def test_bullets_nest_by_their_character_under_lettered_items():
    text = (
        "The Secretariat concludes:\n1. Tasks\na) The Government Party Committee directs:\n- The Ministry of Finance:\n"
        "+ allocates funds;\n+ issues guidance.\n- The Ministry of Justice reviews laws.\nb) Provinces report.\n"
        "c) Communes act.\nd) Party committees lead.\nđ) The Front supervises.\n"
    )
    assert [lab for lab, _ in _labels_of(text)] == [
        "Preamble",
        "§1",
        "§1(a)",
        "§1(a)-1",
        "§1(a)-1-1",
        "§1(a)-1-2",
        "§1(a)-2",
        "§1(b)",
        "§1(c)",
        "§1(d)",
        "§1(đ)",
    ]


def test_roman_sections_hold_numbered_items_and_a_list_resumes_after_a_note():
    text = (
        "Lors de sa réunion, le Secrétariat conclut :\nI. ÉVALUATION\nLes efforts sont salués.\nII. TÂCHES\n"
        "1. Le ministère dirige :\na) inspecter les digues ;\nb) évacuer les ménages.\n"
        "Les tâches a) et b) doivent être achevées avant le 31 juillet 2027.\n2. Les communes appliquent la devise.\n"
    )
    assert [lab for lab, _ in _labels_of(text)] == [
        "Preamble",
        "§I",
        "§I¶2",
        "§II",
        "§II(1)",
        "§II(1)(a)",
        "§II(1)(b)",
        "§II¶2",
        "§II(2)",
    ]


def test_a_numbered_heading_opens_a_section_even_after_an_introduced_run():
    text = (
        "At its meeting the Politburo concluded:\n1. Results were good.\n2. Tasks and solutions\na) Act.\nThe Office monitors.\n"
    )
    assert [lab for lab, _ in _labels_of(text)] == ["Preamble", "§1", "§2", "§2(a)", "§2¶2"]
