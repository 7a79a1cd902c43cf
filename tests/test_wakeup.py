"""Wake-up calls: booked by the skill's effect, rung at their time on the guest's channel, else a front-desk ticket."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from agent.runtime import Runtime
from core.effects import WakeUpScheduled
from core.messages import utcnow
from core.store.models import Conversation, Message, ServiceTicket, WakeUpCall
from jobs import context, queue
from jobs.effects import dispatch
from jobs.queue import RQRunner
from jobs.wakeup import reschedule_pending
from tests.channel_kit import (
    RedisServer,
    embedded_hub,
    hub_settings,
    reference_hotel,
    start_worker,
    stop_worker,
    wait_until,
)
from tests.fakes import meta

GUEST = "+16505551234"


@pytest.fixture
def provider() -> Iterator[meta.FakeMeta]:
    with meta.running_fake() as running:
        yield running


@pytest.fixture
def hub(tmp_path: Path, provider: meta.FakeMeta):
    with embedded_hub(hub_settings(tmp_path, whatsapp_api_base=provider.api_base)) as (rt, runner):
        yield rt, runner


def book(rt: Runtime, at: dt.datetime, room: str = "412") -> int:
    """A guest on WhatsApp who asked for a call (what the `wake_up_call` skill records)."""
    with rt.db.session() as session:
        conversation = Conversation(hotel_id="harbor-view", key=f"whatsapp:{GUEST}", channel="whatsapp",
                                    address=GUEST, state={}, last_inbound_at=utcnow(), language="en")
        session.add(conversation)
        session.flush()
        call = WakeUpCall(hotel_id="harbor-view", conversation_id=conversation.id, room=room, at=at,
                          local_time="2026-11-23 06:45")
        session.add(call)
        session.flush()
        return call.id


def call_status(rt: Runtime, call_id: int) -> str:
    with rt.db.session() as session:
        return session.get(WakeUpCall, call_id).status


def tickets(rt: Runtime) -> list[ServiceTicket]:
    with rt.db.session() as session:
        return list(session.scalars(select(ServiceTicket)))


def test_a_wake_up_call_rings_the_guest_at_its_time(hub, provider):
    rt, runner = hub
    at = utcnow() + dt.timedelta(seconds=2)
    call_id = book(rt, at)

    dispatch([WakeUpScheduled(call_id=call_id)])

    sent = wait_until(lambda: provider.sent, what="the wake-up message")
    assert sent[0]["to"] == GUEST.removeprefix("+")
    assert sent[0]["text"]["body"].startswith("Good morning! This is your 06:45 wake-up call from Harbor View")
    booked = [e for e in runner.enqueued if e.func == "ring"]
    assert booked[0].at == at   # booked for the call's instant, not rung on the spot
    wait_until(lambda: call_status(rt, call_id) == "done", what="the call to be done")
    assert tickets(rt) == []


def test_a_wake_up_call_that_cannot_be_delivered_becomes_a_front_desk_ticket(hub, provider):
    rt, runner = hub
    provider.fail(times=1, status=500)
    call_id = book(rt, utcnow() + dt.timedelta(seconds=1))

    dispatch([WakeUpScheduled(call_id=call_id)])

    wait_until(lambda: call_status(rt, call_id) == "failed", what="the call to fail")
    ticket = wait_until(lambda: tickets(rt), what="the ticket")[0]
    assert (ticket.kind, ticket.department, ticket.room) == ("wake_up", "front_desk", "412")
    assert "call the room" in ticket.summary
    assert wait_until(lambda: runner.effects("ticket_created"), what="the ticket effect")[0]["ticket_id"] == ticket.id
    assert runner.effects("staff_notice") == []   # the ticket is how staff hear of it
    with rt.db.session() as session:
        assert session.scalar(select(Message.status).where(Message.direction == "out")) == "failed"


def test_a_call_the_hub_missed_by_hours_goes_to_the_front_desk_not_the_guest(hub, provider):
    rt, runner = hub
    call_id = book(rt, utcnow() - dt.timedelta(hours=2))

    assert reschedule_pending() == 1

    wait_until(lambda: call_status(rt, call_id) == "failed", what="the missed call")
    assert tickets(rt)[0].details["message_status"] == "too late"
    assert provider.sent == []


@pytest.mark.redis
def test_a_wake_up_call_booked_in_redis_is_rung_by_the_workers_scheduler(tmp_path, provider):
    server = RedisServer(tmp_path).start()
    settings = hub_settings(tmp_path, whatsapp_api_base=provider.api_base, redis_url=server.url)
    hotel = reference_hotel()
    rt = Runtime(settings, hotels={hotel.id: hotel})
    rt.db.migrate()
    context.set_runtime(rt)
    queue.set_runner(RQRunner(server.client()))
    worker = start_worker(tmp_path, "worker", redis_url=server.url, whatsapp_api_base=provider.api_base)
    try:
        call_id = book(rt, utcnow() + dt.timedelta(seconds=3))
        dispatch([WakeUpScheduled(call_id=call_id)])
        reschedule_pending()   # booking twice is harmless: the job has the call's id

        wait_until(lambda: provider.sent, timeout=120, what="the wake-up message")
        wait_until(lambda: call_status(rt, call_id) == "done", what="the call to be done")
        assert len(provider.sent) == 1
    finally:
        stop_worker(worker)
        queue.set_runner(None)
        context.set_runtime(None)
        server.kill()
