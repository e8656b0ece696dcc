"""POST /api/feedback: up or down, clauses cited wrongly, a comment, kept with the answer."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, StrictStr
from starlette.exceptions import HTTPException

from bots.feedback import UnknownAnswer
from bots.service import Service
from bots.web.metrics import Metrics


class FeedbackRequest(BaseModel):
    answer_id: StrictStr = Field(max_length=64, description="the id of the answer, as /api/ask returned it")
    vote: Literal["up", "down"] | None = None
    wrong_clauses: list[StrictStr] = Field(default_factory=list, max_length=50, description="cited clause ids said to be wrong")
    comment: StrictStr = Field(default="", max_length=2000)


def router(service: Service, metrics: Metrics, spend: Callable[[Request], None]) -> APIRouter:
    """The feedback route over one service; `spend` counts a valid request against the rate limits."""
    routes = APIRouter()

    @routes.post("/api/feedback", status_code=201, summary="Up or down, clauses cited wrongly, a comment")
    async def feedback(body: FeedbackRequest, request: Request) -> dict:
        comment = body.comment.strip()
        if body.vote is None and not body.wrong_clauses and not comment:
            raise HTTPException(422, "feedback needs a vote, a wrongly cited clause or a comment")
        spend(request)
        try:
            await asyncio.to_thread(service.store.add_feedback, body.answer_id, "web", body.vote, body.wrong_clauses, comment)
        except UnknownAnswer as exc:
            raise HTTPException(404, f"no answer {body.answer_id!r}") from exc
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from exc
        for kind in filter(None, (body.vote, "wrong_clause" if body.wrong_clauses else None, "comment" if comment else None)):
            metrics.feedback.labels("web", kind).inc()
        return {"stored": True}

    return routes
