"""The Telegram runner: build the bot from settings; run it by long polling."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application

from bots.service import Service
from bots.telegram.access import Access
from bots.telegram.bot import build_application
from bots.telegram.render import load_strings
from entry.settings import Settings


def make_bot(settings: Settings, service: Service) -> Application:
    """The bot's Application as the settings describe it (a clear ValueError without a token)."""
    access = Access(settings.telegram_allowed, settings.telegram_admins, settings.data_dir / "telegram_access.sqlite3")
    return build_application(
        service, access, load_strings(), settings.telegram_token or "", settings.telegram_api_url, settings.telegram_rate_per_user
    )


def poll(application: Application) -> None:
    """Long polling until interrupted; telegram.error.InvalidToken when Telegram refuses the token."""
    application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
