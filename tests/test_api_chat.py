"""`/api/chat` as the contract fixes it: replies, a trace, and 4xx JSON errors, never a 500."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from agent.runtime import Runtime
from core.hotels import load_hotel
from core.i18n import say
from core.settings import load_settings
from hub.app import create_app
from tests.conftest import SHARED

HOTEL = load_hotel(SHARED / "hotels" / "harbor-view")


def make_client(tmp_path, hotels=(HOTEL,), **overrides) -> TestClient:
    settings = load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp_path}/api.db",
                             embedding_cache_dir=Path(".cache/test-embeddings"), **overrides)
    runtime = Runtime(settings, hotels={hotel.id: hotel for hotel in hotels})
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


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_an_empty_or_blank_message_is_a_400(client, text):
    response = client.post("/api/chat", json={"session": "s3", "text": text})
    assert response.status_code == 400 and "text" in response.json()["error"]
    assert _rows(client) == {"Conversation": 0, "Guest": 0, "Message": 0}


@pytest.mark.parametrize("body", [{"session": "s", "text": "hi \ud800 there"}, {"session": "s\udfff", "text": "hi"},
                                  {"session": "s", "text": "nul\u0000byte"}, {"session": "s", "text": "hi",
                                                                             "hotel": "\ud83d"}])
def test_lone_surrogates_and_nul_are_a_400_not_a_500(client, body):
    import json

    raw = json.dumps(body)   # escapes as \ud800, exactly as an attacker's JSON would carry it
    response = client.post("/api/chat", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 400 and response.json()["error"]
    assert _rows(client) == {"Conversation": 0, "Guest": 0, "Message": 0}


def test_a_very_long_message_gets_a_polite_answer(client):
    response = client.post("/api/chat", json={"session": "s4", "text": "towels " * 1000})
    assert response.status_code == 200
    assert "shorter" in response.json()["replies"][0]["text"]


def test_a_900_kb_message_is_refused_before_any_work_and_stored_bounded(client, monkeypatch):
    from sqlalchemy import select

    from core.store.models import Message

    detector = client.app.state.runtime.languages
    monkeypatch.setattr(detector, "detect", lambda *a, **k: pytest.fail("language detection ran over it"))
    response = client.post("/api/chat", json={"session": "big", "text": "x" * 900_000})
    assert response.status_code == 200 and "shorter" in response.json()["replies"][0]["text"]
    with client.app.state.runtime.db.session() as s:
        stored = s.scalar(select(Message.text).where(Message.direction == "in"))
    assert 0 < len(stored) <= 8010


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


KEY = {"Authorization": "Bearer s3cret"}
BILL = "Can you list the charges on my bill?"
MARIA = "+14155550123"


def _rows(client) -> dict[str, int]:
    from sqlalchemy import func, select

    from core.store.models import Conversation, Guest, Message

    with client.app.state.runtime.db.session() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in (Conversation, Guest, Message)}


@pytest.mark.parametrize("claim", [{"sender": MARIA}, {"sender": MARIA, "channel": "sms"}, {"channel": "telegram"}])
def test_a_stranger_without_a_key_cannot_claim_a_guests_identity(client, claim):
    response = client.post("/api/chat", json={"session": "x", "text": BILL, **claim})
    assert response.status_code == 403
    assert "API_KEY" in response.json()["error"]
    assert _rows(client) == {"Conversation": 0, "Guest": 0, "Message": 0}, "a refused claim records nothing"


def test_an_anonymous_caller_asking_for_a_bill_learns_nothing_about_any_guest(client):
    reply = client.post("/api/chat", json={"session": "x", "text": BILL}).json()["replies"][0]["text"]
    assert "335.12" not in reply and "Valet" not in reply and "HV-1042" not in reply
    assert "+1 415 555 0142" in reply, "the guest is told to call the front desk instead"


def test_the_hotels_server_with_the_key_vouches_for_the_guest(tmp_path):
    with make_client(tmp_path, api_key="s3cret") as http:
        body = {"session": "m", "text": BILL, "sender": MARIA}
        assert http.post("/api/chat", json=body).status_code == 401
        reply = http.post("/api/chat", json=body, headers=KEY).json()["replies"][0]["text"]
        assert "335.12" in reply and "Valet parking" in reply
        missing = http.post("/api/chat", json={"session": "m", "text": "hi", "channel": "telegram"}, headers=KEY)
        assert missing.status_code == 400, "a guest channel still needs the guest's sender on it"


def test_a_session_is_listed_only_with_the_key_when_one_is_set(tmp_path):
    with make_client(tmp_path, api_key="s3cret") as http:
        http.post("/api/chat", json={"session": "s", "text": "What time is check-out?"}, headers=KEY)
        assert http.get("/api/chat/s").status_code == 401
        assert http.get("/api/chat/s", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert http.get("/api/chat/s", headers=KEY).json()["messages"]


def _hand_off(http, session: str, headers=None) -> None:
    trace = http.post("/api/chat", json={"session": session, "text": "I want to speak to a person please"},
                      headers=headers).json()["trace"]
    assert trace["handoff"] is True


def test_release_gives_a_handed_off_session_back_to_the_bot_once(tmp_path):
    with make_client(tmp_path, api_key="s3cret") as http:
        _hand_off(http, "h", KEY)
        quiet = http.post("/api/chat", json={"session": "h", "text": "Hello?? Anyone?"}, headers=KEY).json()
        assert quiet["replies"] == [] and quiet["trace"]["handoff"] is True
        assert http.post("/api/chat/h/release", json={}).status_code == 401
        released = http.post("/api/chat/h/release", json={"note": "Food delivered, dessert comped."}, headers=KEY)
        assert released.status_code == 200 and released.json() == {"released": True}
        assert http.post("/api/chat/h/release", headers=KEY).json() == {"released": False}
        listed = [m["text"] for m in http.get("/api/chat/h", headers=KEY).json()["messages"]]
        assert listed[-1] == say("handoff_released", "en") and listed.count(listed[-1]) == 1
        assert "dessert" not in " ".join(listed), "the staff note stays internal"
        back = http.post("/api/chat", json={"session": "h", "text": "what's the wifi password?"}, headers=KEY).json()
        assert back["trace"]["handoff"] is False and "tidepool-4821" in back["replies"][0]["text"]
        assert http.post("/api/chat/never-seen/release", headers=KEY).status_code == 404
        assert http.post("/api/chat/h/release?hotel=nowhere-inn", headers=KEY).status_code == 404


def test_release_finds_the_session_on_a_hub_serving_several_hotels(tmp_path):
    from core.settings import SAMPLE_HOTELS_DIR

    lisbon = load_hotel(SAMPLE_HOTELS_DIR / "lisbon-garden")
    with make_client(tmp_path, hotels=(HOTEL, lisbon), api_key="s3cret") as http:
        trace = http.post("/api/chat", json={"hotel": "harbor-view", "session": "h", "text": "I want to speak to a "
                                             "person please"}, headers=KEY).json()["trace"]
        assert trace["handoff"] is True
        assert http.post("/api/chat/h/release", json={}, headers=KEY).json() == {"released": True}
        assert http.get("/api/chat/h", headers=KEY).json()["messages"]
        assert http.post("/api/chat/h/release?hotel=lisbon-garden", headers=KEY).status_code == 404
        http.post("/api/chat", json={"hotel": "lisbon-garden", "session": "h", "text": "hi"}, headers=KEY)
        assert http.get("/api/chat/h", headers=KEY).status_code == 400, "ambiguous: the caller must name the hotel"
        assert http.get("/api/chat/h?hotel=lisbon-garden", headers=KEY).status_code == 200


def test_release_is_a_staff_action_that_needs_the_key_configured(client):
    assert client.post("/api/chat", json={"session": "h", "text": "hi"}).status_code == 200
    response = client.post("/api/chat/h/release")
    assert response.status_code == 403 and "API_KEY" in response.json()["error"]


@pytest.mark.parametrize("host, loud", [("0.0.0.0", True), ("192.168.1.5", True), ("::", True),
                                        ("127.0.0.1", False), ("localhost", False), ("::1", False)])
def test_serve_warns_loudly_when_it_listens_beyond_loopback_without_a_key(host, loud):
    from hub.cli import _loopback

    assert _loopback(host) is not loud


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


def _fresh_window() -> None:
    """Start a counting test early in a rate window, so no window boundary falls inside it."""
    import time

    if time.time() % 60 > 45:
        time.sleep(60.5 - time.time() % 60)


def _refused_with_retry_after(response) -> None:
    assert response.status_code == 429 and response.json()["error"]
    assert 1 <= int(response.headers["Retry-After"]) <= 60


def test_an_anonymous_client_over_its_rate_gets_429_with_retry_after_and_nothing_recorded(tmp_path):
    with make_client(tmp_path, api_rate_limit_per_client=3) as http:
        http.app.state.runtime.warm()
        _fresh_window()
        for i in range(3):
            assert http.post("/api/chat", json={"session": f"c{i}", "text": "wifi?"}).status_code == 200
        before = _rows(http)
        _refused_with_retry_after(http.post("/api/chat", json={"session": "c9", "text": "wifi?"}))
        _refused_with_retry_after(http.get("/api/chat/c0"))
        assert _rows(http) == before


def test_one_session_over_its_rate_gets_429_while_other_sessions_go_on(tmp_path):
    with make_client(tmp_path, api_rate_limit_per_session=2) as http:
        http.app.state.runtime.warm()
        _fresh_window()
        for _ in range(2):
            assert http.post("/api/chat", json={"session": "chatty", "text": "wifi?"}).status_code == 200
        _refused_with_retry_after(http.post("/api/chat", json={"session": "chatty", "text": "wifi?"}))
        assert http.post("/api/chat", json={"session": "calm", "text": "wifi?"}).status_code == 200


def test_the_hotels_server_is_limited_by_its_key_and_key_guessing_by_address(tmp_path):
    with make_client(tmp_path, api_key="s3cret", api_rate_limit_per_key=3, api_rate_limit_per_client=2) as http:
        _fresh_window()
        for _ in range(3):   # the server's requests do not count against its address
            assert http.get("/api/chat/nobody", headers=KEY).status_code == 404
        _refused_with_retry_after(http.get("/api/chat/nobody", headers=KEY))
        guesses = [http.get("/api/chat/nobody", headers={"Authorization": f"Bearer guess{i}"}).status_code
                   for i in range(3)]
        assert guesses == [401, 401, 429]


def test_with_redis_every_web_process_shares_one_count(tmp_path):
    import uuid

    from redis import Redis

    from core.state import RedisState

    state = RedisState(Redis.from_url("redis://127.0.0.1:6379/15"), prefix=f"test-{uuid.uuid4().hex}:")
    settings = load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp_path}/api.db",
                             api_rate_limit_per_client=3)
    runtimes = [Runtime(settings, hotels={HOTEL.id: HOTEL}, state=state) for _ in range(2)]
    runtimes[0].db.migrate()
    web1, web2 = (TestClient(create_app(rt, warm=False)) for rt in runtimes)
    _fresh_window()
    codes = [web.get("/api/chat/nobody").status_code for web in (web1, web2, web1, web2)]
    assert codes == [404, 404, 404, 429]
