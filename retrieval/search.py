"""Hybrid clause search: dense (Chroma) and BM25 ranks fused by reciprocal rank fusion,
narrowed by the bodies and Conclusions the question names, ordered by its time window,
and an abstention when the corpus has nothing to say."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as CallTimedOut
from dataclasses import replace
from datetime import date

import numpy as np

from corpus import cues, symbols
from corpus.actors import Gazetteer
from corpus.deadlines import find_dates, without_dates
from corpus.records import Clause, Document
from retrieval.bm25 import BM25
from retrieval.embed import Embedder
from retrieval.question import understand
from retrieval.records import Hit, Query, SearchResult

RRF_K = 60
CANDIDATES = 100
MODES = ("hybrid", "dense", "bm25")
# calls to the vector index run here, so that a hung Chroma costs a question its timeout, not forever
_INDEX_CALLS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="index-call")


class IndexUnavailable(Exception):
    """The vector index did not answer (Chroma down, hung or damaged): ask again later."""


def index_call(call: Callable, timeout: float, *args, **kwargs):
    """One call to the vector index, bounded in time; IndexUnavailable when it fails or hangs."""
    try:
        return _INDEX_CALLS.submit(call, *args, **kwargs).result(timeout=timeout)
    except CallTimedOut:
        raise IndexUnavailable(f"the vector index did not answer within {timeout:g} s") from None
    except Exception as exc:
        raise IndexUnavailable(f"the vector index cannot be reached ({type(exc).__name__}: {exc})") from exc


def _where(allowed: set[str] | None, by_document: dict) -> dict | None:
    """A Chroma filter that holds at least the allowed clauses: their ids when there are few, else
    their documents (hits outside `allowed` are dropped afterwards, so large filtered sets may
    return fewer than the candidate count)."""
    if allowed is None:
        return None
    if len(allowed) <= 512:
        return {"clause": {"$in": sorted(allowed)}}
    documents = [d for d, ids in by_document.items() if ids & allowed]
    return {"document": {"$in": documents}}


def uncited(question: str) -> str:
    """The question without the documents it names: once the search is narrowed to them, their
    numbers only pull up the lines that name them ("Conclusion No. 412-KL/TW was issued ...")
    over the clause that answers (the question itself when nothing else is left)."""
    kept, last = [], 0
    for start, end, _ in symbols.find(question):
        kept.append(question[last : max(start, last)])
        last = max(last, end)
    text = " ".join([*kept, question[last:]])
    return " ".join(text.split()) if any(ch.isalpha() for ch in text) else question


def _cites(clause: Clause, symbol: str) -> bool:
    """True when a clause names a document by its symbol (any digits: "۱۵۳-KL/TW" cites 153-KL/TW)."""
    return any(symbol in symbols.symbols(text) for text in clause.texts.values())


def _union(index: dict[str, set[str]], keys) -> set[str]:
    """The clause ids an index holds under any of the keys."""
    return set().union(*(index.get(key, set()) for key in keys))


def _rrf(dense: dict[str, float], lexical: dict[str, float], unreachable: set[str]) -> dict[str, float]:
    """Reciprocal rank fusion of the dense and BM25 rankings. A clause with no text in the question's
    language cannot match its words, so its lexical rank is unknown, not last: it takes its dense
    rank for both (or its BM25 rank on symbols and numbers, if better), so that the one clause that
    answers in another language is not pushed out by same-language clauses that share words only."""
    ranks = [
        {cid: r for r, cid in enumerate(sorted(ranking, key=ranking.get, reverse=True), start=1)} for ranking in (dense, lexical)
    ]
    fused: dict[str, float] = {}
    for cid in ranks[0].keys() | ranks[1].keys():
        dense_rank, lexical_rank = ranks[0].get(cid), ranks[1].get(cid)
        if cid in unreachable and dense_rank is not None:
            lexical_rank = min(lexical_rank or dense_rank, dense_rank)
        fused[cid] = sum(1.0 / (RRF_K + r) for r in (dense_rank, lexical_rank) if r is not None)
    return fused


def days_stated(clause: Clause) -> set[date]:
    """The single days a clause states, in any of its languages."""
    found = (find_dates(text, lang) for lang, text in clause.texts.items())
    return {day for dates in found for _, _, day, granularity in dates if granularity == "day"}


def stated_days(clauses, documents, days: dict[str, set[date]]) -> dict[date, tuple[str, ...]]:
    """Days the corpus states as a date but never as a deadline (meetings, signatures, documents
    cited with their date), with the documents stating them; `days` holds each clause's days."""
    deadlines = {d.due for c in clauses for d in c.deadlines}
    found: dict[date, dict[str, None]] = {}
    for document in documents:
        if document.date:
            found.setdefault(document.date, {})[document.id] = None
    for clause in clauses:
        for day in days[clause.id]:
            found.setdefault(day, {})[clause.document] = None
    return {day: tuple(ids) for day, ids in found.items() if day not in deadlines}


