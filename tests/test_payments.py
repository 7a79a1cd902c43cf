"""Deposit links with Stripe: the right amount, one session per reservation, confirmed once by a signed event.

The real `stripe` SDK talks to a local fake Stripe (`tests/fakes/stripe.py`)
through `STRIPE_API_BASE`; webhooks are signed the way Stripe signs them. Jobs
run inline (`InlineJobs`) so each story reads in order.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from redis import Redis
from rq import SimpleWorker
from sqlalchemy import func, select

from agent.runtime import Runtime
from core.conversations import open_conversation
from core.effects import PaymentLinkRequested
from core.hotels import Hotel
from core.payments import CheckoutRequest, stripe_amount
from core.settings import load_settings
from core.state import RedisState
from core.store.models import Conversation, Lead, Message, Payment, ProcessedEvent, Reservation
from hub.app import webhooks
from jobs import context, queue
from jobs.effects import dispatch
from jobs.payments import process_event
from skills.base import SkillContext
from skills.inventory import rooms_free
from skills.runner import run_skill
from tests.conftest import NOON, KeywordKB
from tests.fakes.stripe import SECRET_KEY, WEBHOOK_SECRET, FakeStripe, signed

STAY = {"check_in": "2027-03-10", "check_out": "2027-03-12", "room_code": "SQ", "guests": 2}
PUBLIC = "https://concierge.harborview.example"
REDIS_TEST_URL = "redis://127.0.0.1:6379/15"


class InlineJobs:
    """Runs each job at once in the caller's thread, retrying at once; keeps scheduled jobs for the test to run."""

    def __init__(self) -> None:
        self.ran: list[tuple[Any, tuple]] = []
        self.scheduled: list[tuple[dt.datetime, Any, tuple]] = []
        self._ids: set[str] = set()

    def enqueue(self, _queue, func, *args, job_id=None, retry_intervals=None, at=None):
        if job_id is not None:
            if job_id in self._ids:
                return job_id
            self._ids.add(job_id)
        if at is not None:
            self.scheduled.append((at, func, args))
            return job_id
        self.ran.append((func, args))
        for left in range(len(retry_intervals or []), -1, -1):
            queue._attempt.retries_left = left
            try:
                func(*args)
                break
            except Exception:
                if left == 0:
                    raise
        return job_id

    def effects(self, kind: str) -> list[dict]:
        return [args[0] for func, args in self.ran if func.__name__ == "handle_effect" and args[0]["kind"] == kind]

    def count(self, name: str) -> int:
        return sum(1 for func, _ in self.ran if func.__name__ == name)


@pytest.fixture
def jobs() -> Iterator[InlineJobs]:
    runner = InlineJobs()
    queue.set_runner(runner)
    yield runner
    queue.set_runner(None)


@pytest.fixture
def fake_stripe() -> Iterator[tuple[FakeStripe, str]]:
    fake = FakeStripe()
    with fake.running() as base:
        yield fake, base


def make_runtime(hotel: Hotel, db, **settings) -> Runtime:
    rt = Runtime(load_settings(**{"database_url": db.url, "public_base_url": PUBLIC, "redis_url": None, **settings}),
                 hotels={hotel.id: hotel}, db=db)
    context.set_runtime(rt)
    return rt


@pytest.fixture
def stripe_rt(hotel: Hotel, any_db, fake_stripe, jobs) -> Iterator[Runtime]:
    _, base = fake_stripe
    yield make_runtime(hotel, any_db, stripe_secret_key=SECRET_KEY, stripe_api_base=base,
                       stripe_webhook_secret=WEBHOOK_SECRET)
    context.set_runtime(None)


