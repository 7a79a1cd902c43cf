"""The offline demo checkout: no Stripe key, a clearly labelled test page, the same path as Stripe's events."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

import hub.pay
from agent.runtime import Runtime
from core.store.models import Payment
from jobs import context
from tests.fakes.stripe import SECRET_KEY
from tests.test_payments import PUBLIC, STAY, ask_for_link, guest_messages, jobs, make_runtime, reservation_and_payment

__all__ = ["jobs"]   # the inline job runner fixture


@pytest.fixture
def demo_rt(hotel, db, jobs) -> Iterator[Runtime]:
    yield make_runtime(hotel, db)
    context.set_runtime(None)


@pytest.fixture
def client(demo_rt: Runtime) -> TestClient:
    app = FastAPI()
    app.state.runtime = demo_rt
    app.include_router(hub.pay.router)
    return TestClient(app)


def token_of(url: str) -> str:
    assert url.startswith(f"{PUBLIC}/pay/")
    return url.removeprefix(f"{PUBLIC}/pay/")


def test_the_demo_checkout_books_a_room_end_to_end_offline(demo_rt, client, jobs):
    _, result, _ = ask_for_link(demo_rt, **STAY)
    assert "deposit of $113.40 (30% of the stay)" in result.text and "no real payment" in result.text
    token = token_of(result.payment_url)

    page = client.get(f"/pay/{token}")
    assert page.status_code == 200 and "TEST MODE" in page.text and "$113.40" in page.text
    paid = client.post(f"/pay/{token}", data={"action": "pay"})

    assert paid.status_code == 200 and "Test payment accepted" in paid.text
    reservation, payment = reservation_and_payment(demo_rt)
    assert (reservation.status, payment.status) == ("confirmed", "paid")
    assert guest_messages(demo_rt)[-1].startswith("Thank you! We received your deposit of $113.40.")
    assert len(jobs.effects("staff_notice")) == 1
    assert jobs.count("process_event") == 1      # the job Stripe's `checkout.session.completed` runs
    again = client.get(f"/pay/{token}")
    assert "already paid" in again.text
    assert client.post(f"/pay/{token}", data={"action": "pay"}).status_code == 200
    assert jobs.count("process_event") == 1

    _, asked_again, _ = ask_for_link(demo_rt, remembered=STAY)     # "how do I pay the deposit?" once more
    assert asked_again.payment_url is None and "already paid" in asked_again.text
    assert reservation_and_payment(demo_rt)[0].code == reservation.code   # still the one booking


def test_cancelling_the_demo_checkout_releases_the_room(demo_rt, client):
    _, result, _ = ask_for_link(demo_rt, **STAY)
    token = token_of(result.payment_url)

    cancelled = client.post(f"/pay/{token}", data={"action": "cancel"})

    assert "nothing was charged" in cancelled.text
    reservation, payment = reservation_and_payment(demo_rt)
    assert (reservation.status, payment.status) == ("released", "expired")
    assert "has expired" in guest_messages(demo_rt)[-1]
    assert client.get(f"/pay/{token}").status_code == 410


def test_a_demo_link_expires_on_time_like_a_stripe_session(demo_rt, jobs):
    _, result, _ = ask_for_link(demo_rt, **STAY)
    reservation, _ = reservation_and_payment(demo_rt)

    [(at, expire, args)] = jobs.scheduled
    assert at == reservation.hold_expires_at.replace(tzinfo=at.tzinfo)
    expire(*args)   # the time comes

    reservation, payment = reservation_and_payment(demo_rt)
    assert (reservation.status, payment.status) == ("released", "expired")
    assert "has expired" in guest_messages(demo_rt)[-1]


def test_an_unknown_demo_token_is_not_found(client):
    assert client.get("/pay/not-a-token").status_code == 404
    assert client.post("/pay/not-a-token", data={"action": "pay"}).status_code == 404


def test_the_demo_checkout_is_never_served_when_stripe_is_configured(hotel, db, jobs):
    demo = make_runtime(hotel, db)
    _, result, _ = ask_for_link(demo, **STAY)      # a demo link made before the key was set
    live = make_runtime(hotel, db, stripe_secret_key=SECRET_KEY)
    app = FastAPI()
    app.state.runtime = live
    app.include_router(hub.pay.router)
    client = TestClient(app)
    try:
        token = token_of(result.payment_url)
        assert client.get(f"/pay/{token}").status_code == 404
        assert client.post(f"/pay/{token}", data={"action": "pay"}).status_code == 404
        with live.db.session() as session:
            assert session.scalars(select(Payment.status)).one() == "open"
        assert client.get("/pay/thanks").status_code == 200     # where Stripe Checkout sends guests back
    finally:
        context.set_runtime(None)
