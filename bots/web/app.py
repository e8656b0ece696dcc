"""The web service: JSON and server-sent-event answers, documents, clauses, feedback, health and
metrics, plus the embeddable widget and a demo page. A thin adapter over the answering core."""

from __future__ import annotations

import asyncio
import html
import secrets
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field, StrictStr, field_validator
from starlette.exceptions import HTTPException
from telegram import Update
from telegram.ext import Application

from assistant.records import Turn
from assistant.report import answer_json
from bots.feedback import UnknownAnswer
from bots.service import MAX_HISTORY, MAX_QUESTION_CHARS, Service
from bots.web import guard
from bots.web.metrics import Metrics
from bots.web.stream import event, pieces
from retrieval.store import clause_json, document_json

STATIC = Path(__file__).with_name("static")


@dataclass(frozen=True)
class Webhook:
    """The Telegram bot taking updates in this app: its Application, the secret token Telegram
    sends with each update, and the public URL to register (None: registered elsewhere)."""

    application: Application
    secret: str
    url: str | None = None


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


class FeedbackRequest(BaseModel):
    answer_id: StrictStr = Field(max_length=64, description="the id of the answer, as /api/ask returned it")
    vote: Literal["up", "down"] | None = None
    wrong_clauses: list[StrictStr] = Field(default_factory=list, max_length=50, description="cited clause ids said to be wrong")
    comment: StrictStr = Field(default="", max_length=2000)


def _message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        if error.get("type") == "json_invalid":
            return "the request body is not valid JSON"
        if tuple(error.get("loc", ())) == ("body",) and error.get("type") == "missing":
            return 'the request body is empty; send JSON such as {"question": "..."}'
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {error.get('msg', 'invalid').removeprefix('Value error, ')}")
    return "; ".join(parts)


def create_app(
    service: Service, keys: guard.Keys, limits: guard.Limits, demo_key: str | None = None, telegram: Webhook | None = None
) -> FastAPI:
    """The FastAPI app over one answering service; `demo_key` is the key the demo page at / uses;
    with `telegram`, the bot takes its updates at /telegram/webhook in this same app."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if telegram is None:
            yield
            return
        async with telegram.application:
            await telegram.application.start()
            if telegram.url:
                await telegram.application.bot.set_webhook(telegram.url, secret_token=telegram.secret)
            yield
            await telegram.application.stop()

    app = FastAPI(
        title="Directive assistant",
        version="0.1.0",
        description="Answers about Conclusions, cited to the clause.",
        lifespan=lifespan,
    )
    metrics = Metrics()
    widget = (STATIC / "widget.js").read_bytes()
    page = (STATIC / "index.html").read_text(encoding="utf-8").replace("{{key}}", html.escape(demo_key or "", quote=True))

    @app.middleware("http")
    async def _guard(request: Request, call_next):
        start = time.perf_counter()
        refusal, cors = guard.admit(request, keys, limits, lambda scope: metrics.rate_limited.labels(scope).inc())
        response = refusal or await call_next(request)
        response.headers.update(cors)
        guard.secure(request, response)
        route = getattr(request.scope.get("route"), "path", "refused" if refusal else "unmatched")
        metrics.requests.labels(request.method, route, str(response.status_code)).inc()
        metrics.latency.labels(route).observe(time.perf_counter() - start)
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return JSONResponse({"error": _message(exc)}, status_code=422)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException):
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        return JSONResponse({"error": "internal error; it has been logged"}, status_code=500)

    async def _answer(body: AskRequest) -> dict:
        answer, answer_id = await asyncio.to_thread(service.ask, body.question, body.turns(), "web")
        metrics.answered("web", answer)
        return answer_json(answer) | {"answer_id": answer_id}

    @app.post("/api/ask", summary="Answer a question (the JSON contract of `assistant ask --json`, plus answer_id)")
    async def ask(body: AskRequest) -> dict:
        return await _answer(body)

    @app.post("/api/ask/stream", summary="Answer a question as server-sent events: status, delta, citations, done")
    async def ask_stream(body: AskRequest) -> StreamingResponse:
        async def events():
            yield event("status", {"stage": "searching"})
            try:
                payload = await _answer(body)
            except ValueError as exc:
                yield event("error", {"error": str(exc)})
                return
            for piece in pieces(payload["answer"]):
                yield event("delta", {"text": piece})
            yield event("citations", {"citations": payload["citations"]})
            yield event("done", payload)

        headers = {"Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no"}
        return StreamingResponse(events(), media_type="text/event-stream; charset=utf-8", headers=headers)

    @app.get("/api/documents", summary="The Conclusions in the corpus")
    async def documents() -> list[dict]:
        return [document_json(d) | {"clauses": service.clause_counts[d.id]} for d in service.documents]

    @app.get("/api/clauses/{clause_id:path}", summary="One clause: its verbatim text in every language, label, deadlines")
    async def clause(clause_id: str) -> dict:
        found = service.clauses.get(clause_id)
        if found is None:
            raise HTTPException(404, f"no clause {clause_id!r}; ids look like 178-KL/TW:3.3")
        return clause_json(found) | {"source_url": service.source_url(found.document)}

    @app.post("/api/feedback", status_code=201, summary="Up or down, clauses cited wrongly, a comment")
    async def feedback(body: FeedbackRequest) -> dict:
        comment = body.comment.strip()
        if body.vote is None and not body.wrong_clauses and not comment:
            raise HTTPException(422, "feedback needs a vote, a wrongly cited clause or a comment")
        try:
            await asyncio.to_thread(service.store.add_feedback, body.answer_id, "web", body.vote, body.wrong_clauses, comment)
        except UnknownAnswer as exc:
            raise HTTPException(404, f"no answer {body.answer_id!r}") from exc
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from exc
        for kind in filter(None, (body.vote, "wrong_clause" if body.wrong_clauses else None, "comment" if comment else None)):
            metrics.feedback.labels("web", kind).inc()
        return {"stored": True}

    @app.get("/healthz", summary="Liveness and what is loaded")
    async def healthz() -> dict:
        return {"status": "ok", "documents": len(service.documents), "clauses": len(service.clauses)}

    @app.get("/metrics", summary="Prometheus metrics")
    async def prometheus() -> Response:
        return Response(metrics.exposition(), media_type="text/plain; version=0.0.4; charset=utf-8")

    if telegram is not None:

        @app.post("/telegram/webhook", include_in_schema=False)
        async def telegram_webhook(request: Request) -> dict:
            given = request.headers.get("x-telegram-bot-api-secret-token", "")
            if not secrets.compare_digest(given.encode(), telegram.secret.encode()):
                raise HTTPException(403, "wrong or missing secret token")
            try:
                update = Update.de_json(await request.json(), telegram.application.bot)
            except ValueError as exc:
                raise HTTPException(400, "the body is not a Telegram update") from exc
            await telegram.application.update_queue.put(update)
            return {"ok": True}

    @app.get("/widget.js", include_in_schema=False)
    async def widget_js() -> Response:
        return Response(widget, media_type="text/javascript; charset=utf-8", headers={"Cache-Control": "public, max-age=300"})

    @app.get("/", include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(page)

    return app
