"""The widget in a real headless Chromium: a host page on another origin embeds it with one script
tag, asks a question, sees the streamed answer, opens a citation, and HTML in a clause stays text."""

from __future__ import annotations

import http.server
import shutil
import socket
import threading
import time
from functools import partial

import pytest
import uvicorn

from bots.feedback import FeedbackStore
from bots.web.app import create_app
from bots.web.guard import Keys, Limits
from entry.settings import PROJECT_ROOT
from tests.conftest import HOSTILE, service_over

playwright = pytest.importorskip("playwright.sync_api", reason="install the test extras: scripts/setup.sh test")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = PROJECT_ROOT / "data" / "screenshots"
MOF = "What must the Ministry of Finance do by July 2025?"
PAGE_CSS = "button { background: lime !important; font-size: 40px !important; } .msg { display: none; }"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def hostile_service(hostile_searcher, tmp_path_factory):
    """The real corpus, except that 178-KL/TW §3(3) starts with HTML meant to run."""
    hostile = hostile_searcher
    store = FeedbackStore(tmp_path_factory.mktemp("browser") / "feedback.sqlite3")
    return service_over(hostile, store)


@pytest.fixture(scope="module")
def servers(hostile_service, tmp_path_factory):
    """The API on 127.0.0.1 and a host page on localhost: two origins, as on a real ministry site."""
    api_port, page_port = _port(), _port()
    api, page = f"http://127.0.0.1:{api_port}", f"http://localhost:{page_port}"
    app = create_app(hostile_service, Keys({"browser-key": [page]}), Limits("100/minute", "100/minute"))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=api_port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    folder = tmp_path_factory.mktemp("host")
    for name, lang in (("en.html", "en"), ("vi.html", "vi")):
        (folder / name).write_text(
            f'<!doctype html><html lang="{lang}"><head><title>Province portal</title><style>{PAGE_CSS}</style></head>'
            f'<body><h1>Province portal</h1><button id="own">Page button</button>'
            f'<script src="{api}/widget.js" data-api="{api}" data-key="browser-key"></script></body></html>',
            encoding="utf-8",
        )
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", page_port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield page
    server.should_exit = True
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.fail("Debian's chromium is needed for the browser test: apt-get install chromium (scripts/setup.sh test does)")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-background-networking"]
        )
        yield launched
        launched.close()


def _ask(page, question: str, answers: int) -> None:
    page.fill("#q", question)
    with page.expect_response(lambda r: r.url.endswith("/api/ask/stream")) as streamed:
        page.keyboard.press("Enter")
    assert streamed.value.headers["content-type"].startswith("text/event-stream")
    page.wait_for_function(
        "n => document.querySelector('[data-directive-assistant]').shadowRoot.querySelectorAll('.msg.bot .actions').length >= n",
        arg=answers,
        timeout=30_000,
    )


def test_widget_on_another_origin(browser, servers, hostile_service):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{servers}/en.html")
    launcher = page.locator("button.launcher")
    assert launcher.get_attribute("aria-label") == "Open the directive assistant"
    assert launcher.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(165, 14, 30)"  # page CSS stays out
    assert page.locator("#own").evaluate("b => getComputedStyle(b).fontSize") == "40px"  # widget CSS stays in
    launcher.click()
    assert page.locator("#q").evaluate("el => el === el.getRootNode().activeElement")  # focus goes to the question

    _ask(page, MOF, 1)
    answer = page.locator(".msg.bot .body").last
    assert "Ministry of Finance" in answer.inner_text()
    badges = answer.locator("button.cite")
    assert badges.count() == 2 and badges.first.get_attribute("aria-label") == "Source 1: 178-KL/TW §3(3)"

    badges.first.click()
    pane = page.locator(".pane")
    assert pane.is_visible() and page.locator("#pane-title").inner_text() == "178-KL/TW §3(3)"
    quoted = page.locator(".pane .text").inner_text()
    assert quoted.startswith(HOSTILE.strip()) and "Міністерство фінансів" in quoted
    assert page.locator(".pane img, .pane script, .msg img").count() == 0
    assert "2025-07-31" in page.locator(".deadline").inner_text()
    assert page.locator(".link").get_attribute("href").startswith("http")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "widget-citation.png"))
    page.locator(".wrong").click()
    page.wait_for_function(
        "() => document.querySelector('[data-directive-assistant]').shadowRoot.querySelector('.pane-note').textContent"
    )
    assert hostile_service.store.feedback()[-1]["wrong_clauses"] == ["178-KL/TW:3.3"]
    page.keyboard.press("Escape")
    assert not pane.is_visible() and badges.first.evaluate("el => el === el.getRootNode().activeElement")

    _ask(page, "And the Ministry of Justice?", 2)  # a follow-up: the history goes with it
    assert page.locator(".msg.bot").last.locator("button.cite").first.get_attribute("aria-label").endswith("183-KL/TW §3¶3(2)")
    page.locator(".msg.bot").last.get_by_label("Helpful", exact=True).click()
    page.wait_for_timeout(300)
    assert hostile_service.store.feedback()[-1]["vote"] == "up"

    page.reload()  # the conversation is kept for the session
    assert page.locator(".msg.bot").count() == 2 and page.locator(".panel").is_visible()
    assert page.title() == "Province portal" and errors == []
    page.close()


def test_phone_width_vietnamese_and_keyboard(browser, servers):
    page = browser.new_page(viewport={"width": 360, "height": 700})
    page.goto(f"{servers}/vi.html")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past the page's own button to the launcher
    page.keyboard.press("Enter")
    panel = page.locator(".panel")
    assert panel.is_visible() and page.locator("#title").inner_text() == "Trợ lý văn bản chỉ đạo"
    box = panel.bounding_box()
    assert box["width"] <= 360 and box["x"] >= 0
    assert page.locator("label[for=q]").inner_text() == "Câu hỏi của bạn"
    page.keyboard.press("Escape")
    assert not panel.is_visible()
    page.close()
