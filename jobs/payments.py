"""Deposit links after the turn, and Stripe's word on them: a booking is confirmed exactly once.

`jobs.intake.accept_stripe_event` is the web side for the Stripe webhook and the
demo checkout page alike: it drops redeliveries and enqueues `process_event`. The job writes
the event id in the same transaction as the change the event makes, so a
redelivered or re-run event changes nothing twice, and a job that died half
way leaves nothing behind to skip.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent.runtime import Runtime
from core.effects import StaffNotice
from core.hotels import Hotel
from core.i18n import say
from core.messages import utcnow
from core.payments import PaymentGatewayError
from core.store.models import Conversation, Payment, ProcessedEvent, Reservation
from jobs.context import runtime
from jobs.effects import dispatch
from jobs.intake import accept_stripe_event, demo_event
from jobs.outbound import send_to_conversation
from jobs.queue import enqueue, retries_left, stable_id
from skills import early_check_in
from skills.formatting import long_date, money
from skills.generate_payment_link import checkout_request, link_text

log = logging.getLogger(__name__)

@dataclass
class Outcome:
    """What to tell people once the change is committed."""

    guest: list[tuple[int, str]] = field(default_factory=list)    # (conversation id, text)
    staff: list[StaffNotice] = field(default_factory=list)

    def deliver(self, key: str) -> None:
        for conversation_id, text in self.guest:
            send_to_conversation(conversation_id, text)
        dispatch(self.staff, key=key)


def process_event(event: dict[str, Any]) -> None:
    """Act on one event, once: its id is stored with the change it makes."""
    handler = _HANDLERS[event["type"]]
    rt = runtime()
    with rt.db.session() as session:
        if session.scalar(select(ProcessedEvent.id).where(ProcessedEvent.source == "stripe",
                                                          ProcessedEvent.event_id == event["id"])):
            log.info("Stripe event %s already processed", event["id"])
            return
        # A concurrent twin fails on the unique key at commit and its retry stops above.
        session.add(ProcessedEvent(source="stripe", event_id=event["id"]))
        outcome = handler(rt, session, event["data"]["object"])
    outcome.deliver(key="stripe:" + event["id"])


def _completed(rt: Runtime, session: Session, checkout: dict[str, Any]) -> Outcome:
    found = _locked(session, checkout)
    if found is None:
        return Outcome()
    payment, reservation = found
    if checkout.get("payment_status") not in ("paid", "no_payment_required"):
        # A delayed method (bank debit): `checkout.session.async_payment_succeeded` confirms it later.
        return Outcome()
    if payment.status == "paid":
        return Outcome()
    payment.status, payment.paid_at = "paid", utcnow()
    hotel = rt.hotel(payment.hotel_id)
    if payment.purpose == early_check_in.PURPOSE:
        return _fee_paid(session, hotel, reservation, payment)
    fields = _fields(hotel, reservation, payment, hotel.default_language)
    if reservation.status != "hold":
        # Paid after the room was let go: only a person can settle it (refund, or another room).
        log.warning("deposit %s paid for reservation %s in status %s", payment.id, reservation.code,
                    reservation.status)
        return Outcome(staff=[StaffNotice(hotel_id=hotel.id, conversation_id=payment.conversation_id,
                                          text=_for_staff(hotel, payment, "staff_deposit_problem",
                                                          status=reservation.status, **fields))])
    reservation.status, reservation.hold_expires_at = "confirmed", None
    staff = StaffNotice(hotel_id=hotel.id, conversation_id=payment.conversation_id,
                        text=_for_staff(hotel, payment, "staff_deposit_paid", guest=_guest_label(session, payment),
                                        guests=reservation.guests, **fields))
    return Outcome(guest=_to_guest(session, hotel, reservation, payment, "payment_confirmed"), staff=[staff])


def _fee_paid(session: Session, hotel: Hotel, reservation: Reservation, payment: Payment) -> Outcome:
    """An early check-in fee paid: the guest hears their room's time, the front desk readies it."""
    time, lang = hotel.times.early_check_in.from_ if hotel.times.early_check_in else "", hotel.default_language
    fields = {**_fields(hotel, reservation, payment, lang), "time": time, "day": long_date(reservation.check_in, lang)}
    staff = StaffNotice(hotel_id=hotel.id, conversation_id=payment.conversation_id,
                        text=say("staff_early_fee_paid", lang, guest=_guest_label(session, payment), **fields))
    conversation = session.get(Conversation, payment.conversation_id) if payment.conversation_id else None
    guest_lang = _language(conversation, hotel)
    guest = [(conversation.id, say("early_fee_paid", guest_lang, time=time, amount=fields["amount"],
                                   day=long_date(reservation.check_in, guest_lang, weekday=True)))] \
        if conversation is not None else []
    return Outcome(guest=guest, staff=[staff])


def _expired(rt: Runtime, session: Session, checkout: dict[str, Any]) -> Outcome:
    found = _locked(session, checkout)
    if found is None:
        return Outcome()
    payment, reservation = found
    if payment.status not in ("pending", "open"):
        return Outcome()
    payment.status = "expired"
    if reservation.status != "hold":
        return Outcome()
    reservation.status, reservation.hold_expires_at = "released", None
    hotel = rt.hotel(payment.hotel_id)
    return Outcome(guest=_to_guest(session, hotel, reservation, payment, "payment_link_expired"))


