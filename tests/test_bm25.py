"""BM25 tokenizer and ranking."""

from __future__ import annotations

from retrieval.bm25 import BM25, tokenize


def test_symbols_stay_whole_and_digits_are_normalised():
    tokens = tokenize("Висновок № 153-KL/TW та План № 56-KH/BCĐ; نتیجهگیری شماره ۱۹۵-KL/TW")
    assert "153-kl/tw" in tokens and "56-kh/bcđ" in tokens and "195-kl/tw" in tokens
    assert tokenize("Ministerul Finanțelor") == ["minist", "finanț"]


def test_bm25_finds_a_document_symbol():
    lexical = BM25(["a", "b", "c"], ["Plan No. 56-KH/BCĐ dated 4 July 2025", "Conclusion 153-KL/TW", "nothing here"])
    scores = lexical.scores("What does Plan 56-KH/BCĐ require?")
    assert scores.argmax() == 0 and scores[2] == 0
    assert lexical.scores("").tolist() == [0.0, 0.0, 0.0]


def test_neutral_tokens_are_symbols_and_numbers_only():
    assert tokenize("Ministry of Finance, Conclusion 153-KL/TW, item ۱۲", neutral=True) == ["153-kl/tw", "153", "12"]
