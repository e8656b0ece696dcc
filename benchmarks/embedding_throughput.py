"""Embedding throughput: the index's embedding path (batches of index.BATCH through the
embedder) against sentence-transformers' own encode on the same texts (the ceiling here).

    .venv/bin/python benchmarks/embedding_throughput.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from corpus.actors import Gazetteer
from corpus.ingest import ingest
from entry.settings import Settings
from retrieval import index
from retrieval.embed import SentenceTransformerEmbedder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    settings = Settings()
    corpus = ingest(settings.corpus_dir, Gazetteer.load(settings.gazetteer), settings.languages)
    items = index.records(corpus.documents, corpus.clauses)
    texts, titles = [r.text for r in items], [r.title for r in items]
    embedder = SentenceTransformerEmbedder(settings.embedding_model)
    embedder.embed_documents(texts[:8], titles[:8])  # load and warm up
    ours, ceiling = [], []
    for _ in range(args.rounds):  # alternate, so both see the same machine state
        start = time.perf_counter()
        for i in range(0, len(texts), index.BATCH):
            embedder.embed_documents(texts[i : i + index.BATCH], titles[i : i + index.BATCH])
        ours.append(len(texts) / (time.perf_counter() - start))
        start = time.perf_counter()
        embedder.model.encode(texts, prompt_name="document", batch_size=index.BATCH, normalize_embeddings=True)
        ceiling.append(len(texts) / (time.perf_counter() - start))
    o, c = statistics.median(ours), statistics.median(ceiling)
    print(f"{len(texts)} clause texts (lead-in + clause, with the title), {args.rounds} rounds, medians:")
    print(f"  index path:                      {o:6.2f} texts/s")
    print(f"  sentence-transformers encode:    {c:6.2f} texts/s")
    print(f"  ratio index/ceiling:             {o / c:6.2f}")


if __name__ == "__main__":
    main()
