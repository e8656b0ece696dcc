"""The real python-telegram-bot Application against a fake Bot API server on loopback, over the
real answering core and corpus (with one clause carrying HTML, to see that it is escaped)."""

from __future__ import annotations

import asyncio
import json
import re
import time
from dataclasses import replace
from html import escape, unescape
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from telegram.error import InvalidToken

from assistant.records import Answer, Citation
from bots.feedback import FeedbackStore
from bots.service import Service
from bots.telegram.access import Access
from bots.telegram.bot import build_application
from bots.telegram.render import LIMIT, answer_html, documents_html, load_strings, source_html, split, visible_length
from bots.telegram.webhook import webhook_router
from bots.web.app import create_app
from bots.web.guard import Keys, Limits
from tests.conftest import service_over
from tests.fake_bot_api import FakeBotAPI

TOKEN = "123456:TEST-token-for-the-fake-bot-api"
OFFICIAL, ADMIN, STRANGER, OTHER = 1001, 1002, 666, 1003
VI_MOF = "Bộ Tài chính phải làm gì trước tháng 7 năm 2025?"
ALLOWED_TAGS = {"b", "i", "a", "blockquote"}


class SlowService(Service):
    """Answers questions containing 'slow' after a pause: one slow chat must not hold up others."""

    def ask(self, question, history, channel, language=None):
        if "slow" in question:
            time.sleep(4)
        return super().ask(question, history, channel, language)


@pytest.fixture(scope="module")
def service(hostile_searcher, tmp_path_factory):
    store = FeedbackStore(tmp_path_factory.mktemp("tg") / "feedback.sqlite3")
    return service_over(hostile_searcher, store, SlowService)


@pytest.fixture
def fake():
    api = FakeBotAPI(TOKEN)
    yield api
    api.close()


def make_bot(service, fake, tmp_path, rate="30/minute"):
    access = Access((OFFICIAL, OTHER), (ADMIN,), tmp_path / "access.sqlite3")
    return build_application(service, access, load_strings(), TOKEN, fake.base_url, rate)


def polling(application, scenario):
    """Run the Application by long polling while the scenario pushes updates and checks calls."""

    async def main():
        async with application:
            await application.start()
            await application.updater.start_polling(poll_interval=0.0, timeout=1)
            try:
                await asyncio.to_thread(scenario)
            finally:
                await application.updater.stop()
                await application.stop()

    asyncio.run(main())


class TagCheck(HTMLParser):
    """Telegram HTML must be well formed and use only the tags Telegram knows."""

    def __init__(self):
        super().__init__()
        self.stack = []

    def handle_starttag(self, tag, attrs):
        assert tag in ALLOWED_TAGS, tag
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack.pop() == tag


def well_formed(text: str) -> bool:
    check = TagCheck()
    check.feed(text)
    check.close()
    return check.stack == []


def buttons(params: dict) -> list[dict]:
    markup = json.loads(params.get("reply_markup") or "null") or {"inline_keyboard": []}
    return [b for row in markup["inline_keyboard"] for b in row]