def ask_for_link(rt: Runtime, address: str = "guest-1", hotel_id: str = "harbor-view", remembered: dict | None = None,
                 contact: bool = True, sender: str | None = None, **args) -> tuple[Any, Any, list]:
    """One guest turn that runs `generate_payment_link`, committed, its effects dispatched like after any turn.

    `contact`: the guest gave their details earlier (create_lead), as a hold needs."""
    hotel = rt.hotel(hotel_id)
    with rt.db.session() as session:
        conversation = open_conversation(session, hotel.id, "api", address, sender=sender)
        conversation.language = "en"
        ctx = SkillContext(hotel=hotel, session=session, conversation=conversation, language="en", now=NOON,
                           kb=KeywordKB(hotel.kb), payments=rt.payments, public_base_url=rt.settings.public_base_url,
                           unverified_hold_cap=rt.settings.unverified_hold_cap)
        if remembered is not None:
            ctx.remember(booking=remembered)
        if contact and not ctx.state.get("lead_id"):
            lead = Lead(hotel_id=hotel.id, conversation_id=conversation.id, name="Laura Chen",
                        email="laura.chen@example.com", phone="+14155550177")
            session.add(lead)
            session.flush()
            ctx.remember(lead_id=lead.id)
        call, result = run_skill(ctx, "generate_payment_link", args)
        effects = list(ctx.effects)
    dispatch(effects)
    return call, result, effects


def post_event(client: TestClient, event: dict, secret: str = WEBHOOK_SECRET, timestamp: int | None = None):
    body, header = signed(event, secret, timestamp)
    return client.post("/webhooks/stripe", content=body, headers={"Stripe-Signature": header,
                                                                  "Content-Type": "application/json"})


@pytest.fixture
def webhook_client(stripe_rt: Runtime) -> TestClient:
    app = FastAPI()
    app.include_router(webhooks(stripe_rt)["stripe"])
    return TestClient(app)


def reservation_and_payment(rt: Runtime) -> tuple[Reservation, Payment]:
    with rt.db.session() as session:
        return session.scalars(select(Reservation)).one(), session.scalars(select(Payment)).one()


def guest_messages(rt: Runtime, address: str = "guest-1") -> list[str]:
    with rt.db.session() as session:
        return list(session.scalars(select(Message.text).join(Conversation, Conversation.id == Message.conversation_id)
                                    .where(Conversation.key == f"api:{address}", Message.direction == "out")
                                    .order_by(Message.id)))


# --- the link -----------------------------------------------------------------------------------------------


def test_deposit_link_carries_the_amount_currency_metadata_and_an_idempotency_key(stripe_rt, fake_stripe):
    fake, _ = fake_stripe
    call, result, effects = ask_for_link(stripe_rt, **STAY)

    assert call.ok and result.payment_url == "https://checkout.stripe.com/c/pay/cs_test_000001"
    assert "deposit of $113.40 (30% of the stay)" in result.text and result.payment_url in result.text
    reservation, payment = reservation_and_payment(stripe_rt)
    [request] = fake.created
    form = request.form
    # Standard Queen 189 × 2 nights × 30% = 113.40 USD, before tax.
    assert form["line_items[0][price_data][unit_amount]"] == "11340"
    assert form["line_items[0][price_data][currency]"] == "usd"
    assert form["mode"] == "payment"
    assert form["metadata[hotel_id]"] == "harbor-view"
    assert form["metadata[reservation_id]"] == str(reservation.id)
    assert form["metadata[conversation_id]"] == str(reservation.conversation_id)
    assert request.idempotency_key == payment.idempotency_key == f"concierge-deposit-{reservation.code}"
    assert int(form["expires_at"]) == int(reservation.hold_expires_at.replace(tzinfo=dt.UTC).timestamp())
    assert form["success_url"].startswith(f"{PUBLIC}/pay/thanks")
    assert (reservation.status, payment.status, payment.amount_minor) == ("hold", "open", 11340)
    assert effects == [PaymentLinkRequested(payment_id=payment.id)]


def test_asking_again_gives_the_same_link_and_one_session(stripe_rt, fake_stripe):
    fake, _ = fake_stripe
    _, first, _ = ask_for_link(stripe_rt, **STAY)
    _, again, _ = ask_for_link(stripe_rt, remembered=STAY)   # "send me the link again": the stay is remembered

    assert again.payment_url == first.payment_url
    assert len(fake.created) == 1
    with stripe_rt.db.session() as session:
        assert session.scalar(select(func.count(Reservation.id))) == 1
        assert session.scalar(select(func.count(Payment.id))) == 1


def test_a_retried_create_returns_the_same_session(stripe_rt, fake_stripe):
    fake, _ = fake_stripe
    request = CheckoutRequest(amount=Decimal("113.40"), currency="USD", title="30% deposit", reference="HV-TEST01",
                              idempotency_key="concierge-deposit-HV-TEST01",
                              expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
                              metadata={"hotel_id": "harbor-view", "reservation_id": "1", "conversation_id": "1"})

    first = stripe_rt.payments.create_checkout(request)
    second = stripe_rt.payments.create_checkout(request)

    assert second == first
    assert [c.idempotency_key for c in fake.calls] == ["concierge-deposit-HV-TEST01"] * 2
    assert len(fake.created) == 1 and fake.calls[1].replayed


