"""Languages: a document is read in any language the detector knows; a question is expected in
the deployment's languages or in any language of the corpus."""

from __future__ import annotations

from corpus.language import detect, detect_document
from entry.settings import DEFAULT_LANGUAGES
from retrieval.search import Searcher

ITALIAN = (
    "Il Comitato del Partito del Governo guida e dirige il Ministero delle Finanze, che presiede la revisione "
    "delle linee guida per l'adeguamento dei piani provinciali, entro il 31 marzo 2027. Tutti i compiti sopra "
    "indicati devono essere completati entro il 31 ottobre 2027."
)


def test_a_document_in_a_language_nobody_listed_is_read_as_that_language():
    assert "it" not in DEFAULT_LANGUAGES
    assert detect(ITALIAN, DEFAULT_LANGUAGES) == "es"  # among the listed ones only, it is taken for Spanish
    assert detect_document(ITALIAN, DEFAULT_LANGUAGES) == "it"
    assert detect_document("Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ hoàn thành trước ngày 31/8/2026.", ("en",)) == "vi"


def test_questions_may_come_in_any_language_the_corpus_holds(searcher):
    only_english = Searcher(
        tuple(searcher.clauses.values()),
        searcher.documents,
        searcher.collection,
        searcher.embedder,
        searcher.gazetteer,
        ("en",),
        0.3,
    )
    assert set(only_english.languages) == {"en", "ms", "nb", "uk", "fa", "ro"}  # the seed files' languages
    assert only_english.understand("Apakah tugas Kementerian Kewangan sebelum Ogos 2025?").language == "ms"
