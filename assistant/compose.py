"""Build the working parts from settings: the one place that turns configuration into objects."""

from __future__ import annotations

from assistant.answer import Answerer, load_prompt
from assistant.config import Settings
from assistant.extractive import load_phrases
from retrieval import index, store
from retrieval.actors import Gazetteer
from retrieval.embed import Embedder, make_embedder
from retrieval.search import Searcher


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
    client = index.open_client(settings.data_dir, settings.chroma_url)
    try:
        collection = client.get_collection(info["collection"])
    except Exception as exc:
        raise IndexMissing(f"Chroma has no collection {info['collection']}: run `assistant ingest` ({exc})") from exc
    gazetteer = Gazetteer.load(settings.gazetteer)
    return Searcher(
        stored.clauses, stored.documents, collection, embedder, gazetteer, settings.languages, settings.min_similarity
    )


def answerer(settings: Settings, embedder: Embedder | None = None, llm=None) -> Answerer:
    """The answering core: extractive by default, generative when an OpenAI-compatible endpoint or
    the local runtime is set."""
    search = searcher(settings, embedder)
    phrases = load_phrases(settings.prompts_dir / "phrases.yaml")
    if llm is None and settings.llm_base_url:
        from langchain_openai import ChatOpenAI

        llm = ChatOpenAI(
            base_url=settings.llm_base_url, model=settings.llm_model, api_key=settings.llm_api_key or "none", temperature=0
        )
    elif llm is None and settings.llm_local:
        from assistant.local_llm import LocalChatModel

        llm = LocalChatModel(model_path=settings.llm_gguf, threads=settings.llm_threads)
        llm.load()  # a missing runtime or GGUF is an error at start, not at the first question
    prompt = load_prompt(settings.prompts_dir) if llm is not None else None
    return Answerer(search, phrases, llm, prompt)
