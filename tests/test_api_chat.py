"""`/api/chat` as the contract fixes it: replies, a trace, and 4xx JSON errors, never a 500."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from core.hotels import load_hotel
from agent.runtime import Runtime
from core.settings import load_settings
from hub.app import create_app

SHARED = Path(__file__).resolve().parents[2] / "shared"
HOTEL = load_hotel(SHARED / "hotels" / "harbor-view")


def make_client(tmp_path, **overrides) -> TestClient:
    settings = load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp_path}/api.db",
                             embedding_cache_dir=Path(".cache/test-embeddings"), **overrides)
    runtime = Runtime(settings, hotels={HOTEL.id: HOTEL})
    runtime.db.migrate()
    return TestClient(create_app(runtime, warm=False))


@pytest.fixture
def client(tmp_path):
    with make_client(tmp_path) as http:
        yield http


def test_a_guest_question_gets_replies_and_a_trace(client):
    response = client.post("/api/chat", json={"hotel": "harbor-view", "session": "s1", "text": "Do you allow dogs?"})
    assert response.status_code == 200
    body = response.json()
    assert "35" in body["replies"][0]["text"]
    assert set(body["replies"][0]) == {"text", "audio_url", "payment_url"}
    trace = body["trace"]
    assert set(trace) == {"language", "brain", "transcript", "skills", "kb", "handoff"}
    assert trace["brain"] == "offline" and trace["language"] == "en" and trace["handoff"] is False
    assert "pet-policy" in trace["kb"]
    assert any(s["name"] == "search_kb" and s["ok"] for s in trace["skills"])


def test_the_hotel_defaults_to_the_only_one(client):
    response = client.post("/api/chat", json={"session": "s2", "text": "wifi password?"})
    assert response.status_code == 200
    assert "tidepool-4821" in response.json()["replies"][0]["text"]


@pytest.mark.parametrize("body, status", [
    ({"session": "s", "hotel": "nowhere-inn", "text": "hi"}, 404),
    ({"session": "s"}, 400),
    ({"text": "no session"}, 400),
    ({"session": "s", "text": "hi", "channel": "carrier-pigeon"}, 400),
    ({"session": "s", "text": "hi", "channel": "telegram"}, 400),
    ({"session": "s", "audio_base64": "%%% not base64 %%%", "mime_type": "audio/ogg"}, 400),
])
def test_bad_requests_get_a_clear_4xx(client, body, status):
    response = client.post("/api/chat", json=body)
    assert response.status_code == status
    assert response.json()["error"]


def test_malformed_json_is_a_400_not_a_500(client):
    response = client.post("/api/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert "error" in response.json()


def test_an_empty_message_gets_a_polite_answer(client):
    response = client.post("/api/chat", json={"session": "s3", "text": "   "})
    assert response.status_code == 200
    assert "help" in response.json()["replies"][0]["text"].lower()


def test_a_very_long_message_gets_a_polite_answer(client):
    response = client.post("/api/chat", json={"session": "s4", "text": "towels " * 1000})
    assert response.status_code == 200
    assert "shorter" in response.json()["replies"][0]["text"]


def test_a_body_over_the_limit_is_refused_with_413(tmp_path):
    with make_client(tmp_path, max_body_bytes=10_000) as http:
        response = http.post("/api/chat", json={"session": "s", "text": "x" * 20_000})
    assert response.status_code == 413
    assert response.json()["error"]


def test_undecodable_audio_is_a_415(client):
    garbage = base64.b64encode(b"this is not audio at all" * 50).decode()
    response = client.post("/api/chat", json={"session": "s5", "audio_base64": garbage, "mime_type": "audio/ogg"})
    assert response.status_code == 415


def test_the_api_key_is_required_when_set(tmp_path):
    with make_client(tmp_path, api_key="s3cret") as http:
        assert http.post("/api/chat", json={"session": "s", "text": "hi"}).status_code == 401
        wrong = http.post("/api/chat", json={"session": "s", "text": "hi"}, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        ok = http.post("/api/chat", json={"session": "s", "text": "hi"}, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200


def test_later_messages_of_a_session_are_listed(client):
    client.post("/api/chat", json={"session": "s6", "text": "What time is check-out?"})
    listed = client.get("/api/chat/s6").json()["messages"]
    assert listed and listed[0]["from"] == "bot" and "11" in listed[0]["text"]
    assert client.get("/api/chat/never-seen").status_code == 404


def test_health_readiness_and_metrics(client):
    assert client.get("/healthz").json()["status"] == "ok"
    assert client.get("/readyz").status_code == 503, "models are loaded in the background; not ready yet"
    client.app.state.runtime.warm()
    assert client.get("/readyz").status_code == 200
    client.post("/api/chat", json={"session": "s7", "text": "hi"})
    assert "concierge_turn_seconds" in client.get("/metrics").text


def test_a_voice_reply_is_served_by_its_signed_link_and_nothing_else(client):
    from core.voice.media import MediaStore

    token = MediaStore.from_settings(client.app.state.runtime.settings).save(b"OggS-fake-voice", "audio/ogg")
    served = client.get(f"/media/{token}")
    assert served.status_code == 200 and served.content == b"OggS-fake-voice"
    assert served.headers["content-type"].startswith("audio/ogg")
    assert client.get(f"/media/{token[:-2]}xx").status_code == 404
