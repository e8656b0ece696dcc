"""BM25 over verbatim clause texts (bm25s), with a tokenizer that keeps document symbols whole."""

from __future__ import annotations

import re

import bm25s
import numpy as np

from corpus import cues

SYMBOL = re.compile(r"\d+\s*-\s*[^\W\d_]+(?:/[^\W\d_]+)*")
WORD = re.compile(r"\w+")
STEM = 6  # words are cut to this many characters: a crude stem that works across inflected languages


def tokenize(text: str, neutral: bool = False) -> list[str]:
    """Tokens of a text: document symbols ("153-kl/tw") whole, then words cut to a short stem;
    `neutral`: only the tokens that read the same in every language (symbols and numbers)."""
    text = cues.ascii_digits(cues.fold(text)).casefold()
    tokens = [re.sub(r"\s+", "", m.group()) for m in SYMBOL.finditer(text)]
    for word in WORD.findall(text):
        if word.isdigit():
            tokens.append(word)
        elif len(word) > 1 and not neutral:
            tokens.append(word[:STEM])
    return tokens


class BM25:
    """A BM25 index over keyed texts."""

    def __init__(self, keys: list[str], texts: list[str]):
        self.keys = keys
        self.index = bm25s.BM25()
        self.index.index([tokenize(t) or ["\u2205"] for t in texts], show_progress=False)

    def scores(self, query: str, neutral: bool = False) -> np.ndarray:
        """BM25 score of every text for the query (`neutral`: its symbols and numbers only), in key order."""
        tokens = tokenize(query, neutral)
        if not tokens or not self.keys:
            return np.zeros(len(self.keys), dtype=np.float32)
        return np.asarray(self.index.get_scores(tokens), dtype=np.float32)
