"""The web service through FastAPI's TestClient, over the real answering core and corpus."""

from __future__ import annotations

import json
import sqlite3

import pytest
from fastapi.testclient import TestClient

from assistant.contract import AnswerOut, dump
from bots.feedback import FeedbackStore
from bots.web.app import create_app
from bots.web.guard import Keys, Limits
from tests.conftest import service_over

MOF = "What must the Ministry of Finance do by July 2025?"
PAGE = "https://province.example"
KEY = {"x-widget-key": "k"}
ROOMY = ("1000/minute", "1000/minute")


@pytest.fixture(scope="module")
def service(searcher, tmp_path_factory):
    store = FeedbackStore(tmp_path_factory.mktemp("web") / "feedback.sqlite3")
    return service_over(searcher, store)


def make_client(service, limits=ROOMY) -> TestClient:
    keys = Keys({"k": [PAGE, "http://testserver"], "closed": []})
    return TestClient(create_app(service, keys, Limits(*limits), "k"))


@pytest.fixture(scope="module")
def client(service):
    return make_client(service)


def sse(body: str) -> list[tuple[str, dict]]:
    out = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        out.append((lines["event"], json.loads(lines["data"])))
    return out


def test_ask_returns_the_answer_contract(client, service):
    response = client.post("/api/ask", json={"question": MOF}, headers=KEY)
    assert response.status_code == 200
    body = response.json()
    assert body.pop("answer_id")
    assert body == dump(AnswerOut.of(service.answerer.answer(MOF)))
    assert [c["id"] for c in body["citations"]] == ["178-KL/TW:3.3", "202-KL/TW:4.2"]
    assert body["citations"][0]["source_url"].startswith("http")


def test_follow_up_uses_the_history(client):
    history = [{"question": MOF, "citations": ["178-KL/TW:3.3", "202-KL/TW:4.2"]}]
    body = client.post("/api/ask", json={"question": "And the Ministry of Justice?", "history": history}, headers=KEY).json()
    assert [c["id"] for c in body["citations"]] == ["183-KL/TW:3.p3.2"]


def test_abstention(client):
    body = client.post("/api/ask", json={"question": "What is the capital of Australia?"}, headers=KEY).json()
    assert body["abstained"] is True and body["citations"] == []


