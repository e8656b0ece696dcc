"""GET /healthz, /readyz and /metrics: liveness with what is loaded, readiness, and Prometheus metrics."""

from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from bots.service import Service
from bots.web.metrics import Metrics

log = logging.getLogger(__name__)
RETRY_AFTER = "5"  # seconds a client waits before asking a service that is not ready again
WARMING = "starting: the model is loading"
UNAVAILABLE = "the search index is not answering right now; try again in a few seconds"


def router(service: Service, metrics: Metrics) -> APIRouter:
    """The health routes over one service."""
    routes = APIRouter()

    @routes.get("/healthz", summary="Liveness and what is loaded")
    async def healthz() -> dict:
        return {"status": "ok", "documents": len(service.documents), "clauses": len(service.clauses)}

    @routes.get("/readyz", summary="Readiness: the model loaded, a first question answered, the index answering")
    async def readyz() -> JSONResponse:
        problem = await asyncio.to_thread(service.unready)
        if problem:
            if service.warm:
                log.warning("not ready: %s", problem)  # the reason names internal parts; the caller learns the gist
            gist = UNAVAILABLE if service.warm else WARMING
            return JSONResponse({"ready": False, "error": gist}, status_code=503, headers={"Retry-After": RETRY_AFTER})
        return JSONResponse({"ready": True, "documents": len(service.documents), "clauses": len(service.clauses)})

    @routes.get("/metrics", summary="Prometheus metrics")
    async def prometheus() -> Response:
        return Response(metrics.exposition(), media_type="text/plain; version=0.0.4; charset=utf-8")

    return routes
