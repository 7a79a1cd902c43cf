"""A handoff that cannot strand a guest: none without a desk to take it, and none that outlives staff's silence.

Attack from issue 10: with Slack not configured, "I want a person" silenced the
bot for good; nobody was told and nothing released it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, select

from core.i18n import say
from core.messages import utcnow
from core.store.models import Conversation, Message, ServiceTicket, StaffAccount
from jobs import context
from jobs.staff import return_idle_handoff
from tests.test_payments import jobs
from tests.test_payments_chat import app_client

__all__ = ["jobs"]   # the inline job runner fixture: keeps scheduled jobs for the test to run

PERSON = "I want to speak to a person please"
PHONE = "+1 415 555 0142"   # harbor-view's front desk (hotel.yaml contact)
KEY = {"Authorization": "Bearer hotel-backend"}


@pytest.fixture
def no_desk(hotel, tmp_path, jobs) -> Iterator[TestClient]:
    """A hub with neither Slack nor the hotel's server (no API_KEY): nobody can take a conversation."""
    with app_client(hotel, tmp_path, api_key=None) as client:
        yield client
    context.set_runtime(None)


@pytest.fixture
def server_desk(hotel, tmp_path, jobs) -> Iterator[TestClient]:
    """The hotel's server holds API_KEY: it takes handoffs of its sessions and releases them through the API."""
    with app_client(hotel, tmp_path, handoff_idle_minutes=30) as client:
        yield client
    context.set_runtime(None)


def conversation(client: TestClient, session: str) -> Conversation:
    with client.app.state.runtime.db.session() as s:
        return s.scalar(select(Conversation).where(Conversation.key == f"api:{session}"))


def test_without_a_desk_asking_for_a_person_tells_the_guest_whom_to_call_and_the_bot_keeps_answering(no_desk):
    asked = no_desk.post("/api/chat", json={"session": "g", "text": PERSON}).json()
    assert asked["trace"]["handoff"] is False and PHONE in asked["replies"][0]["text"]
    assert not conversation(no_desk, "g").handoff_active

    later = no_desk.post("/api/chat", json={"session": "g", "text": "what's the wifi password?"}).json()
    assert "tidepool-4821" in later["replies"][0]["text"], "the guest is not talking to a bot that went quiet"


def test_without_a_desk_a_serious_complaint_is_logged_and_the_guest_told_whom_to_call(no_desk):
    answer = no_desk.post("/api/chat", json={"session": "c", "text": "This is unacceptable, the ceiling is "
                                             "leaking onto my bed and nobody came! I want a manager NOW"}).json()
    assert answer["trace"]["handoff"] is False and PHONE in answer["replies"][0]["text"]
    with no_desk.app.state.runtime.db.session() as s:
        assert s.scalar(select(ServiceTicket.id)) is not None, "the complaint itself still reaches the team"


def test_the_hotels_server_is_a_desk_for_its_own_sessions(server_desk, jobs):
    asked = server_desk.post("/api/chat", json={"session": "s", "text": PERSON}, headers=KEY).json()
    assert asked["trace"]["handoff"] is True and PHONE not in asked["replies"][0]["text"]
    [(when, job, args)] = [s for s in jobs.scheduled if s[1].__name__ == "return_idle_handoff"]
    assert when == conversation(server_desk, "s").handoff_started_at + dt.timedelta(minutes=30)


def _age(client: TestClient, session: str, minutes: float, staff_replied_minutes_ago: float | None = None) -> str:
    with client.app.state.runtime.db.session() as s:
        row = s.scalar(select(Conversation).where(Conversation.key == f"api:{session}"))
        row.handoff_started_at = utcnow() - dt.timedelta(minutes=minutes)
        if staff_replied_minutes_ago is not None:
            row.last_staff_reply_at = utcnow() - dt.timedelta(minutes=staff_replied_minutes_ago)
        return row.handoff_started_at.isoformat()


def test_an_idle_handoff_returns_to_the_bot_with_a_note_for_staff(server_desk):
    server_desk.post("/api/chat", json={"session": "idle", "text": PERSON}, headers=KEY)
    started = _age(server_desk, "idle", minutes=31)
    row = conversation(server_desk, "idle")

    return_idle_handoff(row.id, started)

    assert not conversation(server_desk, "idle").handoff_active
    with server_desk.app.state.runtime.db.session() as s:
        lines = s.scalars(select(Message).where(Message.conversation_id == row.id).order_by(Message.id)).all()
    assert lines[-1].text == say("handoff_released", "en") and not lines[-1].internal
    assert any(m.internal and "No staff reply for 30 minutes" in m.text for m in lines)
    back = server_desk.post("/api/chat", json={"session": "idle", "text": "wifi password?"}, headers=KEY).json()
    assert "tidepool-4821" in back["replies"][0]["text"]


def test_a_staff_reply_keeps_the_handoff_and_moves_the_check(server_desk, jobs):
    server_desk.post("/api/chat", json={"session": "busy", "text": PERSON}, headers=KEY)
    started = _age(server_desk, "busy", minutes=31, staff_replied_minutes_ago=5)
    row = conversation(server_desk, "busy")
    before = len(jobs.scheduled)

    return_idle_handoff(row.id, started)

    assert conversation(server_desk, "busy").handoff_active
    (when, job, _args), = jobs.scheduled[before:]
    assert job.__name__ == "return_idle_handoff"
    assert when == conversation(server_desk, "busy").last_staff_reply_at + dt.timedelta(minutes=30)


def test_a_check_left_from_an_earlier_handoff_does_nothing(server_desk):
    server_desk.post("/api/chat", json={"session": "again", "text": PERSON}, headers=KEY)
    _age(server_desk, "again", minutes=31)
    row = conversation(server_desk, "again")
    return_idle_handoff(row.id, (row.handoff_started_at - dt.timedelta(hours=5)).isoformat())
    assert conversation(server_desk, "again").handoff_active


def test_staff_with_a_console_account_are_a_desk(no_desk, hotel):
    """A hotel without Slack whose front desk works in the console: the guest asking for a person gets one."""
    with no_desk.app.state.runtime.db.session() as s:
        s.add(StaffAccount(email="desk@example.com", role="front_desk", hotels=[hotel.id], password_hash="x"))
        s.commit()

    asked = no_desk.post("/api/chat", json={"session": "p", "text": PERSON}).json()
    assert asked["trace"]["handoff"] is True and PHONE not in asked["replies"][0]["text"]
    assert conversation(no_desk, "p").handoff_active


def test_only_a_turn_that_hands_over_looks_for_staff_accounts(no_desk):
    """Whether a desk exists is a query: asked when the guest wants a person, not on every FAQ turn."""
    statements: list[str] = []
    engine = no_desk.app.state.runtime.db.engine

    def listen(_connection, _cursor, statement, *_rest) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", listen)
    try:
        no_desk.post("/api/chat", json={"session": "q", "text": "what's the wifi password?"})
        faq = [s for s in statements if "staff_accounts" in s]
        no_desk.post("/api/chat", json={"session": "q", "text": PERSON})
        person = [s for s in statements if "staff_accounts" in s]
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert faq == []
    assert len(person) == 1
