"""Language identification of documents and questions (lingua)."""

from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder


@lru_cache(maxsize=8)
def _detector(codes: tuple[str, ...]):
    unknown = [code for code in codes if not hasattr(IsoCode639_1, code.upper())]
    if unknown:
        raise ValueError(f"language detection does not know these ISO 639-1 codes: {', '.join(unknown)}")
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]
    return LanguageDetectorBuilder.from_languages(*languages).build()


@lru_cache(maxsize=1)
def _any_language():
    # the n-gram models of every language lingua knows, in its low-accuracy mode (trigrams only):
    # reliable on a whole document and light (tens of MB), where the full models of all of them take ~1 GB
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def detect_document(text: str, candidates: tuple[str, ...]) -> str | None:
    """ISO 639-1 code of the language a whole document is written in, among every language the
    detector knows (a new Conclusion may come in a language no one listed), else among the
    candidates; None if unsure."""
    found = _any_language().detect_language_of(text) if text.strip() else None
    return found.iso_code_639_1.name.lower() if found else detect(text, candidates)


def detect(text: str, candidates: tuple[str, ...]) -> str | None:
    """ISO 639-1 code of the language of text among the candidates, or None if unsure."""
    if not text.strip():
        return None
    found = _detector(tuple(sorted(set(candidates)))).detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found else None


def name_of(code: str) -> str:
    """The English name of a language ("vi" -> "Vietnamese"), or the code when unknown."""
    iso = getattr(IsoCode639_1, code.upper(), None)
    return Language.from_iso_code_639_1(iso).name.title() if iso is not None else code
