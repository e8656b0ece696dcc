"""The one answering core: `Answerer.answer(question, history) -> Answer`.

Retrieval decides whether the corpus answers at all. The default answer is extractive
(no LLM). With a chat model, the answer is generated from the retrieved clauses and every
sentence is checked (verify.py); sentences that fail are dropped, and when none survive the
extractive answer is given instead. The chain is built from LangChain runnables:
retriever | (extractive writer, or prompt | model | parser | checker).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda

from assistant.extractive import Wording, due_of, verdict, write_answer
from assistant.records import Answer, Citation, Turn
from assistant.retriever import Retriever
from assistant.verify import check
from corpus.actors import Gazetteer
from corpus.language import detect, name_of
from corpus.records import Clause
from retrieval.records import Hit, Query, SearchResult, Window
from retrieval.search import dated, recurring

MAX_CLAUSES = 5
MAX_LIST = 12  # clauses, for a question asking for a whole list ("every task of ...")
HEADING_WORDS = 8
CLOSE = 0.03  # cosine similarity: clauses beyond the first are cited only this close to the best one


def load_prompt(folder: Path) -> ChatPromptTemplate:
    """The generation prompt from prompts/answer_system.md and prompts/answer_human.md."""
    system = (Path(folder) / "answer_system.md").read_text(encoding="utf-8")
    human = (Path(folder) / "answer_human.md").read_text(encoding="utf-8")
    return ChatPromptTemplate.from_messages([("system", system), ("human", human)])


@dataclass
class _Found:
    question: str
    history: tuple[Turn, ...]
    result: SearchResult
    main: list[Citation]
    outside: list[Citation]
    claim: Window | None = None  # the period a yes/no question claims a deadline falls in


class Answerer:
    """Answers questions from one retriever; generative when handed a chat model and its prompt.

    `gazetteer` names the bodies in the answer's language; `languages` are those a generated
    answer's language is told among."""

    def __init__(
        self,
        retriever: Retriever,
        gazetteer: Gazetteer,
        phrases: dict,
        languages: tuple[str, ...],
        llm: BaseChatModel | None = None,
        prompt: ChatPromptTemplate | None = None,
    ):
        if llm is not None and prompt is None:
            raise ValueError("a chat model needs its prompt")
        self.retriever = retriever
        self.gazetteer = gazetteer
        self.phrases = phrases
        self.languages = languages
        self.llm, self.prompt = llm, prompt
        self.documents = {d.id: d for d in retriever.documents}
        retrieve = RunnableLambda(self._retrieve)
        if llm is None:
            self.chain = retrieve | RunnableLambda(self._extractive)
        else:
            generate = prompt | llm | StrOutputParser()
            self.chain = retrieve | RunnableLambda(lambda found: self._generative(found, generate))

    def over(self, retriever: Retriever) -> Answerer:
        """The same answering core (phrases, languages, chat model) over another retriever."""
        return Answerer(retriever, self.gazetteer, self.phrases, self.languages, self.llm, self.prompt)

    def answer(self, question: str, history: list[Turn] | tuple[Turn, ...] = (), language: str | None = None) -> Answer:
        """The answer to a question, reading follow-ups against the conversation so far; `language`
        sets the language of the answer's own words (default: the question's)."""
        question = question.strip()
        if not question:
            raise ValueError("the question is empty")
        history = tuple(history)
        query = self.retriever.understand(question, history[-1].question if history else None)
        if query.asks_sources:
            return self._previous_sources(question, history[-1], language or query.language)
        if language:
            query = replace(query, language=language)
        return self.chain.invoke({"question": question, "history": history, "query": query})

    # retrieval ---------------------------------------------------------------------------
    def _retrieve(self, inputs: dict) -> _Found:
        question, history, query = inputs["question"], inputs["history"], inputs["query"]
        claim = query.window if query.claims_deadline else None
        if claim:
            # "Is it due in December?" is answered by the clause's deadline, wherever it falls
            query = replace(query, window=None, asks_when=True)
        result = self.retriever.search(query, k=_most(query) + 3)
        main, outside = self._choose(result)
        cited = [self._citation(n, clause, query.language) for n, clause in enumerate(main + outside, start=1)]
        return _Found(question, history, result, cited[: len(main)], cited[len(main) :], claim)

    def _choose(self, result: SearchResult) -> tuple[list[Clause], list[Clause]]:
        """Clauses to answer from, ordered by deadline, and the asked body's clauses outside the period."""
        hits, query = [h for h in result.hits if not heading_only(h.clause)], result.query
        if query.actors:
            hits = _own_first(hits, query.actors)
        outside = []
        if query.window or query.monthly:
            # what the same bodies must do outside the period: only clauses giving them a task
            outside = [h for h in hits if not h.in_window and set(query.actors) & set(h.clause.actors)]
            hits = [h for h in hits if h.in_window]
            if query.window:
                # "due by 15 December": the clauses due that very day are what is asked for, when there are any
                on_the_day = [h for h in hits if any(d.due == query.window.end for d in h.clause.deadlines)]
                hits = on_the_day or hits
        if len(query.actors) > 1:
            # "What must X direct Y to do?": the clauses naming every body asked about, when there are any
            named = lambda c: set(c.actors) | set(c.supporting) | set(c.mentions)  # noqa: E731
            hits = [h for h in hits if set(query.actors) <= named(h.clause)] or hits
        if query.asks_when and not (query.asks_meeting or query.asks_issued):
            hits = [h for h in hits if dated(h.clause)] or hits
        if query.asks_how_often:
            hits = [h for h in hits if recurring(h.clause)] or hits
        if _narrowed(query, hits) or (query.asks_list and (query.actors or query.window) and hits):
            main = hits  # the bodies and the period asked about define the answer; similarity only orders it
        elif query.asks_one_fact:
            main = hits[:1]  # "by when ...?", "how often ...?", "whose report ...?" ask for one fact
        else:
            best = max((h.similarity or 0.0 for h in hits), default=0.0)
            main = [h for h in hits if h is hits[0] or (h.similarity or 0.0) >= best - CLOSE]
        main = sorted(one_source_each(main)[: _most(query)], key=lambda h: _due_key(h.clause))
        clauses = self._with_context([h.clause for h in main])
        taken = {c.id for c in clauses}
        return clauses, [h.clause for h in outside if h.clause.id not in taken][:3]

    def _with_context(self, clauses: list[Clause]) -> list[Clause]:
        """The clauses, each preceded by what it leans on: the clause that states its deadline
        when that is another one ("all the tasks above ... before 15 December 2025"), and the
        lead-in of a list when several of its items are cited; a list more than half of whose
        items are cited is cited whole, since a list cut short reads as the whole assignment."""
        cited = Counter(c.parent for c in clauses if c.kind == "item")
        taken = {c.id for c in clauses}
        out: list[Clause] = []
        for clause in clauses:
            deadline = due_of(clause)
            items = self.retriever.items(clause.parent) if clause.parent else ()
            several = clause.kind == "item" and cited[clause.parent] > 1
            needed = [deadline.stated_in if deadline else None, clause.parent if several else None]
            for cid in needed:
                leant_on = self.retriever.clause(cid) if cid and cid not in taken else None
                if leant_on:
                    out.append(leant_on)
                    taken.add(cid)
            out.append(clause)
            if several and cited[clause.parent] * 2 > len(items):
                out.extend(item for item in items if item.id not in taken)
                taken.update(item.id for item in items)
        return out

    def _citation(self, marker: int, clause: Clause, language: str) -> Citation:
        quoted = clause.text_language(language)
        document = self.documents.get(clause.document)
        return Citation(marker, clause, quoted, document.link_of(clause, quoted) if document else None)

    # writing -----------------------------------------------------------------------------
    def _wording(self, language: str) -> Wording:
        return Wording(self.phrases, language, self.gazetteer)

    def _extractive(self, found: _Found, mode: str = "extractive", checks: tuple[str, ...] = ()) -> Answer:
        query = found.result.query
        wording = self._wording(query.language)
        if found.result.abstained or not (found.main or found.outside):
            return self._abstain(found, wording)
        text = write_answer(wording, found.main, found.outside, query.actors, query.window, self.gazetteer, found.question)
        if found.claim and (said := verdict(wording, found.claim, found.main, query.actors, self.gazetteer, found.question)):
            text = f"{said}\n{text}"
        citations = tuple(found.main + found.outside)
        return Answer(found.question, text, citations, False, query.language, mode, checks)

    def _generative(self, found: _Found, generate) -> Answer:
        query = found.result.query
        if found.result.abstained or not (found.main or found.outside):
            return self._abstain(found, self._wording(query.language))
        given = found.main + found.outside
        context = "\n\n".join(_context_block(c) for c in given)
        raw = generate.invoke({"question": found.question, "clauses": context, "language": name_of(query.language)})
        kept, problems = check(raw, given, query.language)
        written = detect(" ".join(kept), self.languages) if kept else None
        if written and written != query.language:
            kept, problems = [], [*problems, f"written in {name_of(written)}, not {name_of(query.language)}"]
        if not kept:
            return self._extractive(found, "extractive-fallback", tuple(problems) or ("the model said nothing",))
        text = " ".join(kept)
        cited = {int(m) for sentence in kept for m in _markers(sentence)}
        citations = tuple(c for c in given if c.marker in cited)
        return Answer(found.question, text, citations, False, query.language, "generative", tuple(problems))

    def _abstain(self, found: _Found, wording: Wording) -> Answer:
        documents = "; ".join(f"{d.id} ({d.date.isoformat() if d.date else 'undated'})" for d in self.retriever.documents)
        result = found.result
        names = ", ".join(wording.actor(name) for name in result.about)
        reason = wording.p["why_" + (result.why or "nothing")].format(names=names)
        text = wording.p["abstain"].format(reason=reason, documents=documents)
        return Answer(found.question, text, (), True, found.result.query.language, "extractive")

    def _previous_sources(self, question: str, turn: Turn, language: str) -> Answer:
        wording = self._wording(language)
        clauses = [c for c in map(self.retriever.clause, turn.citations) if c is not None]
        if not clauses:
            return Answer(question, wording.p["no_previous"], (), False, language, "extractive")
        citations = tuple(self._citation(i, c, language) for i, c in enumerate(clauses, start=1))
        refs = "; ".join(f"[{c.marker}] {c.clause.document} {c.clause.label}" for c in citations)
        return Answer(question, wording.p["previous"].format(refs=refs), citations, False, language, "extractive")


