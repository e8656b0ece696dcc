"""The Telegram bot taking its updates by webhook: a router the web app mounts, which starts and
stops the bot's Application with the app and checks Telegram's secret token on every update."""

from __future__ import annotations

import secrets
from contextlib import asynccontextmanager

from fastapi import APIRouter, Request
from starlette.exceptions import HTTPException
from telegram import Update
from telegram.ext import Application


def webhook_router(application: Application, secret: str, url: str | None = None) -> APIRouter:
    """POST /telegram/webhook for `application`; `url`, when given, is registered with Telegram at start."""

    @asynccontextmanager
    async def lifespan(app):
        async with application:
            await application.start()
            if url:
                await application.bot.set_webhook(url, secret_token=secret)
            yield
            await application.stop()

    router = APIRouter(lifespan=lifespan)

    @router.post("/telegram/webhook", include_in_schema=False)
    async def telegram_webhook(request: Request) -> dict:
        given = request.headers.get("x-telegram-bot-api-secret-token", "")
        if not secrets.compare_digest(given.encode(), secret.encode()):
            raise HTTPException(403, "wrong or missing secret token")
        try:
            update = Update.de_json(await request.json(), application.bot)
        except ValueError as exc:
            raise HTTPException(400, "the body is not a Telegram update") from exc
        await application.update_queue.put(update)
        return {"ok": True}

    return router
