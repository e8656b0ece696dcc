"""GET /healthz and /metrics: liveness with what is loaded, and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from bots.service import Service
from bots.web.metrics import Metrics


def router(service: Service, metrics: Metrics) -> APIRouter:
    """The health routes over one service."""
    routes = APIRouter()

    @routes.get("/healthz", summary="Liveness and what is loaded")
    async def healthz() -> dict:
        return {"status": "ok", "documents": len(service.documents), "clauses": len(service.clauses)}

    @routes.get("/metrics", summary="Prometheus metrics")
    async def prometheus() -> Response:
        return Response(metrics.exposition(), media_type="text/plain; version=0.0.4; charset=utf-8")

    return routes
