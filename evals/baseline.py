"""The baseline a user would build first: LangChain's RecursiveCharacterTextSplitter (1000/200)
over the raw files, the same embedder in Chroma, the top 3 chunks cited. Chunks are mapped
to the clause they overlap most, so both systems are scored on clause ids."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from langchain_text_splitters import RecursiveCharacterTextSplitter

from corpus.files import read_text, source_files
from corpus.records import Clause
from retrieval import index
from retrieval.embed import Embedder

TOP = 3


@dataclass(frozen=True)
class Chunk:
    id: str
    file: str
    start: int
    text: str
    clause: str | None  # the clause it overlaps most; None for a chunk of page clutter only


def chunks(folder: Path, clauses: tuple[Clause, ...]) -> list[Chunk]:
    """Split every raw file and map each chunk to a clause by character overlap."""
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for clause in clauses:
        for span in clause.spans.values():
            spans.setdefault(span.file, []).append((span.start, span.end, clause.id))
    out = []
    for path in source_files(folder):
        for i, doc in enumerate(splitter.create_documents([read_text(path)], metadatas=[{"file": path.name}])):
            start = doc.metadata["start_index"]
            end = start + len(doc.page_content)
            overlaps = [
                (min(end, e) - max(start, s), cid) for s, e, cid in spans.get(path.name, []) if min(end, e) > max(start, s)
            ]
            best = max(overlaps)[1] if overlaps else None
            out.append(Chunk(f"{path.name}#{i}", path.name, start, doc.page_content, best))
    return out


class Baseline:
    """Top-3 chunk retrieval from its own Chroma collection."""

    def __init__(self, client, items: list[Chunk], embedder: Embedder):
        self.items = {c.id: c for c in items}
        self.embedder = embedder
        digest = hashlib.sha256((embedder.name + "".join(c.id + c.text for c in items)).encode()).hexdigest()[:16]
        self.collection, complete = index.reuse_or_create(client, f"baseline-{digest}", len(items))
        if complete:
            return
        vectors = embedder.embed_documents([c.text for c in items])
        self.collection.add(ids=[c.id for c in items], embeddings=vectors, metadatas=[{"file": c.file} for c in items])

    def retrieve(self, question: str) -> list[Chunk]:
        vector = self.embedder.embed_queries([question])[0]
        found = self.collection.query(query_embeddings=[vector.tolist()], n_results=TOP)
        return [self.items[i] for i in found["ids"][0]]