def test_a_stripe_outage_during_the_turn_holds_the_room_and_sends_the_link_after(stripe_rt, fake_stripe, jobs):
    fake, _ = fake_stripe
    fake.fail(times=3)   # the SDK's request and both of its retries

    _, result, _ = ask_for_link(stripe_rt, **STAY)

    assert result.payment_url is None and "will follow here in a moment" in result.text
    reservation, payment = reservation_and_payment(stripe_rt)
    assert reservation.status == "hold" and payment.status == "open"   # the job made it right after the turn
    assert len(fake.created) == 1
    assert {c.idempotency_key for c in fake.calls} == {payment.idempotency_key}
    assert any(payment.url in text for text in guest_messages(stripe_rt))


def test_when_stripe_stays_down_the_guest_and_the_front_desk_are_told(stripe_rt, fake_stripe, jobs):
    fake, _ = fake_stripe
    fake.fail(times=100, should_retry=False)

    _, result, _ = ask_for_link(stripe_rt, **STAY)

    reservation, payment = reservation_and_payment(stripe_rt)
    assert payment.url is None and len(fake.calls) == 1 + 4   # the turn, then the job and its three retries
    assert {c.idempotency_key for c in fake.calls} == {payment.idempotency_key}
    told = guest_messages(stripe_rt)[-1]
    assert "couldn't create the payment link" in told and reservation.code in told
    [notice] = jobs.effects("staff_notice")
    assert reservation.code in notice["text"] and "$113.40" in notice["text"]


def test_a_room_taken_meanwhile_is_refused_politely(stripe_rt, fake_stripe, hotel):
    fake, _ = fake_stripe
    with stripe_rt.db.session() as session:   # another guest holds every Standard Queen for those nights
        other = open_conversation(session, hotel.id, "sms", "+14155550999", sender="+14155550999")
        session.add_all(Reservation(hotel_id=hotel.id, code=f"HV-OTHER{i:02d}", conversation_id=other.id,
                                    room_code="SQ", check_in=dt.date(2027, 3, 9), check_out=dt.date(2027, 3, 11),
                                    status="hold", nightly_rate_minor=18900, currency="USD",
                                    hold_expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=30))
                        for i in range(12))

    call, result, effects = ask_for_link(stripe_rt, **STAY)

    assert not call.ok and result.payment_url is None
    assert "no longer available" in result.text and "Shall I look for another room" in result.text
    assert fake.calls == [] and effects == []
    with stripe_rt.db.session() as session:
        assert session.scalar(select(func.count(Payment.id))) == 0


def test_a_reservation_code_from_another_conversation_reveals_nothing(stripe_rt):
    _, first, _ = ask_for_link(stripe_rt, **STAY)
    reservation, _ = reservation_and_payment(stripe_rt)

    call, result, _ = ask_for_link(stripe_rt, address="a-stranger", reservation_code=reservation.code)

    assert not call.ok and result.payment_url is None
    assert reservation.code in result.text and "couldn't find" in result.text
    assert first.payment_url not in result.text


def test_the_deposit_in_a_zero_decimal_currency_is_whole_yen(hotel, any_db, fake_stripe, jobs):
    fake, base = fake_stripe
    rooms = [room.model_copy(update={"rate": 18000}) for room in hotel.rooms]
    tokyo = hotel.model_copy(update={"id": "tokyo-bay", "currency": "JPY", "rooms": rooms})
    rt = make_runtime(tokyo, any_db, stripe_secret_key=SECRET_KEY, stripe_api_base=base)
    try:
        _, result, _ = ask_for_link(rt, hotel_id="tokyo-bay", **STAY)
    finally:
        context.set_runtime(None)

    # 18,000 × 2 nights × 30% = 10,800 yen: Stripe takes yen as they are, not ×100.
    assert fake.created[0].form["line_items[0][price_data][unit_amount]"] == "10800"
    assert fake.created[0].form["line_items[0][price_data][currency]"] == "jpy"
    assert "¥10,800" in result.text


