"""Text embedders behind one seam: a sentence-transformers model, or a hashing embedder for plumbing.

`make_embedder("hashing")` (or "hashing:DIM") gives a deterministic embedder with
no model: texts sharing character trigrams get similar vectors. It exists for
tests and benchmarks of the plumbing, never for quality.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

TITLE_SLOT = "title: none |"  # the document prompt of models trained on "title: {title} | text: {passage}"


def _titled(texts: list[str], titles: list[str]) -> list[str]:
    return ["\n".join(part for part in (title, text) if part) for title, text in zip(titles, texts, strict=True)]


class EmbedderError(Exception):
    """The embedding model is missing or broken; the message says how to fix it."""


class Embedder(Protocol):
    name: str
    dim: int

    def embed_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray: ...

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model on CPU in bfloat16, with its `query` and `document` prompts.

    The model loads on first use, so work that embeds nothing never pays for loading it."""

    def __init__(self, model: str, batch_size: int = 16):
        path = Path(model).expanduser()
        self._is_path = model.startswith(("/", ".", "~")) or path.exists()
        if self._is_path and not (path / "model.safetensors").exists():
            raise EmbedderError(f"no embedding model at {model}: run `assistant fetch-model` (or scripts/setup.sh) to fetch it")
        self._source = str(path) if self._is_path else model
        self.name = path.name if self._is_path else model
        self.batch_size = batch_size
        self._model = None
        self._loading = threading.Lock()

    @property
    def model(self):
        if self._model is None:
            with self._loading:  # servers answer from several threads; load once
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self):
        import torch
        import transformers
        from huggingface_hub.utils import disable_progress_bars
        from sentence_transformers import SentenceTransformer

        transformers.logging.set_verbosity_error()
        transformers.logging.disable_progress_bar()
        disable_progress_bars()
        try:
            # local files only: the model is fetched ahead of time, and no machine here reaches a model hub
            model = SentenceTransformer(
                self._source, device="cpu", local_files_only=True, model_kwargs={"torch_dtype": torch.bfloat16}
            )
        except Exception as exc:
            raise EmbedderError(f"cannot load the embedding model {self._source!r}: {exc}. Run `assistant fetch-model`") from exc
        return model

    @property
    def dim(self) -> int:
        return int(self.model.get_embedding_dimension())

    def _encode(self, texts: list[str], kind: str | None) -> np.ndarray:
        prompt = kind if kind in (getattr(self.model, "prompts", None) or {}) else None
        vectors = self.model.encode(texts, prompt_name=prompt, batch_size=self.batch_size, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        """Unit vectors for passages (the model's `document` prompt). A prompt with a title slot
        ("title: none | text: ") is given each passage's title there, the form such a model was
        trained on; otherwise the title leads the passage."""
        if not titles:
            return self._encode(texts, "document")
        prompt = (getattr(self.model, "prompts", None) or {}).get("document", "")
        if TITLE_SLOT in prompt:
            pairs = zip(titles, texts, strict=True)
            filled = [prompt.replace(TITLE_SLOT, f"title: {title or 'none'} |", 1) + text for title, text in pairs]
            return self._encode(filled, None)  # the prompt is filled in already
        return self._encode(_titled(texts, titles), "document")

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Unit vectors for questions (the model's `query` prompt)."""
        return self._encode(texts, "query")


class HashingEmbedder:
    """Deterministic character-trigram hashing into unit vectors: plumbing only, no semantics."""

    def __init__(self, dim: int = 256):
        self.dim = dim
        self.name = f"hashing-{dim}"

    def _one(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        padded = "  " + " ".join(text.casefold().split()) + "  "
        for i in range(len(padded) - 2):
            digest = hashlib.blake2b(padded[i : i + 3].encode(), digest_size=8).digest()
            value = int.from_bytes(digest, "little")
            vector[value % self.dim] += 1.0 if (value >> 63) else -1.0
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector

    def embed_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        """Hash vectors of passages (their titles leading them)."""
        texts = _titled(texts, titles) if titles else texts
        return np.stack([self._one(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Hash vectors of questions."""
        return self.embed_documents(texts)


def make_embedder(model: str) -> Embedder:
    """The embedder a setting names: "hashing[:DIM]", or any sentence-transformers name or path."""
    if model == "hashing" or model.startswith("hashing:"):
        return HashingEmbedder(int(model.split(":", 1)[1]) if ":" in model else 256)
    return SentenceTransformerEmbedder(model)
