"""GET /widget.js and /: the embeddable widget and the demo page that hosts it."""

from __future__ import annotations

import html
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

STATIC = Path(__file__).resolve().parents[1] / "static"


def router(demo_key: str | None) -> APIRouter:
    """The widget's script and the demo page, whose widget uses `demo_key`."""
    routes = APIRouter()
    widget = (STATIC / "widget.js").read_bytes()
    page = (STATIC / "index.html").read_text(encoding="utf-8").replace("{{key}}", html.escape(demo_key or "", quote=True))

    @routes.get("/widget.js", include_in_schema=False)
    async def widget_js() -> Response:
        return Response(widget, media_type="text/javascript; charset=utf-8", headers={"Cache-Control": "public, max-age=300"})

    @routes.get("/", include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(page)

    return routes