def test_a_question_gets_an_escaped_html_answer_with_sources_and_feedback(service, fake, tmp_path):
    def scenario():
        fake.push(fake.message(OFFICIAL, VI_MOF, "vi"))
        [sent] = fake.wait_for("sendMessage")
        assert fake.wait_for("sendChatAction")[0]["action"] == "typing"
        assert sent["parse_mode"] == "HTML" and well_formed(sent["text"])
        assert sent["text"].startswith("Hạn trước ngày 31/7/2025:\n<b>[1]</b> Bộ Tài chính: “")
        assert "&lt;script&gt;" in sent["text"] and "<script>" not in sent["text"]
        assert re.search(r'<b>\[1\]</b> <a href="https?://[^"]+">178-KL/TW §3\(3\)</a>', sent["text"])
        marks = buttons(sent)
        assert [b["text"] for b in marks] == ["Nguồn (2)", "👍", "👎"]  # the official's Telegram is in Vietnamese
        assert all(len(b["callback_data"].encode()) <= 64 for b in marks)

        fake.push(fake.press(OFFICIAL, marks[0]["callback_data"]))  # Sources under the answer: a page of its own
        page = fake.wait_for("sendMessage", 2)[1]
        assert page["text"].startswith("<b>178-KL/TW §3(3)</b> (1/2)\nDeadline: 2025-07-31 (у липні 2025)\n<blockquote>&lt;img")
        assert well_formed(page["text"]) and [b["text"] for b in buttons(page)] == ["1/2", "▶"]

        fake.push(fake.press(OFFICIAL, buttons(page)[1]["callback_data"]))  # ▶ turns the page in place
        edited = fake.wait_for("editMessageText")[0]
        assert edited["text"].startswith("<b>202-KL/TW §4(2)</b> (2/2)") and [b["text"] for b in buttons(edited)] == ["◀", "2/2"]
        assert fake.wait_for("answerCallbackQuery", 2)

        fake.push(fake.press(OFFICIAL, marks[1]["callback_data"]))
        thanks = fake.wait_for("answerCallbackQuery", 3)[2]
        assert thanks["text"] == "Thank you, noted."

        fake.push(fake.message(OFFICIAL, "/sources"))  # the command pages the last answer too
        assert fake.wait_for("sendMessage", 3)[2]["text"].startswith("<b>178-KL/TW §3(3)</b> (1/2)")

    polling(make_bot(service, fake, tmp_path), scenario)
    stored = service.store.feedback()[-1]
    assert (stored["channel"], stored["vote"], stored["question"]) == ("telegram", "up", VI_MOF)


def test_follow_ups_documents_and_language(service, fake, tmp_path):
    def scenario():
        fake.push(fake.message(OFFICIAL, "What must the Ministry of Finance do by July 2025?"))
        fake.wait_for("sendMessage")
        fake.push(fake.message(OFFICIAL, "And the Ministry of Justice?"))
        follow_up = fake.wait_for("sendMessage", 2)[1]["text"]
        assert "183-KL/TW §3¶3(2)" in follow_up
        fake.push(fake.message(OFFICIAL, "/documents"))
        documents = fake.wait_for("sendMessage", 3)[2]["text"]
        assert all(d in documents for d in ("178-KL/TW", "183-KL/TW", "195-KL/TW", "202-KL/TW")) and well_formed(documents)
        fake.push(fake.message(OFFICIAL, "/lang vi"))
        assert fake.wait_for("sendMessage", 4)[3]["text"] == "Từ nay câu trả lời bằng: Tiếng Việt."
        fake.push(fake.message(OFFICIAL, "/ask What must the Ministry of Finance do by July 2025?"))
        assert fake.wait_for("sendMessage", 5)[4]["text"].startswith("Hạn trước ngày 31/7/2025:")
        fake.push(fake.message(OFFICIAL, "/start"))
        start = fake.wait_for("sendMessage", 6)[5]["text"]
        assert "Bộ Tài chính phải làm gì trước tháng 7 năm 2025?" in start and well_formed(start)

    polling(make_bot(service, fake, tmp_path), scenario)


def test_strangers_are_refused_politely_and_get_nothing(service, fake, tmp_path):
    before = len(service.store.feedback())

    def scenario():
        fake.push(fake.message(STRANGER, VI_MOF, "vi"))
        fake.push(fake.message(STRANGER, "/documents"))
        fake.push(fake.press(STRANGER, "src:0123456789abcdef:0"))
        refusals = fake.wait_for("sendMessage", 2)
        assert all(r["text"].startswith("Xin lỗi") or r["text"].startswith("Sorry") for r in refusals)
        assert all("KL/TW" not in r["text"] and "666" in r["text"] for r in refusals)
        assert fake.wait_for("answerCallbackQuery")[0]["show_alert"] in ("true", True)
        time.sleep(1)
        assert not [m for m, _ in fake.calls if m in ("sendChatAction", "editMessageText")]

    polling(make_bot(service, fake, tmp_path), scenario)
    assert len(service.store.feedback()) == before