_HANDLERS: dict[str, Callable[[Runtime, Session, dict[str, Any]], Outcome]] = {
    "checkout.session.completed": _completed,
    "checkout.session.async_payment_succeeded": _completed,
    "checkout.session.expired": _expired,
}


def create_payment_link(effect: dict[str, Any]) -> None:
    """After a turn that held a room: make the link the turn could not, and expire a demo link on time."""
    rt = runtime()
    outcome = Outcome()
    with rt.db.session() as session:
        payment = session.get(Payment, effect["payment_id"])
        reservation = session.get(Reservation, payment.reservation_id) if payment is not None else None
        fee = payment is not None and payment.purpose == early_check_in.PURPOSE
        if reservation is None or (reservation.status != "hold" and not fee) \
                or payment.status not in ("pending", "open"):
            return
        hotel = rt.hotel(payment.hotel_id)
        if payment.url is None:
            configured = rt.payments.provider if rt.payments is not None else "no payments"
            if payment.provider != configured:
                log.warning("payment %s was made for %s, now %s is configured", payment.id, payment.provider,
                            configured)
                return
            outcome = _make_link(rt, session, hotel, reservation, payment)
        if payment.provider == "demo" and payment.provider_session_id and not fee:
            # Stripe sends `checkout.session.expired` when a session lapses; the demo does the same, on time.
            enqueue("default", expire_demo_checkout, payment.provider_session_id,
                    job_id=stable_id("demo-expiry", payment.provider_session_id),
                    at=reservation.hold_expires_at)
    outcome.deliver(key=f"payment-link:{payment.id}")


def _make_link(rt: Runtime, session: Session, hotel: Hotel, reservation: Reservation, payment: Payment) -> Outcome:
    conversation = session.get(Conversation, payment.conversation_id) if payment.conversation_id else None
    lang = _language(conversation, hotel)
    email = conversation.guest.email if conversation is not None and conversation.guest is not None else None
    fee = payment.purpose == early_check_in.PURPOSE
    request = (early_check_in.checkout_request if fee else checkout_request)(hotel, reservation, payment, lang, email)
    try:
        checkout = rt.payments.create_checkout(request)
    except PaymentGatewayError:
        if retries_left() > 0:
            raise     # same idempotency key next time: at most one session however often this runs
        log.exception("no deposit link for reservation %s", reservation.code)
        fields = _fields(hotel, reservation, payment, hotel.default_language)
        return Outcome(guest=_to_guest(session, hotel, reservation, payment, "pay_link_failed"),
                       staff=[StaffNotice(hotel_id=hotel.id, conversation_id=payment.conversation_id,
                                          text=_for_staff(hotel, payment, "staff_link_failed", **fields))])
    payment.provider_session_id, payment.url, payment.status = checkout.id, checkout.url, "open"
    if conversation is None:
        return Outcome()
    text = early_check_in.link_text(hotel, reservation.check_in, payment, lang) if fee else \
        link_text(hotel, reservation, payment, lang)
    return Outcome(guest=[(conversation.id, text)])


def expire_demo_checkout(token: str) -> None:
    """The demo link's time is up: the same event Stripe sends for a lapsed session."""
    with runtime().db.session() as session:
        payment = session.scalar(select(Payment).where(Payment.provider == "demo",
                                                       Payment.provider_session_id == token))
    if payment is not None and payment.status in ("pending", "open"):
        accept_stripe_event(runtime(), demo_event(token, "expired"))


def _locked(session: Session, checkout: dict[str, Any]) -> tuple[Payment, Reservation] | None:
    """The payment this session was made for and its reservation, locked until commit."""
    payment = session.scalar(select(Payment).where(Payment.provider_session_id == checkout.get("id"))
                             .with_for_update())
    if payment is None:
        # Not a session this hub made (another integration on the same Stripe account).
        log.info("Stripe checkout session %s is not one of ours", checkout.get("id"))
        return None
    return payment, session.get(Reservation, payment.reservation_id, with_for_update=True)


def _to_guest(session: Session, hotel: Hotel, reservation: Reservation, payment: Payment,
              key: str) -> list[tuple[int, str]]:
    conversation = session.get(Conversation, payment.conversation_id) if payment.conversation_id else None
    if conversation is None:
        return []
    lang = _language(conversation, hotel)
    return [(conversation.id, say(key, lang, **_fields(hotel, reservation, payment, lang)))]


def _fields(hotel: Hotel, reservation: Reservation, payment: Payment, lang: str) -> dict[str, str]:
    room = hotel.room(reservation.room_code)
    return {"code": reservation.code, "room": room.name if room else reservation.room_code,
            "check_in": long_date(reservation.check_in, lang), "check_out": long_date(reservation.check_out, lang),
            "amount": money(payment.amount_minor, payment.currency)}


def _for_staff(hotel: Hotel, payment: Payment, key: str, **fields: str) -> str:
    """A notice for the front desk; a demo payment says so first, so nobody hands over a room for it."""
    text = say(key, hotel.default_language, **fields)
    return f"{say('staff_demo_label', hotel.default_language)} {text}" if payment.provider == "demo" else text


def _guest_label(session: Session, payment: Payment) -> str:
    conversation = session.get(Conversation, payment.conversation_id) if payment.conversation_id else None
    guest = conversation.guest if conversation is not None else None
    if guest is None:
        return conversation.key if conversation is not None else "?"
    return " · ".join(part for part in (guest.name, guest.phone or guest.identity, guest.email) if part)


def _language(conversation: Conversation | None, hotel: Hotel) -> str:
    return (conversation.language if conversation is not None else None) or hotel.default_language