def tells_meeting(clause: Clause) -> bool:
    """True when a clause tells of a meeting: what it heard, when it met ("after hearing the report
    of ...", "tại phiên họp ngày ...")."""
    return any(cues.says("meeting", lang, text) for lang, text in clause.texts.items())


def tells_replacement(clause: Clause) -> bool:
    """True when a clause says one document takes the place of another, and names it."""
    return any(cues.says("replaces", lang, text) and symbols.symbols(text) for lang, text in clause.texts.items())


def dated(clause: Clause) -> bool:
    """True when a clause states when it is due."""
    return any(d.due or d.recurring for d in clause.deadlines)


def recurring(clause: Clause) -> bool:
    """True when a clause is due again and again (every month, quarter, year)."""
    return any(d.recurring for d in clause.deadlines)


class Searcher:
    """Search over one ingested corpus: its clauses, its Chroma collection and a BM25 index."""

    def __init__(
        self,
        clauses: tuple[Clause, ...],
        documents: tuple[Document, ...],
        collection,
        embedder: Embedder,
        gazetteer: Gazetteer,
        languages: tuple[str, ...],
        min_similarity: float,
        today: Callable[[], date] = date.today,
        index_timeout: float = 10.0,
    ):
        self.clauses = {c.id: c for c in clauses}
        self.documents = tuple(documents)
        self.collection = collection
        self.index_timeout = index_timeout
        self._count = self.ping()  # generations are complete before they serve and never change after
        self.embedder = embedder
        self.gazetteer = gazetteer
        # a question may be in any language the corpus holds, besides those the deployment expects
        self.languages = tuple(dict.fromkeys([*languages, *(lang for d in documents for lang in d.languages)]))
        self.min_similarity = min_similarity
        self.today = today
        self._keys = [(c.id, lang) for c in clauses for lang in c.texts]
        self._languages = np.array([lang for _, lang in self._keys])
        self.bm25 = BM25(
            [f"{cid}#{lang}" for cid, lang in self._keys], [self.clauses[cid].texts[lang] for cid, lang in self._keys]
        )
        self._by_actor: dict[str, set[str]] = {}
        # clauses naming a body without a task of its own read for it, or charging it with directing the actors
        self._by_mention: dict[str, set[str]] = {}
        self._by_document: dict[str, set[str]] = {}
        items: dict[str, list[Clause]] = {}
        for c in clauses:
            if c.kind == "item" and c.parent:
                items.setdefault(c.parent, []).append(c)
            self._by_document.setdefault(c.document, set()).add(c.id)
            for actor in c.actors:
                self._by_actor.setdefault(actor, set()).add(c.id)
            for body in c.mentions + c.supporting + c.directing:
                self._by_mention.setdefault(body, set()).add(c.id)
        self._items = {parent: tuple(found) for parent, found in items.items()}
        # clauses outside the preamble where no body was read: their actor may be one the gazetteer lacks
        self._unread = {c.id for c in clauses if not c.actors and not c.mentions and not c.supporting and c.kind != "preamble"}
        self._unreachable_by: dict[str, set[str]] = {}
        self._days = days = {c.id: days_stated(c) for c in clauses}
        self._stated = stated_days(clauses, self.documents, days)
        self._meetings = {c.id for c in clauses if tells_meeting(c)}
        self._replacing = {c.id for c in clauses if tells_replacement(c)}
        issued = {d.id: d.date for d in self.documents}
        self._dating = {c.id for c in clauses if issued.get(c.document) in days[c.id]}  # clauses stating their document's date

    def ping(self) -> int:
        """The number of records the vector index holds; IndexUnavailable when it does not answer."""
        return index_call(self.collection.count, self.index_timeout)

    def understand(self, question: str, previous: str | None = None) -> Query:
        """What a question names (bodies, Conclusions, period), read against this corpus; a
        follow-up is read against `previous`, the question of the turn before."""
        return understand(question, self.gazetteer, self.documents, self.today(), self.languages, previous, self._stated)

    def clause(self, clause_id: str) -> Clause | None:
        """One clause by id."""
        return self.clauses.get(clause_id)

    def items(self, list_id: str) -> tuple[Clause, ...]:
        """The items of a list, in order, by the id of its lead-in."""
        return self._items.get(list_id, ())

    def search(self, query: Query, k: int = 5, mode: str = "hybrid") -> SearchResult:
        """The k clauses that answer a question best, or an abstention."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        filtered = mode == "hybrid"
        allowed, acting = self._allowed(query) if filtered else (None, None)
        if allowed is not None and not allowed:
            named = tuple(query.actors) + tuple(query.documents) + tuple(query.unknown_documents)
            return SearchResult((), query, True, "no clause of the corpus concerns " + ", ".join(named), "no_task", named)
        searched = replace(query, text=uncited(query.text)) if filtered and query.documents else query
        dense = self._dense(self._unnamed(searched) if acting is not None else searched.text, allowed) if mode != "bm25" else {}
        lexical = self._lexical(searched, allowed) if mode != "dense" else {}
        hits = self._fuse(dense, lexical, query if filtered else None, acting)
        why, reason = self._abstain(query, dense, lexical, mode)
        if why:
            return SearchResult((), query, True, reason, why)
        return SearchResult(tuple(hits[:k]), query, False)

    def _allowed(self, query: Query) -> tuple[set[str] | None, set[str] | None]:
        """Clause ids the question's bodies and Conclusions leave open (None: no narrowing), and
        the clauses giving the asked bodies a task when the bodies narrowed them (else None).

        A body the cited Conclusion names without giving it a task is the question's topic, not
        its actor, so the Conclusion alone narrows; a body the cited Conclusion does not name at
        all, or no clause at all gives a task to, leaves nothing.
        Clauses that name an asked body without a task read for it, and clauses where no body was
        read at all, stay open beside the body's own: the body is evidence, ranking its own clauses
        first, not a gate. A body given no task stands for its kin (the Party committee leading it,
        or the body its Party committee leads) where that one has tasks."""
        cited = None
        if query.documents or query.unknown_documents:
            cited = _union(self._by_document, query.documents)
            # a Conclusion outside the corpus can still be cited by clauses inside it ("adjust Conclusion 153-KL/TW")
            for symbol in query.unknown_documents:
                cited |= self._citing(symbol)
        if not query.actors:
            return cited, None
        acting = _union(self._by_actor, query.actors)
        if not acting:
            # "the Fatherland Front" asked, only its Party committee given tasks (or the other way round)
            acting = _union(self._by_actor, [kin for actor in query.actors for kin in self.gazetteer.kin(actor)])
        naming = _union(self._by_mention, query.actors)
        if cited is None:
            return (acting | naming | self._unread if acting else acting), acting
        if cited & acting:
            return cited & (acting | naming | self._unread), acting
        return (cited, None) if cited & naming else (set(), None)

    def _unnamed(self, query: Query) -> str:
        """The question without the bodies it names, its topics aside: the search is narrowed to
        the bodies asked about, so in the question's embedding their names only blur what it asks
        them to do (the question itself when nothing else is left)."""
        text = query.text
        for m in reversed(self.gazetteer.find(text, None)):
            if m.body.en not in query.topics:
                text = text[: m.start] + " " + text[m.end :]
        return " ".join(text.split()) if any(ch.isalpha() for ch in text) else query.text

    def _citing(self, symbol: str) -> set[str]:
        """Clauses that name a Conclusion by number; BM25 narrows the scan to texts holding the symbol."""
        scores = self.bm25.scores(symbol)
        return {self._keys[i][0] for i in np.flatnonzero(scores > 0) if _cites(self.clauses[self._keys[i][0]], symbol)}

    def _dense(self, question: str, allowed: set[str] | None) -> dict[str, float]:
        """Best cosine similarity per clause among the nearest records."""
        vector = self.embedder.embed_queries([question])[0]
        return self.nearest(vector, allowed)

    def nearest(self, vector: np.ndarray, allowed: set[str] | None) -> dict[str, float]:
        """Best cosine similarity per clause among the records nearest to a query vector."""
        count = self._count
        if not count or (allowed is not None and not allowed):
            return {}
        where = _where(allowed, self._by_document)
        found = index_call(
            self.collection.query,
            self.index_timeout,
            query_embeddings=[vector.tolist()],
            n_results=min(CANDIDATES, count),
            where=where,
            include=["metadatas", "distances"],
        )
        best: dict[str, float] = {}
        for meta, distance in zip(found["metadatas"][0], found["distances"][0], strict=True):
            cid = meta["clause"]
            if cid in self.clauses and (allowed is None or cid in allowed):
                best[cid] = max(best.get(cid, -1.0), 1.0 - float(distance))
        return best

    def _lexical(self, query: Query, allowed: set[str] | None) -> dict[str, float]:
        """Best BM25 score per clause, for clauses that match at least one query term. Words match
        only texts in the question's language (across languages, shared spellings are chance);
        symbols and numbers match texts in every language."""
        same = self._languages == query.language
        scores = np.zeros(len(self._keys), dtype=np.float32)
        if not same.all():
            # a question's dates are its window, not words to match
            scores = self.bm25.scores(without_dates(query.text, query.language), neutral=True)
        if same.any():
            scores = np.where(same, self.bm25.scores(query.text), scores)
        best: dict[str, float] = {}
        for i in np.argsort(-scores)[:CANDIDATES]:
            cid = self._keys[i][0]
            if scores[i] > 0 and (allowed is None or cid in allowed):
                best[cid] = max(best.get(cid, 0.0), float(scores[i]))
        return best

    def _unreachable(self, language: str) -> set[str]:
        """Clauses with no text in a language: the words of a question in it cannot match them."""
        if language not in self._unreachable_by:
            self._unreachable_by[language] = {cid for cid, c in self.clauses.items() if language not in c.texts}
        return self._unreachable_by[language]

    def _fuse(
        self, dense: dict[str, float], lexical: dict[str, float], query: Query | None, acting: set[str] | None
    ) -> list[Hit]:
        """Hits by fused rank: inside the asked window first, then (for "how often") recurring ones,
        (for a day stated only as a meeting's or document's date) those stating it, (for a meeting)
        those telling of one, (for "when was it issued") those stating the document's date, (for
        "which does it replace") those naming a document replaced, (for "by when") dated ones, then
        (for a named body) the clauses giving it a task before those only naming it."""
        fused = _rrf(dense, lexical, self._unreachable(query.language) if query and dense and lexical else set())
        window = query.window if query else None
        monthly = bool(query and query.monthly)
        hits = []
        for cid, score in fused.items():
            clause = self.clauses[cid]
            inside = None
            if window or monthly:
                inside = any((window and window.holds(d.due)) or (monthly and d.recurring) for d in clause.deadlines)
            hits.append(Hit(clause, score, dense.get(cid), lexical.get(cid), inside))
        when = bool(query and query.asks_when and not query.asks_meeting and not query.asks_issued)
        often = bool(query and query.asks_how_often)
        day = query.day if query else None
        meeting = bool(query and query.asks_meeting)
        issued = bool(query and query.asks_issued)
        replaced = bool(query and query.asks_replaced)
        hits.sort(
            key=lambda h: (
                h.in_window is False,
                often and not recurring(h.clause),
                day is not None and day not in self._days[h.clause.id],
                meeting and h.clause.id not in self._meetings,
                issued and h.clause.id not in self._dating,
                replaced and h.clause.id not in self._replacing,
                when and not dated(h.clause),
                acting is not None and h.clause.id not in acting,
                -h.score,
                -(h.similarity or 0.0),  # fused ranks tie often ((1, 2) and (2, 1)): the closer in meaning first
                h.clause.id,
            )
        )
        return hits

    def _abstain(self, query: Query, dense: dict, lexical: dict, mode: str) -> tuple[str, str]:
        """Retrieval, not a model, decides that the corpus has no answer: (code, reason) or ("", "")."""
        if not dense and not lexical:
            return "nothing", "nothing in the corpus matches"
        if mode == "bm25" or (mode == "hybrid" and (query.actors or query.documents or query.unknown_documents)):
            return "", ""
        top = max(dense.values(), default=0.0)
        if top < self.min_similarity:
            return "far", f"no clause is close enough to the question (best similarity {top:.2f} < {self.min_similarity:.2f})"
        return "", ""