def test_pairing_codes(service, fake, tmp_path):
    def scenario():
        fake.push(fake.message(OFFICIAL, "/pair"))
        assert fake.wait_for("sendMessage")[0]["text"] == "Only an administrator can issue pairing codes."
        fake.push(fake.message(ADMIN, "/pair"))
        code = re.search(r"/start (\S+)", fake.wait_for("sendMessage", 2)[1]["text"]).group(1)
        fake.push(fake.message(STRANGER, f"/start {code}"))
        assert fake.wait_for("sendMessage", 3)[2]["text"] == "Welcome: you now have access."
        fake.push(fake.message(STRANGER + 1, f"/start {code}"))  # one use only
        refused = fake.wait_for("sendMessage", chat=STRANGER + 1)[0]["text"]
        assert refused == "That pairing code is not valid (or was already used)."

    polling(make_bot(service, fake, tmp_path), scenario)


def test_one_slow_answer_blocks_no_other_chat(service, fake, tmp_path):
    def scenario():
        fake.push(fake.message(OFFICIAL, "slow: what must the Ministry of Finance do by July 2025?"))
        time.sleep(0.5)
        fake.push(fake.message(OTHER, "What must the Ministry of Justice do?"))
        first = fake.wait_for("sendMessage")[0]
        assert int(first["chat_id"]) == OTHER
        assert int(fake.wait_for("sendMessage", 2)[1]["chat_id"]) == OFFICIAL

    polling(make_bot(service, fake, tmp_path), scenario)


def test_per_user_rate_limit(service, fake, tmp_path):
    def scenario():
        fake.push(fake.message(OFFICIAL, "What must the Ministry of Finance do by July 2025?"))
        fake.wait_for("sendMessage")
        fake.push(fake.message(OFFICIAL, "And the Ministry of Justice?"))
        assert fake.wait_for("sendMessage", 2)[1]["text"].startswith("You are asking faster than the assistant can answer.")

    polling(make_bot(service, fake, tmp_path, rate="1/minute"), scenario)


def test_webhook_checks_the_secret(service, fake, tmp_path):
    webhook = webhook_router(make_bot(service, fake, tmp_path), "s3cret-token")
    app = create_app(service, Keys({}), Limits("10/minute", "10/minute"), extra=[webhook])
    update = fake.message(OFFICIAL, "/documents") | {"update_id": 77}
    with TestClient(app) as client:
        for headers in ({}, {"x-telegram-bot-api-secret-token": "wrong"}):
            refused = client.post("/telegram/webhook", json=update, headers=headers)
            assert refused.status_code == 403 and refused.json() == {"error": "wrong or missing secret token"}
        ok = client.post("/telegram/webhook", json=update, headers={"x-telegram-bot-api-secret-token": "s3cret-token"})
        assert ok.status_code == 200
        assert "202-KL/TW" in fake.wait_for("sendMessage", timeout=20)[0]["text"]
        assert len(fake.wait_for("sendMessage")) == 1  # the refused calls did nothing


def test_bad_tokens_are_clear_errors(service, fake, tmp_path):
    with pytest.raises(ValueError, match="ASSISTANT_TELEGRAM_TOKEN"):
        build_application(service, Access((), (), tmp_path / "a.sqlite3"), load_strings(), "")
    fake.token = "999:other"
    with pytest.raises(InvalidToken):
        asyncio.run(make_bot(service, fake, tmp_path).initialize())


def _answer(text: str, citations=()) -> Answer:
    return Answer("q", text, tuple(citations), False, "en", "extractive")


def watched(application):
    """The application, and the list of errors its handlers raise."""
    errors = []

    async def note(update, context):
        errors.append(context.error)

    application.add_error_handler(note)
    return application, errors


