"""The web runner: build the web app from settings and serve it with uvicorn."""

from __future__ import annotations

import sys
import threading
import time

from fastapi import FastAPI

from bots.service import Service
from bots.web.app import create_app
from bots.web.guard import Keys, Limits
from entry.settings import Settings

LOOPBACK = ("127.0.0.1", "localhost", "0.0.0.0", "::1", "::")


def own_origins(host: str, port: int) -> list[str]:
    """The origins a browser uses to reach this server (loopback under both names)."""
    names = {"127.0.0.1", "localhost"} if host in LOOPBACK else {host}
    return sorted(f"http://{name}:{port}" for name in names)


def make_app(settings: Settings, service: Service, origins: list[str]) -> FastAPI:
    """The app with the configured keys, plus the demo key (when one is set) allowed on the
    server's own origins; with a Telegram token and webhook secret, the bot's webhook too."""
    keys = {key: list(allowed) for key, allowed in settings.web_keys.items()}
    if settings.demo_key:
        keys[settings.demo_key] = sorted(set(keys.get(settings.demo_key, [])) | set(origins))
    limits = Limits(settings.rate_per_ip, settings.rate_per_key)
    extra = []
    if settings.telegram_token and settings.telegram_webhook_secret:
        from bots.telegram.webhook import webhook_router
        from entry.bot import make_bot

        extra.append(webhook_router(make_bot(settings, service), settings.telegram_webhook_secret, settings.telegram_webhook_url))
    return create_app(service, Keys(keys, settings.web_require_origin), limits, settings.demo_key, extra, settings.body_timeout)


def warm_in_background(service: Service, log=lambda line: print(line, file=sys.stderr, flush=True)) -> threading.Thread:
    """Load the model and answer a first question while the server starts; /readyz says when done."""

    def run():
        start = time.perf_counter()
        try:
            service.warm_up()
        except Exception as exc:  # noqa: BLE001 - /readyz stays false and says why; the server keeps running
            log(f"warming up failed, /readyz stays not ready: {exc!r}")
            return
        log(f"ready: the first answer took {time.perf_counter() - start:.1f} s")

    thread = threading.Thread(target=run, name="warm-up", daemon=True)
    thread.start()
    return thread


def serve(settings: Settings, service: Service, host: str, port: int) -> None:
    """Serve until interrupted, warming up beside it."""
    import uvicorn

    warm_in_background(service)
    app = make_app(settings, service, own_origins(host, port))
    print(f"Serving on http://{'127.0.0.1' if host in LOOPBACK else host}:{port}/  (API docs at /docs)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False)