@pytest.mark.parametrize("amount, currency, units", [
    ("113.40", "USD", 11340), ("10800", "JPY", 10800), ("10800", "jpy", 10800), ("7470", "ISK", 747000),
    ("40.95", "BHD", 40950), ("0.5", "EUR", 50),
])
def test_stripe_units_follow_stripes_currency_table(amount, currency, units):
    assert stripe_amount(Decimal(amount), currency) == units


def test_an_amount_stripe_cannot_charge_is_refused_not_rounded():
    with pytest.raises(ValueError):
        stripe_amount(Decimal("10800.5"), "JPY")


# --- Stripe's events ----------------------------------------------------------------------------------------


def test_signed_webhook_confirms_once_even_when_delivered_three_times(stripe_rt, fake_stripe, webhook_client, jobs):
    fake, _ = fake_stripe
    ask_for_link(stripe_rt, **STAY)
    reservation, payment = reservation_and_payment(stripe_rt)
    event = fake.event("checkout.session.completed", payment.provider_session_id)

    answers = [post_event(webhook_client, event) for _ in range(3)]

    assert [a.status_code for a in answers] == [200, 200, 200]
    assert [a.json()["queued"] for a in answers] == [True, False, False]
    reservation, payment = reservation_and_payment(stripe_rt)
    assert (reservation.status, reservation.hold_expires_at, payment.status) == ("confirmed", None, "paid")
    assert payment.paid_at is not None
    confirmations = [t for t in guest_messages(stripe_rt) if t.startswith("Thank you! We received your deposit")]
    assert confirmations == [f"Thank you! We received your deposit of $113.40. Your Standard Queen from "
                             f"March 10, 2027 to March 12, 2027 is confirmed (reservation {reservation.code}). "
                             f"We look forward to welcoming you!"]
    [notice] = jobs.effects("staff_notice")
    assert notice["department"] == "front_desk" and reservation.code in notice["text"]
    assert jobs.count("process_event") == 1

    # Even with the fast dedupe gone (Redis restarted), the stored event id stops a second confirmation.
    process_event(event)
    assert len([t for t in guest_messages(stripe_rt) if t.startswith("Thank you!")]) == 1
    assert len(jobs.effects("staff_notice")) == 1
    with stripe_rt.db.session() as session:
        assert session.scalar(select(func.count(ProcessedEvent.id))) == 1


@pytest.mark.redis
def test_with_redis_the_webhook_only_enqueues_and_a_worker_confirms_once(hotel, db, fake_stripe):
    fake, base = fake_stripe
    connection = Redis.from_url(REDIS_TEST_URL)
    prefix = f"test-payments-{uuid.uuid4().hex[:8]}:"
    settings = load_settings(database_url=db.url, public_base_url=PUBLIC, redis_url=REDIS_TEST_URL,
                             stripe_secret_key=SECRET_KEY, stripe_api_base=base, stripe_webhook_secret=WEBHOOK_SECRET)
    rt = Runtime(settings, hotels={hotel.id: hotel}, db=db, state=RedisState(connection, prefix=prefix))
    runner = queue.RQRunner(connection)
    queue.set_runner(runner)
    context.set_runtime(rt)
    app = FastAPI()
    app.include_router(webhooks(rt)["stripe"])
    try:
        ask_for_link(rt, **STAY)
        _, payment = reservation_and_payment(rt)
        event = fake.event("checkout.session.completed", payment.provider_session_id)
        answers = [post_event(TestClient(app), event) for _ in range(3)]
        assert [a.json()["queued"] for a in answers] == [True, False, False]
        assert reservation_and_payment(rt)[0].status == "hold"    # the web process only enqueued

        SimpleWorker(list(runner.queues.values()), connection=connection).work(burst=True)

        reservation, payment = reservation_and_payment(rt)
        assert (reservation.status, payment.status) == ("confirmed", "paid")
        assert len([t for t in guest_messages(rt) if t.startswith("Thank you! We received")]) == 1
    finally:
        for q in runner.queues.values():
            q.empty()
        for key in connection.scan_iter(match=prefix + "*"):
            connection.delete(key)
        queue.set_runner(None)
        context.set_runtime(None)


