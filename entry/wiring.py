"""Build the working parts from settings: the one place that turns configuration into objects.
Channels and evals are handed what is built here; they build nothing themselves."""

from __future__ import annotations

from assistant.answer import Answerer, load_prompt
from assistant.extractive import load_phrases
from bots.feedback import FeedbackStore
from bots.service import Service
from corpus.actors import Gazetteer
from entry.settings import Settings
from evals.baseline import Baseline, chunks
from retrieval import index, store
from retrieval.embed import Embedder, make_embedder
from retrieval.search import IndexUnavailable, Searcher, index_call


class IndexMissing(Exception):
    """The stored corpus names no usable index."""


def searcher(settings: Settings, embedder: Embedder | None = None) -> Searcher:
    """A Searcher over the last ingested corpus and the Chroma collection it names."""
    stored = store.load(settings.data_dir)
    info = stored.index
    if not info:
        raise IndexMissing(f"the corpus in {settings.data_dir} has no vector index: run `assistant ingest`")
    embedder = embedder or make_embedder(settings.embedding_model)
    if info["model"] != embedder.name:
        raise IndexMissing(f"the index was built with {info['model']}, the setting is {embedder.name}: run `assistant ingest`")
    client = index_client(settings)
    try:
        collection = index_call(client.get_collection, settings.index_timeout, info["collection"])
    except IndexUnavailable as exc:
        raise IndexMissing(f"Chroma has no collection {info['collection']}: run `assistant ingest` ({exc})") from exc
    return Searcher(
        stored.clauses,
        stored.documents,
        collection,
        embedder,
        gazetteer(settings),
        settings.languages,
        settings.min_similarity,
        index_timeout=settings.index_timeout,
    )


def index_client(settings: Settings):
    """The Chroma client the settings name, once it answers; IndexUnavailable naming the fix when not."""
    where = f"the Chroma server at {settings.chroma_url}" if settings.chroma_url else f"the index under {settings.data_dir}"
    try:
        client = index_call(index.open_client, settings.index_timeout, settings.data_dir, settings.chroma_url)
        index_call(client.heartbeat, settings.index_timeout)
    except IndexUnavailable as exc:
        fix = "start it, or unset ASSISTANT_CHROMA_URL" if settings.chroma_url else "run `assistant ingest` to rebuild it"
        raise IndexUnavailable(f"{where} does not answer: {fix} ({exc})") from exc
    return client


def gazetteer(settings: Settings) -> Gazetteer:
    """The multilingual list of bodies the settings name."""
    return Gazetteer.load(settings.gazetteer)


def chat_model(settings: Settings):
    """The chat model generative answers use: an OpenAI-compatible endpoint or the local runtime;
    None for extractive answers."""
    if settings.llm_base_url:
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            base_url=settings.llm_base_url, model=settings.llm_model, api_key=settings.llm_api_key or "none", temperature=0
        )
    if settings.llm_local:
        from assistant.local_llm import LocalChatModel

        llm = LocalChatModel(model_path=settings.llm_gguf, threads=settings.llm_threads)
        llm.load()  # a missing runtime or GGUF is an error at start, not at the first question
        return llm
    return None


def answerer(settings: Settings, retriever: Searcher) -> Answerer:
    """The answering core over a retriever: extractive by default, generative when the settings
    name a chat model."""
    llm = chat_model(settings)
    phrases = load_phrases(settings.prompts_dir / "phrases.yaml")
    prompt = load_prompt(settings.prompts_dir) if llm is not None else None
    return Answerer(retriever, gazetteer(settings), phrases, retriever.languages, llm, prompt)


def service(settings: Settings) -> Service:
    """What the channels share: the answering core over the stored corpus, and the feedback store."""
    retriever = searcher(settings)
    core = answerer(settings, retriever)
    feedback = FeedbackStore(settings.feedback_db or settings.data_dir / "feedback.sqlite3")
    return Service(core, retriever.documents, retriever.clauses.values(), feedback)


def baseline(settings: Settings, retriever: Searcher) -> Baseline:
    """The splitter baseline the answers eval compares against, over the same files and embedder."""
    client = index_client(settings)
    return Baseline(client, chunks(settings.corpus_dir, tuple(retriever.clauses.values())), retriever.embedder)
