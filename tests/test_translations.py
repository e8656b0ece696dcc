"""The two translations of 183-KL/TW become one document with one aligned clause tree."""

from __future__ import annotations


def test_one_document_two_languages(corpus):
    doc = next(d for d in corpus.documents if d.id == "183-KL/TW")
    assert doc.languages == ("ms", "nb")
    assert doc.files == ("000_724eece112bbd051.txt", "001_d494fb9fc25f749e.txt")
    assert str(doc.date) == "2025-08-01"
    assert len(doc.source_urls) == 2


def test_clauses_hold_both_texts_aligned_by_path(corpus, clause):
    both = [c for c in corpus.clauses if c.document == "183-KL/TW" and set(c.texts) == {"ms", "nb"}]
    assert len(both) == 25
    c = clause("183-KL/TW:3.p3.1.ii")
    assert c.texts["ms"].startswith("(ii) Menyelidik") and c.texts["nb"].startswith("(ii) Undersøke")
    c = clause("183-KL/TW:9")
    assert "25 haribulan setiap bulan" in c.texts["ms"] and "senest den 25. hver måned" in c.texts["nb"]


def test_structural_differences_are_reported(corpus, clause):
    assert set(clause("183-KL/TW:2.p2").texts) == {"nb"}
    assert set(clause("183-KL/TW:5.p2").texts) == {"nb"}
    messages = [str(n) for n in corpus.notices]
    assert "000_724eece112bbd051.txt: §2¶2 is in the nb text but not in this one (ms)" in messages
    assert "000_724eece112bbd051.txt: §5¶2 is in the nb text but not in this one (ms)" in messages
    assert any(m.startswith("001_d494fb9fc25f749e.txt: Preamble: numbers differ") for m in messages)


def test_every_document_is_found(corpus):
    assert [d.id for d in corpus.documents] == ["178-KL/TW", "183-KL/TW", "195-KL/TW", "202-KL/TW"]
    dates = {d.id: str(d.date) for d in corpus.documents}
    assert dates == {"178-KL/TW": "2025-07-17", "183-KL/TW": "2025-08-01", "195-KL/TW": "2025-09-26", "202-KL/TW": "2025-10-31"}
    assert corpus.errors == ()
