"""Prometheus metrics of one web app (its own registry, so several apps in a process never clash)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics, generate_latest

LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5, 10, 30)


class Metrics:
    """Requests, latency, answers (abstained or not) and feedback."""

    def __init__(self):
        disable_created_metrics()  # the *_created series only add noise to scrapes
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "assistant_http_requests", "HTTP requests by route and status", ("method", "route", "status"), registry=self.registry
        )
        self.latency = Histogram(
            "assistant_http_request_seconds", "HTTP request latency", ("route",), buckets=LATENCY_BUCKETS, registry=self.registry
        )
        self.answers = Counter("assistant_answers", "Answers given", ("channel", "abstained", "mode"), registry=self.registry)
        self.feedback = Counter("assistant_feedback", "Feedback received", ("channel", "kind"), registry=self.registry)
        self.rate_limited = Counter("assistant_rate_limited", "Requests refused with 429", ("scope",), registry=self.registry)

    def answered(self, channel: str, answer) -> None:
        """Count one answer."""
        self.answers.labels(channel, str(answer.abstained).lower(), answer.mode).inc()

    def exposition(self) -> bytes:
        """The text format Prometheus scrapes."""
        return generate_latest(self.registry)
