"""`early_check_in`: an early check-in for a stay on file: availability and the fee's link.

A guest reaches it by saying yes to a journey step's offer (`agent/concierge.py`)
or by asking for it in the chat (the brains route it like any skill; asked
*about*, the FAQ answers first and the request waits for a yes). The stay is the
one the sender's phone names, or one whose journey the hub itself sent to this
conversation, never a code the guest typed. Availability: a room of the
stay's type free the night before arrival (it can be ready early). The fee is
a payment (`purpose` early_check_in) against the export's stay, mirrored as an
`imported` reservation that takes no room from the inventory; the front desk
gets a ticket either way.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, Field
from sqlalchemy import select

from core import journeys
from core.effects import PaymentLinkRequested
from core.hotels import GuestRecord, Hotel
from core.i18n import say
from core.messages import utcnow
from core.payments import CheckoutRequest, PaymentGatewayError
from core.store.models import Payment, Reservation, ServiceTicket
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import long_date, minor_exponent, money, to_minor
from skills.guest import verified_guest
from skills.inventory import rooms_free
from skills.tickets import open_ticket

PURPOSE = "early_check_in"


class Args(BaseModel):
    """Arguments of `early_check_in`."""

    reservation_code: str | None = Field(default=None, description="the reservation the hotel made the offer for")


def _stay(ctx: SkillContext, args: Args) -> GuestRecord | None:
    """The sender's own reservation, or one whose journey the hub sent to this conversation; a typed code is not."""
    own = verified_guest(ctx)
    code = args.reservation_code or (own.reservation if own else None)
    if code is None or not ((own is not None and own.reservation == code)
                            or journeys.offered_in(ctx.session, ctx.conversation, code)):
        return None
    return next((g for g in ctx.hotel.guests if g.reservation == code), None)


def run(ctx: SkillContext, args: Args) -> SkillResult:
    lang, hotel = ctx.language, ctx.hotel
    offer = hotel.times.early_check_in
    stay = _stay(ctx, args)
    if offer is None or not offer.from_ or stay is None:
        return SkillResult(text=say("early_unknown_stay", lang, hotel=hotel.name), ok=False,
                           missing=["reservation_code"] if offer else [])
    day = long_date(stay.arrival, lang, weekday=True)
    if stay.arrival < ctx.now.date():
        return SkillResult(text=say("early_too_late", lang), ok=False)
    free = rooms_free(hotel, ctx.session, stay.room_type, stay.arrival - dt.timedelta(days=1), stay.arrival) \
        if stay.room_type else 0
    fee = to_minor(offer.fee, hotel.currency)
    data = {"reservation_code": stay.reservation, "date": stay.arrival.isoformat(), "from": offer.from_,
            "available": free > 0, "fee_minor": fee, "currency": hotel.currency}
    _ticket(ctx, stay, offer.from_, fee, available=free > 0)
    if free <= 0:
        return SkillResult(text=say("early_unavailable", lang, time=offer.from_, day=day), data=data)
    if fee <= 0:
        return SkillResult(text=say("early_free", lang, time=offer.from_, day=day), data=data)
    payment = _payment(ctx, stay, fee)
    data["payment_url"] = payment.url
    if payment.status == "paid":
        return SkillResult(text=say("early_paid", lang, time=offer.from_, day=day), data=data)
    if payment.url is None:
        return SkillResult(text=say("early_link_pending", lang, time=offer.from_, day=day,
                                    fee=money(fee, hotel.currency)), data=data)
    return SkillResult(text=link_text(hotel, stay.arrival, payment, lang), data=data, payment_url=payment.url)


def link_text(hotel: Hotel, arrival: dt.date, payment: Payment, lang: str) -> str:
    """What the guest reads with the link (the skill's reply, or the job's message when the link came later)."""
    text = say("early_available_pay", lang, time=hotel.times.early_check_in.from_,
               day=long_date(arrival, lang, weekday=True), fee=money(payment.amount_minor, payment.currency),
               url=payment.url)
    return text + (" " + say("pay_demo_note", lang) if payment.provider == "demo" else "")


def _ticket(ctx: SkillContext, stay: GuestRecord, time: str, fee: int, available: bool) -> None:
    """The front desk readies the room (or calls the guest when none is free); one ticket per conversation."""
    existing = ctx.session.scalar(select(ServiceTicket.id).where(
        ServiceTicket.conversation_id == ctx.conversation.id, ServiceTicket.kind == PURPOSE,
        ServiceTicket.status.in_(("open", "accepted"))))
    if existing is not None:
        return
    state = "a room of the type is free the night before" if available else "NO room of the type free the night " \
                                                                            "before: please tell the guest"
    open_ticket(ctx, department="front_desk", kind=PURPOSE, room=stay.room,
                summary=f"{stay.name} ({stay.reservation}) accepted early check-in from {time} on "
                        f"{stay.arrival.isoformat()}, fee {money(fee, ctx.hotel.currency)}: {state}",
                details={"reservation": stay.reservation, "date": stay.arrival.isoformat(), "from": time,
                         "fee_minor": fee, "available": available})


