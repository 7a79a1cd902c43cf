"""What operators rely on: JSON log lines with the turn's context and no guest text, a `/readyz` that asks
the database and Redis (and gives up on a hung one), and HTTP requests counted by route and status."""

from __future__ import annotations

import io
import json
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from agent.runtime import Runtime
from channels import twilio
from core.logs import bind, configure
from core.settings import load_settings
from hub.app import create_app
from tests.channel_kit import RedisServer, embedded_hub, hub_settings, reference_hotel, wait_until
from tests.fakes import twilio as fake_twilio
from tests.fakes.server import serve_in_thread

GUEST = "+14155550123"


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """Every log line of this test, as the `concierge` command writes them (JSON, INFO and up)."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    stream = io.StringIO()
    configure("INFO", "json", stream)
    yield stream
    root.handlers[:] = handlers
    root.setLevel(level)


def records(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_a_log_line_is_json_with_the_context_it_was_logged_in(log_lines):
    log = logging.getLogger("jobs.pipeline")
    with bind(hotel="harbor-view", conversation=7, channel="sms", message_id="SM1"):
        log.info("turn answered", extra={"skill": "search_kb", "latency_ms": 12.5, "outcome": "replied"})
    log.info("outside any turn")
    inside, outside = records(log_lines)
    assert inside | {"timestamp": None} == {
        "message": "turn answered", "level": "info", "logger": "jobs.pipeline", "timestamp": None,
        "hotel": "harbor-view", "conversation": 7, "channel": "sms", "message_id": "SM1",
        "skill": "search_kb", "latency_ms": 12.5, "outcome": "replied"}
    assert "hotel" not in outside and outside["message"] == "outside any turn"


def test_a_failure_is_one_json_line_with_its_traceback(log_lines):
    try:
        raise ValueError("the store said no")
    except ValueError:
        logging.getLogger("jobs.outbound").exception("delivery failed")
    (line,) = records(log_lines)
    assert line["level"] == "error" and "ValueError: the store said no" in line["exception"]


def test_a_guest_turn_is_logged_with_its_context_and_counted_but_its_words_are_not_logged(tmp_path: Path,
                                                                                            log_lines):
    secret = "my room 1207 and my wife Rosalind: what's the wifi password?"
    received, sent = sample("concierge_messages_in_total", channel="sms"), \
        sample("concierge_replies_out_total", channel="sms", status="sent")
    with fake_twilio.running_fake() as tw:
        settings = hub_settings(tmp_path, twilio_api_base=tw.base)
        with embedded_hub(settings, brain=False) as (rt, _runner), \
                serve_in_thread(create_app(rt, warm=False)) as base:
            params = fake_twilio.inbound_params(GUEST, fake_twilio.SMS_NUMBER, secret)
            url = settings.public_base_url + twilio.PATH
            answer = httpx.post(base + twilio.PATH, data=params,
                                headers={"X-Twilio-Signature": fake_twilio.signature(url, params)})
            assert answer.status_code == 200
            wait_until(lambda: tw.sent, timeout=120, what="the concierge's answer")
            wait_until(lambda: sample("concierge_replies_out_total", channel="sms", status="sent") > sent,
                       what="the delivery recorded")
    written = log_lines.getvalue()
    lines = records(log_lines)   # every line is JSON
    (turn,) = [line for line in lines if line["message"] == "turn answered"]
    assert turn["hotel"] == "harbor-view" and turn["channel"] == "sms" and turn["message_id"] == params["MessageSid"]
    assert turn["skill"] == "wifi_info" and turn["outcome"] == "replied" and turn["latency_ms"] > 0
    (delivery,) = [line for line in lines if line["message"] == "reply sent"]
    assert delivery["conversation"] == turn["conversation"] and delivery["outcome"] == "sent"
    for words in ("Rosalind", "1207", tw.sent[0]["Body"][:40]):
        assert words not in written
    assert sample("concierge_messages_in_total", channel="sms") == received + 1


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def embedded_client(tmp_path: Path, **overrides) -> TestClient:
    settings = load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp_path}/ops.db",
                             **overrides)
    hotel = reference_hotel()
    runtime = Runtime(settings, hotels={hotel.id: hotel})
    runtime.db.migrate()
    return TestClient(create_app(runtime, warm=False))


def test_ready_when_the_database_answers_and_the_models_are_in(tmp_path: Path):
    with embedded_client(tmp_path) as client:
        waiting = client.get("/readyz")
        assert waiting.status_code == 503 and waiting.json()["checks"] == {"database": "ok"}
        client.app.state.runtime.warm()
        ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "checks": {"database": "ok"},
                            "models": {"language": "loaded", "kb": "loaded"}}


def test_not_ready_when_the_database_is_unreachable(tmp_path: Path):
    with embedded_client(tmp_path) as client:
        client.app.state.runtime.db.engine.dispose()
        (tmp_path / "ops.db").unlink()
        (tmp_path / "ops.db").mkdir()   # a directory where the file was: SQLite cannot open it
        answer = client.get("/readyz")
    assert answer.status_code == 503
    assert answer.json()["checks"]["database"].startswith("OperationalError")


@pytest.fixture
def hung_server() -> Iterator[int]:
    """A port that accepts connections and never answers (a Redis stuck behind a dead network)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    yield server.getsockname()[1]
    server.close()


