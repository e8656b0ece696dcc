"""The local LLM runtime (opt-in extra `local-llm`): llama.cpp's server engine in process, through
xllamacpp, behind LangChain's chat model interface. Its answers are checked like any model's."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import PrivateAttr

ROLES = {"system": "system", "human": "user", "ai": "assistant"}


class LocalModelError(Exception):
    """The local runtime is not installed, the GGUF is missing, or the engine failed."""


def _start(path: Path, n_ctx: int, threads: int):
    if not path.is_file():
        raise LocalModelError(f"no GGUF at {path}: run `assistant fetch-llm`")
    try:
        import xllamacpp
    except ImportError as exc:
        raise LocalModelError("the local LLM runtime is not installed: pip install '.[local-llm]'") from exc
    params = xllamacpp.CommonParams()
    params.model.path = str(path)
    params.n_ctx = n_ctx
    params.n_parallel = 1
    if threads:
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
    return xllamacpp.Server(params)


class LocalChatModel(BaseChatModel):
    """A GGUF chat model run in this process; the engine loads on first use."""

    model_path: Path
    n_ctx: int = 4096
    max_tokens: int = 384
    threads: int = 0  # 0: llama.cpp's default
    engine: Any = None  # an xllamacpp.Server, or anything with its handle_chat_completions (tests)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "xllamacpp"

    def load(self):
        """The engine, loaded now if it was not yet."""
        with self._lock:
            if self.engine is None:
                self.engine = _start(Path(self.model_path), self.n_ctx, self.threads)
            return self.engine

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs) -> ChatResult:
        request = {
            "messages": [{"role": ROLES.get(m.type, "user"), "content": m.content} for m in messages],
            "max_tokens": self.max_tokens,
            "temperature": 0,
        }
        if stop:
            request["stop"] = list(stop)
        reply = self.load().handle_chat_completions(request)
        if not isinstance(reply, dict) or "choices" not in reply:
            raise LocalModelError(f"the local engine failed: {str(reply)[:300]}")
        text = reply["choices"][0]["message"].get("content") or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])