def test_stream_sends_status_pieces_citations_done(client):
    question = "Bộ Tài chính phải làm gì trước tháng 7 năm 2025?"
    with client.stream("POST", "/api/ask/stream", json={"question": question}, headers=KEY) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["cache-control"] == "no-cache, no-transform"
        assert response.headers["x-accel-buffering"] == "no"
        events = sse(response.read().decode())
    names = [name for name, _ in events]
    assert names[0] == "status" and names[-2:] == ["citations", "done"]
    assert set(names[1:-2]) == {"delta"} and len(names) > 5
    done = events[-1][1]
    assert "".join(data["text"] for name, data in events if name == "delta") == done["answer"]
    assert done["language"] == "vi" and done["citations"][0]["id"] == "178-KL/TW:3.3"
    assert events[-2][1]["citations"] == done["citations"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"question": ""}', "question: the question is empty"),
        (b'{"question": "   "}', "question: the question is empty"),
        (b'{"question": 42}', "question: Input should be a valid string"),
        (b'{"question": ["a"]}', "question: Input should be a valid string"),
        (b'{"question": "' + b"x" * 1001 + b'"}', "question: String should have at most 1000 characters"),
        (b"{}", "question: Field required"),
        (b"{not json", "the request body is not valid JSON"),
        (b"", 'the request body is empty; send JSON such as {"question": "..."}'),
        (b'{"question": "ok?", "history": [{"citations": []}]}', "history.0.question: Field required"),
        (b'{"question": "ok?", "history": "x"}', "history: Input should be a valid list"),
    ],
)
@pytest.mark.parametrize("path", ["/api/ask", "/api/ask/stream"])
def test_bad_questions_get_a_clear_4xx(client, path, body, message):
    response = client.post(path, content=body, headers=KEY | {"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json() == {"error": message}


def test_an_over_long_body_is_refused(client):
    response = client.post("/api/ask", content=b"x" * 70_000, headers=KEY | {"content-type": "application/json"})
    assert response.status_code == 413 and "bytes" in response.json()["error"]


def test_documents_and_clauses(client, service):
    documents = client.get("/api/documents", headers=KEY).json()
    assert {d["id"] for d in documents} == {"178-KL/TW", "183-KL/TW", "195-KL/TW", "202-KL/TW"}
    assert sum(d["clauses"] for d in documents) == len(service.clauses)
    clause = client.get("/api/clauses/183-KL/TW:3.p3.2", headers=KEY).json()
    assert set(clause["texts"]) == {"ms", "nb"} and clause["label"] == "§3¶3(2)"
    assert clause["texts"] == service.clauses["183-KL/TW:3.p3.2"].texts
    assert clause["source_url"].startswith("http")
    for public in (documents, clause):  # where a text came from is its link; the server's file names stay its own
        assert '"file' not in json.dumps(public) and not any(f in json.dumps(public) for f in service.documents[0].files)
    assert all(s["url"].startswith("http") and s["kind"] for d in documents for s in d["sources"])
    missing = client.get("/api/clauses/999-KL/TW:1", headers=KEY)
    assert missing.status_code == 404 and "999-KL/TW:1" in missing.json()["error"]


def test_feedback_is_stored_with_the_answer(client, service):
    answer = client.post("/api/ask", json={"question": MOF}, headers=KEY).json()
    vote = {"answer_id": answer["answer_id"], "vote": "down", "wrong_clauses": ["202-KL/TW:4.2"], "comment": " off topic "}
    assert client.post("/api/feedback", json=vote, headers=KEY).status_code == 201
    stored = service.store.feedback()[-1]
    assert stored["answer_id"] == answer["answer_id"] and stored["question"] == MOF
    assert stored["answer"] == answer["answer"] and stored["citations"] == ["178-KL/TW:3.3", "202-KL/TW:4.2"]
    assert (stored["vote"], stored["wrong_clauses"], stored["comment"], stored["channel"]) == (
        "down",
        ["202-KL/TW:4.2"],
        "off topic",
        "web",
    )
    refused = [
        ({"answer_id": "nope", "vote": "up"}, 404),
        ({"answer_id": answer["answer_id"]}, 422),
        ({"answer_id": answer["answer_id"], "wrong_clauses": ["195-KL/TW:1"]}, 422),
        ({"answer_id": answer["answer_id"], "vote": "sideways"}, 422),
    ]
    for body, status in refused:
        response = client.post("/api/feedback", json=body, headers=KEY)
        assert response.status_code == status and response.json()["error"]


@pytest.mark.parametrize(
    ("headers", "status", "readable"),
    [
        ({}, 401, False),
        ({"x-widget-key": "nope"}, 401, False),
        ({"x-widget-key": "closed"}, 403, False),
        (KEY | {"origin": "https://evil.example"}, 403, False),
        (KEY | {"origin": PAGE}, 200, True),
    ],
)
def test_keys_and_origins(client, headers, status, readable):
    response = client.get("/api/documents", headers=headers)
    assert response.status_code == status
    assert (response.headers.get("access-control-allow-origin") == PAGE) is readable


def test_preflight(client):
    ok = client.options("/api/ask", headers={"origin": PAGE, "access-control-request-method": "POST"})
    assert ok.status_code == 204 and ok.headers["access-control-allow-origin"] == PAGE
    assert "x-widget-key" in ok.headers["access-control-allow-headers"]
    denied = client.options("/api/ask", headers={"origin": "https://evil.example", "access-control-request-method": "POST"})
    assert denied.status_code == 403 and "access-control-allow-origin" not in denied.headers


@pytest.mark.parametrize(("limits", "scope"), [(("2/minute", "100/minute"), "ip"), (("100/minute", "2/minute"), "key")])
def test_rate_limits_answer_429_with_retry_after(service, limits, scope):
    client = make_client(service, limits)
    statuses = [client.post("/api/feedback", json={"answer_id": "x", "vote": "up"}, headers=KEY).status_code for _ in range(3)]
    assert statuses == [404, 404, 429]
    refused = client.post("/api/ask", json={"question": MOF}, headers=KEY | {"origin": PAGE})
    assert refused.status_code == 429 and f"per {scope}" in refused.json()["error"]
    assert 1 <= int(refused.headers["retry-after"]) <= 30
    assert refused.headers["access-control-allow-origin"] == PAGE  # so the widget can read why
    assert client.get("/api/documents", headers=KEY).status_code == 200  # reading is not limited
    assert f'assistant_rate_limited_total{{scope="{scope}"}} 2.0' in client.get("/metrics").text


def test_only_valid_requests_spend_the_rate_limit(service):
    client = make_client(service, ("2/minute", "100/minute"))
    invalid = [{"question": ""}, {"question": 7}, {"history": []}, {"question": "x" * 10_000}]
    assert [client.post("/api/ask", json=body, headers=KEY).status_code for body in invalid * 3] == [422] * 12
    assert client.post("/api/ask", content=b"{not json", headers=KEY | {"content-type": "application/json"}).status_code == 422
    assert client.post("/api/feedback", json={"answer_id": "x"}, headers=KEY).status_code == 422  # no vote, no comment
    statuses = [client.post("/api/feedback", json={"answer_id": "x", "vote": "up"}, headers=KEY).status_code for _ in range(3)]
    assert statuses == [404, 404, 429]


def test_a_deployment_can_require_an_origin_and_turn_the_demo_off(service):
    client = TestClient(create_app(service, Keys({"k": [PAGE]}, require_origin=True), Limits(*ROOMY)))
    bare = client.get("/api/documents", headers=KEY)
    assert bare.status_code == 403 and bare.json() == {"error": "an Origin header is needed with a widget key"}
    assert client.get("/api/documents", headers=KEY | {"origin": PAGE}).status_code == 200
    page = client.get("/").text
    assert "<script" not in page and "ASSISTANT_DEMO_KEY" in page


@pytest.mark.parametrize("path", ["/", "/widget.js", "/api/documents", "/healthz", "/metrics", "/no-such-page", "/openapi.json"])
def test_security_headers_everywhere(client, path):
    response = client.get(path, headers=KEY)
    h = response.headers
    assert h["x-content-type-options"] == "nosniff" and h["referrer-policy"] == "no-referrer"
    assert h["x-frame-options"] == "DENY" and "frame-ancestors 'none'" in h["content-security-policy"]
    assert h["cross-origin-resource-policy"] == ("cross-origin" if path == "/widget.js" else "same-origin")


def test_page_health_metrics_and_docs(client):
    page = client.get("/")
    assert page.status_code == 200 and '<script src="/widget.js" data-key="k"></script>' in page.text
    assert client.get("/widget.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/healthz").json() == {"status": "ok", "documents": 4, "clauses": 104}
    client.post("/api/ask", json={"question": "What is the capital of Australia?"}, headers=KEY)
    metrics = client.get("/metrics").text
    assert 'assistant_answers_total{abstained="true",channel="web",mode="extractive"}' in metrics
    assert 'assistant_http_request_seconds_bucket{le="0.3",route="/api/ask"}' in metrics
    assert 'assistant_http_requests_total{method="POST",route="/api/ask",status="200"}' in metrics
    assert "/api/ask/stream" in client.get("/openapi.json").json()["paths"]


def test_ready_only_once_warmed_up(searcher, tmp_path):
    service = service_over(searcher, FeedbackStore(tmp_path / "feedback.sqlite3"))
    client = make_client(service)
    cold = client.get("/readyz")
    assert cold.status_code == 503 and cold.json() == {"ready": False, "error": "starting: the model is loading"}
    assert int(cold.headers["retry-after"]) >= 1
    service.warm_up()
    assert client.get("/readyz").json() == {"ready": True, "documents": 4, "clauses": 104}
    with sqlite3.connect(tmp_path / "feedback.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM answers").fetchone() == (0,)  # the warm-up question is not kept
