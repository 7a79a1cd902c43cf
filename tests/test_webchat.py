"""The website chat widget's endpoints: allowed origins only, anonymous server-issued sessions, rate limits,
and a visitor's conversation answered by the pipeline and shown to staff like any other (channel "web")."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from core.hotels import WebChat
from core.store.models import Conversation
from hub.webchat import SESSIONS_PER_ADDRESS, WIDGET
from tests.fakes.slack import running_hub
from tests.test_console import add_staff, csrf, sign_in

SITE = "https://www.harborview.example"


@pytest.fixture
def hub(db, hotel):
    with running_hub(db, hotel.model_copy(update={"web": WebChat(allowed_origins=[SITE])})) as hub:
        yield hub


def start(hub, origin: str = SITE) -> str:
    response = hub.web.post("/webchat/harbor-view/session", headers={"origin": origin})
    assert response.status_code == 201, response.text
    assert response.headers["access-control-allow-origin"] == origin
    return response.json()["token"]


def say(hub, token: str, text: str, origin: str = SITE, **extra):
    return hub.web.post("/webchat/harbor-view/messages", json={"text": text, **extra},
                        headers={"origin": origin, "authorization": f"Bearer {token}"})


def read(hub, token: str, after: int = 0, origin: str = SITE) -> list[dict]:
    response = hub.web.get(f"/webchat/harbor-view/messages?after={after}",
                           headers={"origin": origin, "authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    return response.json()["messages"]


def test_the_widget_script_is_one_small_file_any_page_can_load(hub):
    response = hub.web.get("/widget.js")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/javascript")
    assert response.content == WIDGET.read_bytes() and len(response.content) < 12_000


def test_a_visitor_asks_and_the_concierge_answers_through_the_pipeline(hub):
    token = start(hub)
    assert say(hub, token, "Do you allow dogs?").status_code == 202
    hub.jobs.work()
    lines = read(hub, token)
    assert [m["from"] for m in lines] == ["guest", "bot"]
    assert lines[0]["text"] == "Do you allow dogs?" and "35" in lines[1]["text"]
    assert read(hub, token, after=lines[-1]["id"]) == []
    with hub.runtime.db.session() as session:
        conversation = session.scalar(select(Conversation))
        assert conversation.channel == "web"
        assert (conversation.guest.identity, conversation.guest.phone) == (f"web:{conversation.address}", None)
    add_staff(hub)
    sign_in(hub.web)
    page = hub.web.get(f"/console/conversations/{conversation.id}").text
    assert "How the concierge handled it" in page and "pet-policy" in page   # the turn's record, for staff


def test_a_browser_cannot_claim_an_identity(hub):
    token = start(hub)
    say(hub, token, "What is my bill?", sender="+14155550123", channel="whatsapp")
    hub.jobs.work()
    with hub.runtime.db.session() as session:
        conversation = session.scalar(select(Conversation))
        assert conversation.channel == "web" and conversation.address != "+14155550123"
        assert conversation.guest.phone is None and conversation.guest.name is None


def test_another_site_or_no_site_is_refused(hub):
    for headers in ({"origin": "https://evil.example"}, {}):
        response = hub.web.post("/webchat/harbor-view/session", headers=headers)
        assert response.status_code == 403 and "access-control-allow-origin" not in response.headers
    token = start(hub)
    assert say(hub, token, "hi", origin="https://evil.example").status_code == 403
    preflight = hub.web.options("/webchat/harbor-view/messages",
                                headers={"origin": "https://evil.example", "access-control-request-method": "POST"})
    assert preflight.status_code == 403
    allowed = hub.web.options("/webchat/harbor-view/messages",
                              headers={"origin": SITE, "access-control-request-method": "POST"})
    assert allowed.status_code == 204 and allowed.headers["access-control-allow-origin"] == SITE
    hub.jobs.work()
    with hub.runtime.db.session() as session:
        assert session.scalar(select(Conversation)) is None


def test_a_token_is_good_only_for_the_hotel_and_signature_it_was_issued_with(hub):
    token = start(hub)
    assert say(hub, token + "x", "hi").status_code == 401
    assert say(hub, "", "hi").status_code == 401
    other = hub.web.post("/webchat/lisbon-garden/session", headers={"origin": SITE})
    assert other.status_code == 404   # not a hotel of this hub


def test_bad_messages_get_a_clear_4xx(hub):
    token = start(hub)
    assert say(hub, token, "   ").status_code == 400
    assert say(hub, token, "x" * 5000).status_code == 413
    assert hub.web.post("/webchat/harbor-view/messages", content="not json",
                        headers={"origin": SITE, "authorization": f"Bearer {token}",
                                 "content-type": "application/json"}).status_code == 400


def test_each_address_is_rate_limited(hub):
    for _ in range(SESSIONS_PER_ADDRESS):
        start(hub)
    refused = hub.web.post("/webchat/harbor-view/session", headers={"origin": SITE})
    # the widget can read why (CORS on the error too)
    assert refused.status_code == 429 and refused.headers["access-control-allow-origin"] == SITE


def test_messages_over_the_limit_are_refused_with_429(hub, monkeypatch):
    monkeypatch.setattr("hub.webchat.MESSAGES_PER_ADDRESS", 3)
    token = start(hub)
    assert [say(hub, token, f"hello {i}").status_code for i in range(4)] == [202, 202, 202, 429]


def test_staff_see_the_visitor_in_the_console_and_their_reply_reaches_the_widget(hub):
    token = start(hub)
    say(hub, token, "Can someone help me with a group booking?")
    hub.jobs.work()
    add_staff(hub)
    sign_in(hub.web)
    inbox = hub.web.get("/console/inbox?channel=web").text
    conversation_id = int(re.search(r"/console/conversations/(\d+)", inbox).group(1))
    hub.web.post(f"/console/conversations/{conversation_id}/reply",
                 data={"csrf_token": csrf(hub.web), "text": "Hello, this is Ana at the front desk."})
    hub.jobs.work()
    last = read(hub, token)[-1]
    assert last == {**last, "from": "staff", "text": "Hello, this is Ana at the front desk."}