def visible(html: str) -> str:
    """The text Telegram shows for a message: tags removed, entities read."""
    return unescape(re.sub(r"<[^>]*>", "", html))


def test_rendering_escapes_and_splits_on_paragraphs(searcher):
    clause = searcher.clauses["178-KL/TW:3.3"]
    cite = Citation(1, clause, "uk", 'https://example.org/a?b=1&c="2"')
    html = answer_html(_answer("Ministry <b>of</b> Finance & co: “x” [1]", [cite]))
    assert split(html) == [
        "Ministry &lt;b&gt;of&lt;/b&gt; Finance &amp; co: “x” <b>[1]</b>\n\n"
        '<b>[1]</b> <a href="https://example.org/a?b=1&amp;c=&quot;2&quot;">178-KL/TW §3(3)</a>'
    ]
    paragraphs = [f"Paragraph {i} [1] " + "word " * 150 for i in range(30)]
    messages = split(answer_html(_answer("\n".join(paragraphs), [cite])))
    assert len(messages) > 1 and all(visible_length(m) <= LIMIT and well_formed(m) for m in messages)
    assert all(m.startswith("Paragraph") or m.startswith("<b>[1]</b> <a") for m in messages)  # cut between paragraphs
    assert "\n".join(messages).count("Paragraph") == 30
    links = ['<a href="https://x.org/long">' + "label " * 3 + "</a>"] * 40
    for m in split(" ".join(links), limit=200):
        assert visible_length(m) <= 200 and well_formed(m) and m.count("<a ") == m.count("</a>")
    assert split(answer_html(_answer('javascript: <a href="javascript:alert(1)">'))) == [
        "javascript: &lt;a href=&quot;javascript:alert(1)&quot;&gt;"
    ]


def test_messages_are_measured_after_entities_and_never_cut_inside_one():
    run = "&" * 5000 + "Đ" * 3000  # one "word" of 8000 characters, 27 000 once escaped
    messages = split(f"<b>{escape(run)}</b>")
    assert len(messages) == 2  # Telegram counts the text it shows, not the HTML
    assert all(visible_length(m) <= LIMIT and well_formed(m) and m.startswith("<b>") for m in messages)
    assert all(not re.search(r"&(?!amp;)", m) for m in messages)  # every entity whole
    assert "".join(visible(m) for m in messages) == run
    emoji = "👍" * 3000  # two UTF-16 units each, as Telegram counts
    assert [len(visible(m)) for m in split(emoji)] == [2048, 952]


def test_sources_and_documents_pages_fit_telegram(searcher):
    clause = searcher.clauses["178-KL/TW:3.3"]
    huge = replace(
        clause,
        texts={"en": "Ministries & <agencies> " * 900},
        deadlines=tuple(clause.deadlines) * 200,
    )
    s = load_strings()["en"]
    page = source_html(huge, "en", "https://example.org/a?b=1&c=2", 0, 3, s)
    assert visible_length(page) <= LIMIT and well_formed(page)
    assert page.endswith('<a href="https://example.org/a?b=1&amp;c=2">Source</a>') and s["truncated"] in page
    whole = source_html(clause, "uk", None, 0, 1, s)
    assert s["truncated"] not in whole and escape(clause.texts["uk"]) in whole
    documents = [replace(searcher.documents[0], id=f"{n}-KL/TW", title="A long title & more " * 10) for n in range(300)]
    messages = split(documents_html(documents, {}, s))
    assert len(messages) > 1 and all(visible_length(m) <= LIMIT and well_formed(m) for m in messages)
    assert sum(m.count("• ") for m in messages) == 300


