"""The web service's small parts on hand-made inputs: rate limits, SSE pieces, the feedback store."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.records import Answer
from bots.feedback import FeedbackStore, UnknownAnswer
from bots.limits import RateLimiter, parse_rate, retry_after
from bots.web.stream import event, pieces


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_allows_a_burst_then_one_per_interval():
    clock = Clock()
    limiter = RateLimiter("3/minute", clock)
    assert [limiter.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.take("a") == pytest.approx(20.0)
    assert limiter.take("b") == 0.0  # keys are separate
    clock.now = 19.0
    assert limiter.take("a") == pytest.approx(1.0)
    clock.now = 20.0
    assert limiter.take("a") == 0.0 and limiter.take("a") > 0
    assert retry_after(0.2) == "1" and retry_after(19.01) == "20"


def test_idle_buckets_are_forgotten():
    clock = Clock()
    limiter = RateLimiter("1/second", clock, max_keys=2)
    for key in "abc":
        limiter.take(key)
    clock.now = 5.0
    limiter.take("d")
    assert set(limiter._buckets) == {"d"}


@pytest.mark.parametrize("text", ["", "20", "0/minute", "20/fortnight", "-1/second", "x/minute"])
def test_bad_rates_are_clear_errors(text):
    with pytest.raises(ValueError, match="COUNT/PERIOD"):
        parse_rate(text)


def test_rates_parse():
    assert parse_rate("20/minute") == (20, 60.0) and parse_rate(" 5 / hours ") == (5, 3600.0)


@given(st.text())
def test_pieces_join_back_to_the_text(text):
    assert "".join(pieces(text)) == text


def test_pieces_keep_markers_whole():
    parts = pieces("Bộ Tài chính [1] phải hoàn thành [12] trước 31/7/2025.", words=2)
    assert parts == ["Bộ Tài ", "chính [1] ", "phải hoàn ", "thành [12] ", "trước 31/7/2025."]


def test_event_format():
    assert event("delta", {"text": "Bộ"}) == 'event: delta\ndata: {"text": "Bộ"}\n\n'


def test_feedback_store_survives_reopening(tmp_path):
    answer = Answer("q?", "a [1]", (), False, "en", "extractive")
    store = FeedbackStore(tmp_path / "f.sqlite3")
    answer_id = store.record_answer("telegram", answer)
    store.add_feedback(answer_id, "telegram", "up")
    store.close()
    again = FeedbackStore(tmp_path / "f.sqlite3")
    [row] = again.feedback()
    assert (row["answer_id"], row["question"], row["answer"], row["vote"], row["channel"]) == (
        answer_id,
        "q?",
        "a [1]",
        "up",
        "telegram",
    )
    with pytest.raises(UnknownAnswer):
        again.add_feedback("missing", "web", "up")
    with pytest.raises(ValueError, match="did not cite"):
        again.add_feedback(answer_id, "web", None, ["178-KL/TW:1"])