def _payment(ctx: SkillContext, stay: GuestRecord, fee: int) -> Payment:
    """The fee's payment (one per stay: a repeated yes gets the same link), its link made now if the gateway can."""
    hotel = ctx.hotel
    reservation = ctx.session.scalar(select(Reservation).where(Reservation.hotel_id == hotel.id,
                                                               Reservation.code == stay.reservation))
    if reservation is None:
        room = hotel.room(stay.room_type or "") or hotel.rooms[0]
        reservation = Reservation(hotel_id=hotel.id, code=stay.reservation, conversation_id=ctx.conversation.id,
                                  room_code=room.code, check_in=stay.arrival, check_out=stay.departure,
                                  guests=stay.adults, status="imported",
                                  nightly_rate_minor=to_minor(hotel.rate_on(room, stay.arrival), hotel.currency),
                                  currency=hotel.currency)
        ctx.session.add(reservation)
        ctx.session.flush()
    payment = ctx.session.scalar(select(Payment).where(Payment.reservation_id == reservation.id,
                                                       Payment.purpose == PURPOSE,
                                                       Payment.status.in_(("pending", "open", "paid"))))
    if payment is None:
        payment = Payment(hotel_id=hotel.id, reservation_id=reservation.id, conversation_id=ctx.conversation.id,
                          amount_minor=fee, currency=hotel.currency, purpose=PURPOSE,
                          provider=ctx.payments.provider if ctx.payments else "demo",
                          idempotency_key=f"{hotel.id}:{PURPOSE}:{stay.reservation}:{utcnow():%Y%m%d%H%M%S}")
        ctx.session.add(payment)
        ctx.session.flush()
    if payment.url is None and payment.status == "pending":
        try:
            if ctx.payments is None:
                raise PaymentGatewayError("no payment gateway in this context")
            checkout = ctx.payments.create_checkout(checkout_request(hotel, reservation, payment, ctx.language))
            payment.provider_session_id, payment.url, payment.status = checkout.id, checkout.url, "open"
        except PaymentGatewayError:
            ctx.effects.append(PaymentLinkRequested(payment_id=payment.id))   # the job retries, same key
    return payment


def checkout_request(hotel: Hotel, reservation: Reservation, payment: Payment, lang: str,
                     customer_email: str | None = None) -> CheckoutRequest:
    """The fee's checkout, open until the early check-in time (at least an hour, at most Stripe's 24 hours)."""
    offer = hotel.times.early_check_in
    starts = dt.datetime.combine(reservation.check_in, dt.time.fromisoformat(offer.from_), tzinfo=hotel.tz)
    now = utcnow()
    expires = max(now + dt.timedelta(hours=1), min(now + dt.timedelta(hours=23), starts))
    return CheckoutRequest(
        amount=Decimal(payment.amount_minor).scaleb(-minor_exponent(payment.currency)), currency=payment.currency,
        title=say("early_checkout_title", lang, hotel=hotel.name, time=offer.from_,
                  day=long_date(reservation.check_in, lang)),
        reference=reservation.code, idempotency_key=payment.idempotency_key, expires_at=expires,
        metadata={"hotel_id": hotel.id, "reservation_id": str(reservation.id), "purpose": PURPOSE,
                  "conversation_id": str(payment.conversation_id or ""), "reservation_code": reservation.code,
                  "payment_id": str(payment.id)},
        customer_email=customer_email, language=lang)


SKILL = Skill(
    name="early_check_in",
    description="An early check-in for the guest's own stay on file: availability and the fee's payment link.",
    args=Args,
    examples=(  # the offline brain recognises the request by rule; the LLM reads these with the description
        "Could we check in early on our arrival day?", "Please arrange an early check-in for us",
        "¿Podemos hacer el check-in antes de la hora?", "Quisiera una entrada anticipada",
        "Pourrions-nous arriver plus tôt dans la chambre ?", "Je voudrais un enregistrement anticipé",
        "Können wir früher einchecken?", "Ich hätte gern einen frühen Check-in",
        "Можно ли ранний заезд?", "Хочу заселиться пораньше", "可以提前入住吗？", "我想办理提前入住",
        "アーリーチェックインをお願いできますか？", "早めにチェックインしたいです", "얼리 체크인 가능할까요?",
        "일찍 체크인하고 싶어요", "هل يمكننا تسجيل الدخول مبكرًا؟", "أريد دخولًا مبكرًا إلى الغرفة",
    ),
    run=run,
)
