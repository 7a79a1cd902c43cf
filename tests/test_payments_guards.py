"""No free rooms and no sell-out by script: the demo checkout only where asked for, and holds that cost a stranger.

Attacks from issue 10: a production hub (Redis, no Stripe key) confirmed
bookings through the demo page; eight anonymous requests held every
Pet-Friendly Queen for an hour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

import hub.pay
from agent.runtime import Runtime
from core.conversations import open_conversation
from core.store.models import Payment, Reservation
from jobs import context
from skills.inventory import rooms_free
from tests.test_payments import PUBLIC, STAY, ask_for_link, jobs, make_runtime, reservation_and_payment
from tests.test_payments_chat import app_client

__all__ = ["jobs"]   # the inline job runner fixture

PRODUCTION = {"redis_url": "redis://127.0.0.1:6379/15"}   # not embedded: a real deployment
PET_NIGHT = {"check_in": "2027-03-10", "check_out": "2027-03-11", "room_code": "PF", "guests": 1}


@pytest.fixture
def demo_rt(hotel, db, jobs) -> Iterator[Runtime]:
    yield make_runtime(hotel, db)
    context.set_runtime(None)


def pay_page(rt: Runtime) -> TestClient:
    app = FastAPI()
    app.state.runtime = rt
    app.include_router(hub.pay.router)
    return TestClient(app)


def count(rt: Runtime, model) -> int:
    with rt.db.session() as session:
        return session.scalar(select(func.count(model.id)))


def test_a_production_hub_without_stripe_takes_no_payments_and_says_whom_to_call(hotel, db, jobs):
    rt = make_runtime(hotel, db, **PRODUCTION)
    try:
        assert rt.payments is None
        call, result, effects = ask_for_link(rt, **STAY)
    finally:
        context.set_runtime(None)
    assert not call.ok and result.payment_url is None and effects == []
    assert "+1 415 555 0142" in result.text and "frontdesk@harborview.example" in result.text
    assert count(rt, Reservation) == 0, "no room is held when nobody can pay for it"


def test_a_demo_token_cannot_confirm_a_booking_on_a_production_hub(hotel, db, jobs):
    demo = make_runtime(hotel, db)            # a link made while the hub ran embedded (or by PAYMENTS_DEMO=1) …
    _, result, _ = ask_for_link(demo, **STAY)
    path = result.payment_url.removeprefix(PUBLIC)
    production = make_runtime(hotel, db, **PRODUCTION)   # … is dead once the hub runs for real without Stripe
    try:
        assert pay_page(production).get(path).status_code == 404
        assert pay_page(production).post(path, data={"action": "pay"}).status_code == 404
    finally:
        context.set_runtime(None)
    reservation, payment = reservation_and_payment(production)
    assert (reservation.status, payment.status) == ("hold", "open")
    assert jobs.count("process_event") == 0


def test_payments_demo_turns_the_demo_on_in_production_and_staff_see_it_is_a_demo(hotel, db, jobs):
    rt = make_runtime(hotel, db, payments_demo=True, **PRODUCTION)
    try:
        _, result, _ = ask_for_link(rt, **STAY)
        assert rt.payments.provider == "demo" and "no real payment" in result.text
        path = result.payment_url.removeprefix(PUBLIC)
        assert pay_page(rt).post(path, data={"action": "pay"}).status_code == 200
    finally:
        context.set_runtime(None)
    [notice] = jobs.effects("staff_notice")
    assert notice["text"].startswith("[DEMO checkout: no money was taken] Deposit paid: $113.40")


def test_a_real_stripe_payment_is_not_labelled_demo(hotel, db, jobs):
    from jobs.payments import _for_staff

    real = Payment(provider="stripe", amount_minor=11340, currency="USD")
    assert not _for_staff(hotel, real, "staff_link_failed", code="HV-1", room="SQ", check_in="a", check_out="b",
                          amount="$1").startswith("[DEMO")


def test_a_hold_needs_the_guests_contact_details_first(demo_rt):
    call, result, effects = ask_for_link(demo_rt, contact=False, **STAY)
    assert not call.ok and "full name, e-mail and phone" in result.text and effects == []
    assert count(demo_rt, Reservation) == 0

    _, paid, _ = ask_for_link(demo_rt, contact=True)   # details given; "send the link" finds the stay asked for
    assert paid.payment_url and "deposit of $113.40 (30% of the stay)" in paid.text


def test_one_conversation_holds_one_stay_at_a_time(demo_rt):
    _, first, _ = ask_for_link(demo_rt, **STAY)
    code = first.data["reservation_code"]

    call, second, effects = ask_for_link(demo_rt, check_in="2027-04-01", check_out="2027-04-03", room_code="KS")

    assert not call.ok and second.payment_url is None and code in second.text and effects == []
    assert count(demo_rt, Reservation) == 1
    _, again, _ = ask_for_link(demo_rt, **STAY)
    assert again.payment_url == first.payment_url, "asking again for the held stay still gives its link"


def test_eight_anonymous_chats_cannot_hold_every_pet_friendly_room(demo_rt, hotel):
    answers = [ask_for_link(demo_rt, address=f"script-{i}", **PET_NIGHT)[1] for i in range(8)]

    held = [a for a in answers if a.payment_url]
    assert len(held) == demo_rt.settings.unverified_hold_cap == 3
    assert all("+1 415 555 0142" in a.text for a in answers if not a.payment_url)
    with demo_rt.db.session() as session:
        assert rooms_free(hotel, session, "PF", dt.date(2027, 3, 10), dt.date(2027, 3, 11)) == 1
    # A guest whose phone the provider vouched for (SMS, WhatsApp) still books the last one.
    _, verified, _ = ask_for_link(demo_rt, address="sms-guest", sender="+14155550188", **PET_NIGHT)
    assert verified.payment_url


def test_a_lapsed_hold_no_longer_counts_against_the_cap(demo_rt):
    for i in range(3):
        ask_for_link(demo_rt, address=f"script-{i}", **PET_NIGHT)
    with demo_rt.db.session() as session:
        for reservation in session.scalars(select(Reservation)):
            reservation.hold_expires_at = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    _, result, _ = ask_for_link(demo_rt, address="later-guest", **PET_NIGHT)
    assert result.payment_url


def test_anonymous_sell_out_through_api_chat_stops_at_the_cap(hotel, tmp_path, jobs):
    booking = ["Hi, do you have a Standard Queen for 2 adults from 2027-03-10 to 2027-03-12?",
               "Great, I'll take it. I'm Laura Chen, laura.chen@example.com, +1 415 555 0177.",
               "Perfect. How can I pay the deposit then?"]
    links = []
    with app_client(hotel, tmp_path, api_key=None) as client:
        for i in range(5):
            for text in booking:
                answer = client.post("/api/chat", json={"session": f"bot-{i}", "text": text})
                assert answer.status_code == 200
            links.append(answer.json()["replies"][0]["payment_url"])
        rt = client.app.state.runtime
    context.set_runtime(None)
    assert sum(1 for link in links if link) == 3 and links[3] is None and links[4] is None
    with rt.db.session() as session:
        assert session.scalar(select(func.count(Reservation.id)).where(Reservation.status == "hold")) == 3
        conversation = open_conversation(session, hotel.id, "api", "bot-4")
        assert conversation.handoff_active is False
