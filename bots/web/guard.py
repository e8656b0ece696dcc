"""What makes the service safe on a public page: widget keys with their allowed origins (CORS per
key), per-key and per-IP rate limits, a body size cap and timeout, and security headers on every response."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bots.limits import RateLimiter, retry_after

KEY_HEADER = "x-widget-key"
MAX_BODY_BYTES = 64 * 1024
BODY_TIMEOUT = 10.0  # seconds the next part of a request body may take to arrive

PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'"
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
    "frame-ancestors 'none'"
)
API_CSP = "default-src 'none'; frame-ancestors 'none'"


class BodyTimeout:
    """ASGI middleware giving up on a request body whose next part does not arrive within
    `timeout` seconds (a body shorter than its Content-Length, a stalled chunked one): it answers
    408 itself and tells the app the client left, whose own reply is then dropped. Once the body is
    complete, reads pass through untimed, since a streaming response listens for the client's
    disconnect for as long as it streams. (Starlette's RequestBodyLimitMiddleware bounds its size,
    however it is sent.)"""

    def __init__(self, app, timeout: float = BODY_TIMEOUT):
        self.app, self.timeout = app, timeout

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        complete, started, answered = False, False, False

        async def timed():
            nonlocal complete, answered
            if complete:
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), self.timeout)
            except TimeoutError:
                if not started:
                    answered = True
                    refusal = JSONResponse({"error": f"the request body did not arrive within {self.timeout:g} s"}, 408)
                    await refusal(scope, receive, send)
                return {"type": "http.disconnect"}
            complete = message["type"] != "http.request" or not message.get("more_body", False)
            return message

        async def unless_answered(message):
            nonlocal started
            if answered:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, timed, unless_answered)
        except Exception:
            if not answered:
                raise


def _origin(value: str) -> str:
    return value.strip().rstrip("/").lower()


class Keys:
    """Public widget keys, each with the page origins allowed to use it; an empty list denies all.
    With `require_origin`, a request must say its page's origin (a browser always does; a script
    must then claim one, which a key's allowed origins still limit)."""

    def __init__(self, keys: dict[str, list[str]], require_origin: bool = False):
        self.keys = {key: {_origin(o) for o in origins} for key, origins in keys.items()}
        self.require_origin = require_origin

    def problem(self, key: str | None, origin: str | None) -> tuple[int, str] | None:
        """Why a request may not use the API (status and message), or None when it may."""
        if not key:
            return 401, f"a widget key is needed in the {KEY_HEADER} header"
        if key not in self.keys:
            return 401, "unknown widget key"
        allowed = self.keys[key]
        if not allowed:
            return 403, "this widget key allows no origin"
        if origin is None and self.require_origin:
            return 403, "an Origin header is needed with a widget key"
        if origin is not None and _origin(origin) not in allowed:
            return 403, f"this widget key is not allowed on {origin}"
        return None

    def known_origin(self, origin: str) -> bool:
        """Whether some key allows this origin (what a CORS preflight can know: it carries no key)."""
        return any(_origin(origin) in allowed for allowed in self.keys.values())


def cors_headers(origin: str) -> dict[str, str]:
    """Headers that let one page origin read a response."""
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}


def preflight(origin: str | None, keys: Keys) -> Response:
    """Answer a CORS preflight for /api/*."""
    if not origin or not keys.known_origin(origin):
        return JSONResponse({"error": "origin not allowed"}, status_code=403)
    headers = cors_headers(origin) | {
        "Access-Control-Allow-Methods": "GET, POST",
        "Access-Control-Allow-Headers": f"content-type, {KEY_HEADER}",
        "Access-Control-Max-Age": "600",
    }
    return Response(status_code=204, headers=headers)


class Limits:
    """Per-IP and per-key rate limits for the routes that answer or write."""

    def __init__(self, per_ip: str, per_key: str):
        self.per_ip = RateLimiter(per_ip)
        self.per_key = RateLimiter(per_key)

    def check(self, ip: str, key: str) -> tuple[str, float] | None:
        """(scope, seconds to wait) when over a limit, else None."""
        wait = self.per_ip.take(ip)
        if wait:
            return "ip", wait
        wait = self.per_key.take(key)
        return ("key", wait) if wait else None


def refuse(status: int, message: str, origin: str | None = None) -> JSONResponse:
    """A JSON error; readable by the page when its origin is known."""
    return JSONResponse({"error": message}, status_code=status, headers=cors_headers(origin) if origin else {})


def secure(request: Request, response: Response) -> None:
    """Security headers on every response."""
    path = request.url.path
    h = response.headers
    h.setdefault("X-Content-Type-Options", "nosniff")
    h.setdefault("Referrer-Policy", "no-referrer")
    h.setdefault("X-Frame-Options", "DENY")
    h.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if path in ("/docs", "/redoc"):
        h.setdefault("Content-Security-Policy", DOCS_CSP)
    elif path == "/" or path.endswith(".html"):
        h.setdefault("Content-Security-Policy", PAGE_CSP)
    else:
        h.setdefault("Content-Security-Policy", API_CSP)
    # the widget script is loaded by pages of other origins; everything else stays with its own
    h.setdefault("Cross-Origin-Resource-Policy", "cross-origin" if path == "/widget.js" else "same-origin")
    if request.url.scheme == "https":
        h.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")


def admit(request: Request, keys: Keys) -> tuple[Response | None, dict]:
    """(None, CORS headers to add) when a request may go on, else (the refusal, {}).
    Only /api/ is guarded. Rate limits are spent later, by the routes, on valid requests."""
    path = request.url.path
    if not path.startswith("/api/"):
        return None, {}
    origin = request.headers.get("origin")
    if request.method == "OPTIONS":
        return preflight(origin, keys), {}
    key = request.headers.get(KEY_HEADER)
    readable = origin if origin and keys.known_origin(origin) else None
    problem = keys.problem(key, origin)
    if problem:
        return refuse(*problem, origin=readable), {}
    if int(request.headers.get("content-length") or 0) > MAX_BODY_BYTES:
        return refuse(413, f"the request body is over {MAX_BODY_BYTES} bytes", readable), {}
    return None, cors_headers(origin) if origin else {}


def spend(request: Request, limits: Limits, limited: Callable[[str], None]) -> None:
    """Count an accepted request (its body valid) against the per-IP and per-key limits; over a
    limit, HTTPException 429 with Retry-After. A request refused before this costs nothing."""
    over = limits.check(request.client.host if request.client else "unknown", request.headers.get(KEY_HEADER, ""))
    if over:
        limited(over[0])
        raise HTTPException(429, f"too many requests (per {over[0]}); try again later", {"Retry-After": retry_after(over[1])})