def _files(clause: Clause) -> set[str]:
    return {span.file for span in clause.spans.values()}


def one_source_each(hits: list[Hit]) -> list[Hit]:
    """The hits of each Conclusion from one of its sources, the one its best hit comes from: a
    report and a translation of one Conclusion say the same things in other words, and an answer
    quoting both says each of them twice."""
    chosen: dict[str, set[str]] = {}
    kept = []
    for hit in hits:
        files = _files(hit.clause)
        source = chosen.setdefault(hit.clause.document, files)
        if files & source:
            kept.append(hit)
    return kept


def heading_only(clause: Clause) -> bool:
    """True for a clause that is only a heading ("KẾT LUẬN", "III. TASKS AND SOLUTIONS"): a few
    words in capitals, which answer nothing on their own."""
    text = next(iter(clause.texts.values()), "")
    letters = [ch for ch in text if ch.isalpha()]
    return len(text.split()) <= HEADING_WORDS and bool(letters) and all(ch.isupper() for ch in letters)


def _own_first(hits: list[Hit], actors: tuple[str, ...]) -> list[Hit]:
    """The clauses giving the asked bodies a task; one only naming them joins those only when it is
    clearly closer to the question than the best of them (its task may not have been read)."""
    own = [h for h in hits if set(actors) & set(h.clause.actors)]
    if not own:
        return hits
    best = max(h.similarity or 0.0 for h in own)
    return own + [h for h in hits if not set(actors) & set(h.clause.actors) and (h.similarity or 0.0) > best + CLOSE]


def _most(query: Query) -> int:
    """How many clauses an answer cites at most, its lead-ins and deadline clauses aside."""
    return MAX_LIST if query.asks_list else MAX_CLAUSES


def _narrowed(query: Query, hits: list[Hit]) -> bool:
    """True when the question states two or more conditions (several bodies, or a body and a period)
    and every hit meets them: then the conditions, not similarity, say which clauses answer."""
    conditions = len(query.actors) + bool(query.window or query.monthly)
    return conditions > 1 and all(set(query.actors) <= set(h.clause.actors) for h in hits)


def _due_key(clause: Clause):
    deadline = due_of(clause)
    return (deadline is None or deadline.due is None, deadline.due if deadline and deadline.due else None)


def _markers(sentence: str) -> list[str]:
    return re.findall(r"\[(\d+)\]", sentence)


def _context_block(citation: Citation) -> str:
    clause = citation.clause
    deadlines = "; ".join(f"{d.phrase} (due {d.due})" for d in clause.deadlines) or "none stated"
    actors = ", ".join(clause.actors) or "not named"
    return (
        f"[{citation.marker}] {clause.document} {clause.label}\nMust act: {actors}\nDeadlines: {deadlines}\nText: {citation.text}"
    )
