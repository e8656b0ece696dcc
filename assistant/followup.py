"""Follow-ups: a short question takes the bodies, Conclusions and period of the turn before."""

from __future__ import annotations

from dataclasses import replace

from retrieval import lexicon
from retrieval.query import QueryInfo, bare_month, month_window

SHORT = 7  # words: "And the Ministry of Justice?", "What about August?", "Còn Bộ Tư pháp?"


def asks_for_sources(question: str, language: str | None) -> bool:
    """ "Which clause was that?" """
    return lexicon.says("which_clause", language, question)


def carry_forward(query: QueryInfo, previous: QueryInfo | None) -> QueryInfo:
    """Fill what a follow-up leaves out from the question before it.

    Only a short question, or one naming no body, Conclusion or period, is read as a
    follow-up; a full new question stands on its own."""
    if previous is None:
        return query
    if query.window is None and previous.window and len(query.text.split()) <= SHORT:
        month = bare_month(query.text, query.language)
        if month:
            query = replace(query, window=month_window(month, previous.window.end.year, query.text))
    names_something = query.actors or query.documents or query.window or query.monthly
    if names_something and len(query.text.split()) > SHORT:
        return query
    return replace(
        query,
        text=f"{previous.text} {query.text}",
        actors=query.actors or previous.actors,
        topics=query.topics or previous.topics,
        documents=query.documents or previous.documents,
        unknown_documents=query.unknown_documents or previous.unknown_documents,
        window=query.window or previous.window,
        monthly=query.monthly or previous.monthly,
        asks_when=query.asks_when or previous.asks_when,
    )
