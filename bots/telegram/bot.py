"""The Telegram bot: one Application built by a factory that is handed the answering service.
Handlers only receive, call the service in a worker thread, and send what render.py makes."""

from __future__ import annotations

import asyncio
import logging
from html import escape

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    filters,
)

from bots.feedback import UnknownAnswer
from bots.limits import RateLimiter, retry_after
from bots.service import MAX_QUESTION_CHARS, Service
from bots.telegram.access import Access
from bots.telegram.buttons import Buttons, secret_of
from bots.telegram.render import answer_html, documents_html, pick, source_html, split

log = logging.getLogger(__name__)
HISTORY = 10
LANGUAGES = {"en": "English", "vi": "Tiếng Việt"}


class Handlers:
    """What the bot does with each command, message and button."""

    def __init__(self, service: Service, access: Access, strings: dict, limiter: RateLimiter, buttons: Buttons):
        self.service = service
        self.access = access
        self.strings = strings
        self.limiter = limiter
        self.buttons = buttons

    def _s(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> dict:
        language = context.chat_data.get("lang") if context.chat_data is not None else None
        if not language:
            code = (update.effective_user.language_code or "") if update.effective_user else ""
            language = "vi" if code.startswith("vi") else "en"
        return pick(self.strings, language)

    async def _admitted(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
        """Whether this update may get answers; if not, the writer is told why (and nothing else)."""
        user, chat = update.effective_user, update.effective_chat
        if self.access.allows(user.id if user else None, chat.id if chat else None, _private(update)):
            return True
        s = self._s(update, context)
        if _private(update):
            refusal = s["refused"].format(id=user.id if user else "?")
        else:  # an allowed official too: what is answered in a group, every member reads
            refusal = s["group_refused"].format(id=chat.id if chat else "?")
        if update.callback_query:
            await update.callback_query.answer(refusal[:200], show_alert=True)
        elif update.effective_message:
            await update.effective_message.reply_text(escape(refusal))
        return False

    async def _reply(self, update: Update, html: str, markup: InlineKeyboardMarkup | None = None) -> None:
        """Send HTML to the chat of the update as messages under Telegram's limit; buttons go under the last."""
        *first, last = split(html) or [""]
        for text in first:
            await update.get_bot().send_message(update.effective_chat.id, text)
        await update.get_bot().send_message(update.effective_chat.id, last, reply_markup=markup)

    # commands ----------------------------------------------------------------------------
    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        s = self._s(update, context)
        user = update.effective_user
        if context.args and not self.access.allows(user.id, update.effective_chat.id, _private(update)):
            if not _private(update):  # a code shown in a group could be spent by anyone in it
                await update.effective_message.reply_text(escape(s["private_only"]))
                return
            paired = await asyncio.to_thread(self.access.pair, user.id, context.args[0])
            await update.effective_message.reply_text(escape(s["paired" if paired else "bad_code"]))
            if not paired:
                return
        if not await self._admitted(update, context):
            return
        await self._reply(update, s["start"].format(documents=self._documents(s)))

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self._admitted(update, context):
            await update.effective_message.reply_text(escape(self._s(update, context)["help"]))

    async def documents(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self._admitted(update, context):
            await self._reply(update, self._documents(self._s(update, context)))

    def _documents(self, s: dict) -> str:
        return documents_html(self.service.documents, self.service.clause_counts, s)

    async def lang(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self._admitted(update, context):
            return
        choice = (context.args[0].lower() if context.args else "").strip()
        valid = choice in LANGUAGES or choice == "auto"
        if valid:
            context.chat_data["lang"] = None if choice == "auto" else choice
        s = self._s(update, context)
        current = LANGUAGES.get(context.chat_data.get("lang"), s["auto"])
        await update.effective_message.reply_text(escape(s["lang_set" if valid else "lang_usage"].format(language=current)))

    async def pair(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        s = self._s(update, context)
        if not _private(update):
            await update.effective_message.reply_text(escape(s["private_only"]))
            return
        try:
            code = await asyncio.to_thread(self.access.issue_code, update.effective_user.id)
        except PermissionError:
            await update.effective_message.reply_text(escape(s["not_admin"]))
            return
        await update.effective_message.reply_text(escape(s["pair_code"].format(code=code)))

    async def ask(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        question = update.effective_message.text.partition(" ")[2].strip()
        if not question:
            if await self._admitted(update, context):
                await update.effective_message.reply_text(escape(self._s(update, context)["ask_usage"]))
            return
        await self._answer(update, context, question)

    async def message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._answer(update, context, update.effective_message.text.strip())

    async def sources(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self._admitted(update, context):
            return
        answer_id = context.chat_data.get("last")
        if not answer_id:
            await update.effective_message.reply_text(escape(self._s(update, context)["no_answer_yet"]))
            return
        text, markup = self._page(update, context, answer_id, 0)
        await self._reply(update, text, markup)

    # answering ---------------------------------------------------------------------------
    async def _answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
        if not question or not await self._admitted(update, context):
            return
        s = self._s(update, context)
        wait = self.limiter.take(str(update.effective_user.id))
        if wait:
            await update.effective_message.reply_text(escape(s["limited"].format(seconds=retry_after(wait))))
            return
        if len(question) > MAX_QUESTION_CHARS:
            await update.effective_message.reply_text(escape(s["too_long"].format(limit=MAX_QUESTION_CHARS)))
            return
        history = context.chat_data.setdefault("history", [])
        chat_id = update.effective_chat.id
        typing = asyncio.create_task(_typing(context, chat_id))
        try:
            answer, answer_id = await asyncio.to_thread(
                self.service.ask, question, list(history), "telegram", context.chat_data.get("lang")
            )
        except Exception:
            log.exception("answering %r failed", question)
            await update.effective_message.reply_text(escape(s["error"]))
            return
        finally:
            typing.cancel()
        history.append(answer.turn)
        del history[:-HISTORY]
        context.chat_data["last"] = answer_id
        label = s["sources_button"].format(count=len(answer.citations))
        await self._reply(update, answer_html(answer), self.buttons.answer(chat_id, answer_id, len(answer.citations), label))

    # buttons -----------------------------------------------------------------------------
    async def button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Every press is answered: with what it asks for, or politely when it cannot be."""
        query = update.callback_query
        if not await self._admitted(update, context):
            return
        s = self._s(update, context)
        chat = update.effective_chat
        press = self.buttons.read(chat.id if chat else None, query.data)
        if press is None or query.message is None:
            await query.answer(s["stale_button"], show_alert=True)
            return
        try:
            if press.kind == "fb":
                await asyncio.to_thread(self.service.store.add_feedback, press.answer_id, "telegram", press.arg)
                await query.answer(s["thanks"])
                return
            text, markup = self._page(update, context, press.answer_id, int(press.arg))
        except (UnknownAnswer, ValueError):
            await query.answer(s["no_sources"])
            return
        await query.answer()
        if press.kind == "pg":  # paging inside a sources message: turn its page
            try:
                await query.edit_message_text(text, reply_markup=markup)
            except BadRequest as exc:  # the page shown already (its own n/total button)
                if "not modified" not in str(exc).lower():
                    raise
        else:  # the button under an answer: open the sources as a message of their own
            await self._reply(update, text, markup)

    def _page(self, update: Update, context, answer_id: str, index: int) -> tuple[str, InlineKeyboardMarkup | None]:
        s = self._s(update, context)
        cited, language = self.service.store.given(answer_id)
        clauses = [self.service.clauses[c] for c in cited if c in self.service.clauses]
        if not clauses:
            return escape(s["no_sources"]), None
        index = max(0, min(index, len(clauses) - 1))
        clause = clauses[index]
        language = context.chat_data.get("lang") or language
        text = source_html(clause, language, self.service.source_url(clause, language), index, len(clauses), s)
        return text, self.buttons.pages(update.effective_chat.id, answer_id, index, len(clauses))


def _private(update: Update) -> bool:
    """A private chat, or a button under no message (its answer is shown to the presser alone)."""
    chat = update.effective_chat
    return chat is None or chat.type == ChatType.PRIVATE


async def _typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
    """'typing…' in the chat until the answer is sent (Telegram shows it for about 5 s per call)."""
    while True:
        try:
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError:
            pass
        await asyncio.sleep(4)


async def _log_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("telegram update failed", exc_info=context.error)


def build_application(
    service: Service,
    access: Access,
    strings: dict,
    token: str,
    base_url: str = "https://api.telegram.org/bot",
    rate_per_user: str = "12/minute",
) -> Application:
    """The bot's Application: handlers wired to the service, HTML by default, Telegram's flood
    limits respected, and updates handled concurrently so one slow answer blocks no other chat."""
    if not token or ":" not in token:
        raise ValueError("a Telegram bot token looks like 123456:ABC-DEF...; set ASSISTANT_TELEGRAM_TOKEN")
    defaults = Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .defaults(defaults)
        .rate_limiter(AIORateLimiter())
        .concurrent_updates(True)
        .build()
    )
    handlers = Handlers(service, access, strings, RateLimiter(rate_per_user), Buttons(secret_of(token)))
    # new messages only: an edit is not a new question, and a channel post has no one to answer
    asked = filters.UpdateType.MESSAGE
    for name in ("start", "help", "documents", "lang", "pair", "ask", "sources"):
        application.add_handler(CommandHandler(name, getattr(handlers, name), filters=asked))
    application.add_handler(MessageHandler(asked & filters.TEXT & ~filters.COMMAND, handlers.message))
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_error_handler(_log_error)
    return application
