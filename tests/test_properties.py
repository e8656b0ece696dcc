"""Nothing lost: every character outside the clutter lands in exactly one clause."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.clean import clean
from corpus.files import ParseError
from corpus.structure import build

from .conftest import FILES, source_text

FRAGMENTS = [
    "1. ",
    "2. ",
    "3. ",
    "۱. ",
    "۲. ",
    "(1) ",
    "(2) ",
    "(i) ",
    "(ii) ",
    "a) ",
    "b) ",
    "[1] ",
    "[2]",
    ": ",
    "; ",
    ". ",
    "؛ ",
    "\n",
    "\n\n",
    "Source: https://example.org/x\n",
    "Comments (0)\n",
    "No data\n",
    "Photo: VNA\n",
    "Ministry of Finance must act before 31 August 2025",
    "Kementerian Kewangan",
    "у липні 2025 року",
    "۱۵ اکتبر ۲۰۲۵",
    "all these tasks",
    "example.vn - banner\n",
    "03/08/2025",
    "  ",
    "\t",
]
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map("".join),
)


def assert_partition(text: str) -> None:
    """Clause, footnote and clutter spans are disjoint and cover every non-space character."""
    cleaned = clean(text)
    tree = build(cleaned.body)
    owner = [0] * len(text)
    spans = [(n.start, n.end) for n in tree.nodes] + [(f.start, f.end) for f in tree.footnotes]
    spans += [(line.start, line.end) for line, _ in cleaned.removed]
    for start, end in spans:
        assert 0 <= start <= end <= len(text)
        for i in range(start, end):
            owner[i] += 1
    for i, ch in enumerate(text):
        if ch.isspace():
            assert owner[i] <= 1
        else:
            assert owner[i] == 1, (i, ch, text)


@given(TEXTS)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_clean_and_build_partition_any_text(text):
    assert_partition(text)


@pytest.mark.parametrize("lang", FILES)
def test_real_files_are_partitioned(lang):
    assert_partition(source_text(FILES[lang]))


@given(TEXTS)
@settings(max_examples=60, deadline=None)
def test_parse_file_never_crashes(tmp_path_factory, text):
    from corpus.parse import parse_file
    from entry.settings import DEFAULT_LANGUAGES

    path = tmp_path_factory.mktemp("any") / "page.txt"
    path.write_text(text, encoding="utf-8")
    try:
        parsed = parse_file(path, DEFAULT_LANGUAGES)
    except ParseError as exc:
        assert exc.file == "page.txt"
    else:
        assert parsed.tree.nodes
