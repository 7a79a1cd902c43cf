"""Console reviews of bot replies and the weekly report page, over HTTP: who may, and what is recorded."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from agent.concierge import Concierge
from core.messages import Channel, InboundMessage
from core.store.models import Message, Review
from tests.fakes.slack import running_hub
from tests.test_console import LISBON, add_staff, csrf, sign_in

MANAGER, DESK = "mia@harbor.example", "ana@harbor.example"


@pytest.fixture
def hub(db, hotel):
    with running_hub(db, hotel, embedded=True) as hub:
        hub.runtime.hotels[LISBON.id] = LISBON
        add_staff(hub, MANAGER, role="manager")
        add_staff(hub, DESK)
        yield hub


def asks(hub, text: str) -> int:
    message = InboundMessage(hotel_id="harbor-view", channel=Channel.API, sender="", provider_id=uuid.uuid4().hex,
                             text=text)
    return Concierge.for_runtime(hub.runtime).handle(message, address=uuid.uuid4().hex).reply_ids[0]


def test_staff_review_a_bot_reply_from_the_conversation(hub):
    reply = asks(hub, "Do you allow dogs?")
    with hub.runtime.db.session() as session:
        conversation_id = session.get(Message, reply).conversation_id
    sign_in(hub.web, DESK)
    page = hub.web.get(f"/console/conversations/{conversation_id}")
    assert f'action="/console/messages/{reply}/review"' in page.text
    token = csrf(hub.web, f"/console/conversations/{conversation_id}")
    form = {"csrf_token": token, "hotel": "harbor-view", "verdict": "bad", "reason": "too long"}
    assert hub.web.post(f"/console/messages/{reply}/review", data={**form, "csrf_token": ""}).status_code == 403
    assert hub.web.post(f"/console/messages/{reply}/review", data=form, follow_redirects=False).status_code == 303
    assert hub.web.post(f"/console/messages/{reply}/review", data={**form, "hotel": "lisbon-garden"}).status_code == 403
    assert hub.web.post(f"/console/messages/{reply}/review", data={**form, "verdict": "meh"}).status_code == 403
    with hub.runtime.db.session() as session:
        [review] = session.scalars(select(Review)).all()
    assert (review.verdict, review.reason, review.author) == ("bad", "too long", DESK)


def test_the_weekly_report_page_is_for_managers(hub):
    asks(hub, "Do you have a helipad?")
    assert hub.web.get("/console/report", follow_redirects=False).status_code == 303   # sign in first
    sign_in(hub.web, DESK)
    assert hub.web.get("/console/report").status_code == 403
    hub.web.post("/console/logout", data={"csrf_token": csrf(hub.web)})
    sign_in(hub.web, MANAGER)
    report = hub.web.get("/console/report?week=2026-W49")
    assert report.status_code == 200 and "Harbor View Inn · week 2026-W49" in report.text
    assert "default-src 'none'" in report.headers["content-security-policy"]
    assert hub.web.get("/console/report?week=49").status_code == 403
    assert hub.web.get("/console/report?hotel=lisbon-garden").status_code == 403