def test_groups_answer_only_when_the_group_is_allowed(service, fake, tmp_path):
    group, allowed_group = -100555, -100777

    def scenario():
        fake.push(fake.message(OFFICIAL, "What must the Ministry of Finance do by July 2025?", chat=group))
        [refusal] = fake.wait_for("sendMessage", chat=group)
        assert refusal["text"].startswith("This group is not open to the assistant") and "-100555" in refusal["text"]
        assert "KL/TW" not in refusal["text"]
        fake.push(fake.message(OFFICIAL, "/pair", chat=group))
        fake.push(fake.message(ADMIN, "/pair", chat=allowed_group))  # a code shown in a group could be spent by anyone
        private_only = fake.wait_for("sendMessage", chat=allowed_group)[0]["text"]
        assert private_only.startswith("Pairing codes are issued and used in a private chat")
        fake.push(fake.message(STRANGER, "What must the Ministry of Finance do by July 2025?", chat=allowed_group))
        assert "178-KL/TW" in fake.wait_for("sendMessage", 2, chat=allowed_group)[1]["text"]
        time.sleep(1)
        assert len(fake.wait_for("sendMessage", chat=group)) == 2  # the refusal and "private only": no answer there

    access = Access((OFFICIAL, allowed_group), (ADMIN,), tmp_path / "access.sqlite3")
    polling(build_application(service, access, load_strings(), TOKEN, fake.base_url, "30/minute"), scenario)


def test_every_button_is_answered_and_none_opens_another_chats_answer(service, fake, tmp_path):
    def scenario():
        fake.push(fake.message(OFFICIAL, "What must the Ministry of Finance do by July 2025?"))
        [sent] = fake.wait_for("sendMessage", chat=OFFICIAL)
        source, up, _ = (b["callback_data"] for b in buttons(sent))
        answer_id = source.split(":")[1]
        presses = [
            fake.press(OTHER, source),  # another allowed official replays OFFICIAL's button in their chat
            fake.press(OFFICIAL, f"src:{answer_id}:0"),  # unsigned
            fake.press(OFFICIAL, up.replace(":up:", ":sideways:")),  # a vote that is no vote
            fake.press(OFFICIAL, up[:-1] + ("A" if up[-1] != "A" else "B")),  # a signature altered
            fake.press(OFFICIAL, "x" * 64),
            fake.press(OFFICIAL, None),  # a button with no data
            fake.press(OFFICIAL, source, inline=True),  # a button under no message
        ]
        for press in presses:
            fake.push(press)
        answered = fake.wait_for("answerCallbackQuery", len(presses))
        assert [a.get("text", "")[:30] for a in answered] == ["This button is not valid in th"] * len(presses)
        fake.push(fake.press(OFFICIAL, source))
        page = fake.wait_for("sendMessage", 2, chat=OFFICIAL)[1]
        assert page["text"].startswith("<b>178-KL/TW §3(3)</b> (1/2)")
        here = buttons(page)[0]["callback_data"]  # "1/2": the page already shown
        fake.push(fake.press(OFFICIAL, here, message_id=page["_message_id"]))
        assert len(fake.wait_for("answerCallbackQuery", len(presses) + 2)) == len(presses) + 2
        assert not [p for m, p in fake.calls if m == "sendMessage" and int(p["chat_id"]) == OTHER]

    application, errors = watched(make_bot(service, fake, tmp_path))
    polling(application, scenario)
    assert errors == []


def test_channel_posts_and_edits_are_not_questions(service, fake, tmp_path):
    def scenario():
        post = fake.message(OFFICIAL, "What must the Ministry of Finance do?", chat=-100999)["message"]
        post.pop("from")
        fake.push({"channel_post": post | {"chat": {"id": -100999, "type": "channel", "title": "News"}}})
        edit = fake.message(OFFICIAL, "What must the Ministry of Finance do?")["message"] | {"edit_date": int(time.time())}
        fake.push({"edited_message": edit})
        fake.push(fake.message(OFFICIAL, "/help"))
        assert fake.wait_for("sendMessage")[0]["text"].startswith("Send a question")
        time.sleep(1)
        assert len(fake.wait_for("sendMessage")) == 1

    application, errors = watched(make_bot(service, fake, tmp_path))
    polling(application, scenario)
    assert errors == []
