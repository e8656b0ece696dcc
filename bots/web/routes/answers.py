"""POST /api/ask and /api/ask/stream: the answer contract, as JSON or as server-sent events."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field, StrictStr, field_validator

from assistant.contract import AnswerOut, dump
from assistant.records import Turn
from bots.service import MAX_HISTORY, MAX_QUESTION_CHARS, Service
from bots.web.metrics import Metrics
from bots.web.routes.health import RETRY_AFTER, UNAVAILABLE
from bots.web.stream import event, pieces
from retrieval.search import IndexUnavailable

log = logging.getLogger(__name__)


class HistoryTurn(BaseModel):
    question: StrictStr = Field(max_length=MAX_QUESTION_CHARS)
    citations: list[StrictStr] = Field(default_factory=list, max_length=50)


class AskRequest(BaseModel):
    question: StrictStr = Field(max_length=MAX_QUESTION_CHARS, description="the question, in any language")
    history: list[HistoryTurn] = Field(default_factory=list, max_length=MAX_HISTORY, description="earlier turns, oldest first")

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the question is empty")
        return value.strip()

    def turns(self) -> list[Turn]:
        return [Turn(t.question, tuple(t.citations)) for t in self.history]


def router(service: Service, metrics: Metrics, spend: Callable[[Request], None]) -> APIRouter:
    """The answer routes over one service; `spend` counts a valid request against the rate limits."""
    routes = APIRouter()

    async def _answer(body: AskRequest) -> dict:
        answer, answer_id = await asyncio.to_thread(service.ask, body.question, body.turns(), "web")
        metrics.answered("web", answer)
        return dump(AnswerOut.of(answer, answer_id))

    @routes.post(
        "/api/ask",
        response_model=AnswerOut,
        response_model_exclude_unset=True,
        summary="Answer a question (the JSON contract of `assistant ask --json`, plus answer_id)",
    )
    async def ask(body: AskRequest, request: Request) -> dict:
        spend(request)
        return await _answer(body)

    @routes.post("/api/ask/stream", summary="Answer a question as server-sent events: status, delta, citations, done")
    async def ask_stream(body: AskRequest, request: Request) -> StreamingResponse:
        spend(request)

        async def events():
            yield event("status", {"stage": "searching"})
            try:
                payload = await _answer(body)
            except ValueError as exc:
                yield event("error", {"error": str(exc)})
                return
            except IndexUnavailable as exc:
                log.warning("answering %r: %s", body.question, exc)
                yield event("error", {"error": UNAVAILABLE, "retry_after": int(RETRY_AFTER)})
                return
            except Exception:
                log.exception("answering %r failed", body.question)
                yield event("error", {"error": "internal error; it has been logged"})
                return
            for piece in pieces(payload["answer"]):
                yield event("delta", {"text": piece})
            yield event("citations", {"citations": payload["citations"]})
            yield event("done", payload)

        headers = {"Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no"}
        return StreamingResponse(events(), media_type="text/event-stream; charset=utf-8", headers=headers)

    return routes
