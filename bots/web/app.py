"""The web service's factory: the guard around every request, errors as JSON, and one router per
resource (answers, the corpus, feedback, health, the widget). A thin adapter over the answering core."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.middleware.body_limit import RequestBodyLimitMiddleware

from bots.service import Service
from bots.web import guard
from bots.web.metrics import Metrics
from bots.web.routes import answers, feedback, health, library, widget
from bots.web.routes.health import RETRY_AFTER, UNAVAILABLE
from retrieval.search import IndexUnavailable

log = logging.getLogger(__name__)


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
    service: Service,
    keys: guard.Keys,
    limits: guard.Limits,
    demo_key: str | None = None,
    extra: Iterable[APIRouter] = (),
    body_timeout: float = guard.BODY_TIMEOUT,
) -> FastAPI:
    """The FastAPI app over one answering service; `demo_key` is the key the demo page at / uses;
    `extra` routers are mounted too (the Telegram webhook, with the bot's start and stop)."""
    app = FastAPI(title="Directive assistant", version="0.1.0", description="Answers about Conclusions, cited to the clause.")
    metrics = Metrics()
    # inside the guard (which refuses a declared Content-Length over the cap in the JSON shape of
    # every error), they bound the body as it is read, however it is sent
    app.add_middleware(RequestBodyLimitMiddleware, max_body_size=guard.MAX_BODY_BYTES)
    app.add_middleware(guard.BodyTimeout, timeout=body_timeout)

    @app.middleware("http")
    async def _guard(request: Request, call_next):
        start = time.perf_counter()
        refusal, cors = guard.admit(request, keys)
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

    @app.exception_handler(IndexUnavailable)
    async def _unavailable(request: Request, exc: IndexUnavailable):
        log.warning("%s %s: %s", request.method, request.url.path, exc)
        return JSONResponse({"error": UNAVAILABLE}, status_code=503, headers={"Retry-After": RETRY_AFTER})

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        return JSONResponse({"error": "internal error; it has been logged"}, status_code=500)

    def spend(request: Request) -> None:
        guard.spend(request, limits, lambda scope: metrics.rate_limited.labels(scope).inc())

    for routes in (
        answers.router(service, metrics, spend),
        library.router(service),
        feedback.router(service, metrics, spend),
        health.router(service, metrics),
        *extra,
        widget.router(demo_key),
    ):
        app.include_router(routes)
    return app