def test_a_web_process_on_a_hung_redis_is_not_ready_and_the_probe_still_answers(tmp_path: Path, hung_server):
    settings = load_settings(_env_file=None, redis_url=f"redis://127.0.0.1:{hung_server}/0",
                             database_url=f"sqlite:///{tmp_path}/ops.db", readiness_timeout_seconds=0.5)
    hotel = reference_hotel()
    runtime = Runtime(settings, hotels={hotel.id: hotel})
    runtime.db.migrate()
    with TestClient(create_app(runtime)) as client:
        started = time.monotonic()
        answer = client.get("/readyz")
        took = time.monotonic() - started
    assert answer.status_code == 503 and took < 2
    assert answer.json()["checks"] == {"database": "ok", "redis": "no answer within 0.5 s"}
    assert answer.json()["models"] == {"language": "not loaded", "kb": "not loaded"}, \
        "a web process on Redis loads no model to acknowledge webhooks"


def test_a_web_process_on_redis_is_ready_without_loading_a_model(tmp_path: Path):
    redis_server = RedisServer(tmp_path).start()
    try:
        settings = load_settings(_env_file=None, redis_url=redis_server.url,
                                 database_url=f"sqlite:///{tmp_path}/ops.db")
        hotel = reference_hotel()
        runtime = Runtime(settings, hotels={hotel.id: hotel})
        runtime.db.migrate()
        with TestClient(create_app(runtime)) as client:
            answer = client.get("/readyz")
    finally:
        redis_server.kill()
    assert answer.status_code == 200
    assert answer.json()["checks"] == {"database": "ok", "redis": "ok"}


def test_requests_are_counted_by_route_template_and_status(tmp_path: Path):
    def count(method: str, route: str, status: str) -> float:
        labels = {"method": method, "route": route, "status": status}
        return REGISTRY.get_sample_value("concierge_http_requests_total", labels) or 0.0

    asked = [("GET", "/api/chat/{session}", "404"), ("POST", "/webhooks/twilio", "403"), ("GET", "unmatched", "404")]
    before = [count(*labels) for labels in asked]
    with embedded_client(tmp_path) as client:
        client.get("/api/chat/some-session-id")
        client.post("/webhooks/twilio", data={"Body": "hi"})
        client.get("/no/such/page")
        metrics = client.get("/metrics").text
    assert [count(*labels) - b for labels, b in zip(asked, before, strict=True)] == [1, 1, 1]
    assert 'concierge_http_request_seconds_bucket{le="0.005",method="GET",route="/api/chat/{session}"}' in metrics
    assert "some-session-id" not in metrics
