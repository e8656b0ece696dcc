"""Settings, read once from the environment (prefix ASSISTANT_) by the entry points, which pass
the values down. A leaf: it imports nothing of the project, and reads nothing at import time."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]
MODEL_NAME = "embeddinggemma-300m"
LLM_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
DEFAULT_LANGUAGES = (
    "en",
    "vi",
    "ms",
    "id",
    "nb",
    "nn",
    "da",
    "sv",
    "uk",
    "ru",
    "fa",
    "ar",
    "ro",
    "fr",
    "de",
    "es",
    "zh",
    "ja",
    "ko",
    "th",
)


def cache_root() -> Path:
    """The user-level model cache, shared by every clone on the machine."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "directive-assistant" / "models"


def default_model_path() -> Path:
    """Where the default embedding model lives once fetched."""
    return cache_root() / MODEL_NAME


def default_llm_path() -> Path:
    """Where the optional local LLM's GGUF lives once fetched."""
    return cache_root() / LLM_FILE


class Settings(BaseSettings):
    """Where data lives and which languages to expect. Every field can be set as ASSISTANT_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default_factory=lambda: PROJECT_ROOT / "data")
    corpus_dir: Path = Field(default_factory=lambda: PROJECT_ROOT / "corpus" / "sources")
    gazetteer: Path = Field(default_factory=lambda: PROJECT_ROOT / "corpus" / "gazetteer.yaml")
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    # any sentence-transformers name or path; "hashing" is a model-free embedder for plumbing tests
    embedding_model: str = Field(default_factory=lambda: str(default_model_path()))
    chroma_url: str | None = None  # e.g. http://127.0.0.1:8001 for a `chroma run` server; unset: embedded under data_dir
    max_file_mb: float = 20.0  # a corpus file larger than this is refused by name; the other files still ingest
    max_file_chars: int = 1_000_000  # likewise a file whose text is longer (a Conclusion is 10 000-60 000 characters)
    min_similarity: float = 0.30  # below this best cosine similarity a question without named bodies gets no hits
    body_timeout: float = 10.0  # seconds the next part of a request body may take to arrive (web)
    index_timeout: float = 10.0  # seconds a call to the vector index may take before the question gets "unavailable"
    prompts_dir: Path = Field(default_factory=lambda: PROJECT_ROOT / "prompts")
    # generative answers: any OpenAI-compatible endpoint (vLLM, llama.cpp server, Ollama, OpenAI); unset: extractive
    llm_base_url: str | None = None
    llm_model: str = "default"
    llm_api_key: str | None = None
    # or the local runtime (extra `local-llm`, GGUF from `assistant fetch-llm`): weak, and checked like any model
    llm_local: bool = False
    llm_gguf: Path = Field(default_factory=default_llm_path)
    llm_threads: int = 0  # 0: llama.cpp's default
    # web: public widget keys -> the page origins allowed to use each, as JSON: {"KEY": ["https://so.gov.vn"]}
    web_keys: dict[str, list[str]] = {}
    demo_key: str | None = None  # a key for the service's own page at /, allowed on the origin `serve` listens on; unset: no demo
    web_require_origin: bool = False  # refuse widget-key requests that carry no Origin header (what a browser always sends)
    rate_per_ip: str = "30/minute"  # answers and feedback per client IP (a burst of COUNT, then COUNT per PERIOD)
    rate_per_key: str = "600/minute"  # answers and feedback per widget key
    feedback_db: Path | None = None  # SQLite file of answers given and feedback; unset: DATA_DIR/feedback.sqlite3
    # Telegram: the token from @BotFather; the Bot API base URL ({token} is filled in, else the token is appended)
    telegram_token: str | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_allowed: tuple[int, ...] = ()  # user or chat ids that get answers, as JSON: [12345, -100987]
    telegram_admins: tuple[int, ...] = ()  # users who may issue one-time pairing codes (/pair); always allowed
    telegram_rate_per_user: str = "12/minute"
    telegram_webhook_secret: str | None = None  # set (with a token): `serve` takes updates at /telegram/webhook
    telegram_webhook_url: str | None = None  # the public URL of that route, registered with Telegram at start
