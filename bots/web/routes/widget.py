"""GET /widget.js and /: the embeddable widget and the demo page that hosts it."""

from __future__ import annotations

import html
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

STATIC = Path(__file__).resolve().parents[1] / "static"


DEMO_OFF = "<p><b>The chat is not on this page:</b> no demo key is set (<code>ASSISTANT_DEMO_KEY</code>).</p>"


def router(demo_key: str | None) -> APIRouter:
    """The widget's script and the demo page, whose widget uses `demo_key` (none: the page says so)."""
    routes = APIRouter()
    widget = (STATIC / "widget.js").read_bytes()
    tag = f'<script src="/widget.js" data-key="{html.escape(demo_key, quote=True)}"></script>' if demo_key else DEMO_OFF
    page = (STATIC / "index.html").read_text(encoding="utf-8").replace("{{widget}}", tag)

    @routes.get("/widget.js", include_in_schema=False)
    async def widget_js() -> Response:
        return Response(widget, media_type="text/javascript; charset=utf-8", headers={"Cache-Control": "public, max-age=300"})

    @routes.get("/", include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(page)

    return routes