@pytest.mark.parametrize("tamper", ["wrong secret", "stale", "no signature", "edited body", "not json"])
def test_forged_or_stale_webhooks_are_refused_and_change_nothing(stripe_rt, fake_stripe, webhook_client, jobs,
                                                                  tamper):
    fake, _ = fake_stripe
    ask_for_link(stripe_rt, **STAY)
    _, payment = reservation_and_payment(stripe_rt)
    event = fake.event("checkout.session.completed", payment.provider_session_id)
    body, header = signed(event, "whsec_forged" if tamper == "wrong secret" else WEBHOOK_SECRET,
                          timestamp=int(time.time()) - 600 if tamper == "stale" else None)
    if tamper == "edited body":
        body = body.replace(b'"paid"', b'"paid" ')
    if tamper == "not json":
        body, header = signed({}, WEBHOOK_SECRET)
        body = b"not json"
    headers = {} if tamper == "no signature" else {"Stripe-Signature": header}
    jobs.ran.clear()

    answer = webhook_client.post("/webhooks/stripe", content=body, headers=headers)

    assert answer.status_code == 400 and "error" in answer.json()
    assert jobs.ran == []
    reservation, payment = reservation_and_payment(stripe_rt)
    assert (reservation.status, payment.status) == ("hold", "open")
    with stripe_rt.db.session() as session:
        assert session.scalar(select(func.count(ProcessedEvent.id))) == 0


def test_without_a_webhook_secret_every_event_is_refused(hotel, db, fake_stripe, jobs):
    fake, base = fake_stripe
    rt = make_runtime(hotel, db, stripe_secret_key=SECRET_KEY, stripe_api_base=base)
    app = FastAPI()
    app.include_router(webhooks(rt)["stripe"])
    try:
        ask_for_link(rt, **STAY)
        _, payment = reservation_and_payment(rt)
        jobs.ran.clear()
        answer = post_event(TestClient(app), fake.event("checkout.session.completed", payment.provider_session_id))
    finally:
        context.set_runtime(None)

    assert answer.status_code == 400 and jobs.ran == []


def test_an_expired_session_releases_the_hold_and_the_guest_is_offered_a_new_link(stripe_rt, fake_stripe,
                                                                                 webhook_client, hotel):
    fake, _ = fake_stripe
    nights = (dt.date(2027, 3, 10), dt.date(2027, 3, 12))
    ask_for_link(stripe_rt, **STAY)
    _, payment = reservation_and_payment(stripe_rt)
    with stripe_rt.db.session() as session:
        assert rooms_free(hotel, session, "SQ", *nights) == 11

    assert post_event(webhook_client, fake.event("checkout.session.expired", payment.provider_session_id)).is_success

    reservation, payment = reservation_and_payment(stripe_rt)
    assert (reservation.status, payment.status) == ("released", "expired")
    with stripe_rt.db.session() as session:
        assert rooms_free(hotel, session, "SQ", *nights) == 12
    told = guest_messages(stripe_rt)[-1]
    assert "has expired" in told and "send me the payment link" in told

    _, again, _ = ask_for_link(stripe_rt, remembered=STAY)   # the guest asks for a new one
    assert again.payment_url and again.payment_url != payment.url
    assert len(fake.created) == 2
    assert fake.created[0].idempotency_key != fake.created[1].idempotency_key


def test_unknown_event_types_are_acknowledged_and_ignored(stripe_rt, fake_stripe, webhook_client):
    fake, _ = fake_stripe
    ask_for_link(stripe_rt, **STAY)
    event = {"id": "evt_test_customer", "object": "event", "type": "customer.created",
             "data": {"object": {"id": "cus_1", "object": "customer"}}}

    answer = post_event(webhook_client, event)

    assert answer.status_code == 200 and answer.json() == {"received": True, "queued": False}
    reservation, payment = reservation_and_payment(stripe_rt)
    assert (reservation.status, payment.status) == ("hold", "open")


def test_an_event_for_a_session_the_hub_did_not_make_changes_nothing(stripe_rt, fake_stripe, webhook_client):
    fake, _ = fake_stripe
    ask_for_link(stripe_rt, **STAY)
    event = fake.event("checkout.session.completed", "cs_test_000001", id="cs_test_elsewhere")

    assert post_event(webhook_client, event).status_code == 200

    reservation, payment = reservation_and_payment(stripe_rt)
    assert (reservation.status, payment.status) == ("hold", "open")
