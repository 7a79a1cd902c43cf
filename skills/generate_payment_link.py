"""`generate_payment_link`: Hold the chosen room and send a secure link to pay the booking deposit.

The amount comes from the hotel's rates and deposit rule (`inventory.quote`),
never from the guest's or a model's words. One conversation asking again for
the same stay gets the same hold and the same link; the link's idempotency key
is derived from the reservation, so a retried request cannot make a second one.

A hold takes a room off sale for an hour, so a script must not be able to sell
the hotel out: a hold needs the guest's contact details (a lead), a
conversation holds one stay at a time, and conversations without a verified
phone share a small hotel-wide number of holds.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import zlib
from decimal import Decimal

from pydantic import BaseModel, Field
from sqlalchemy import and_, func, or_, select

from core.effects import PaymentLinkRequested
from core.hotels import Hotel
from core.i18n import say
from core.messages import utcnow
from core.payments import HOLD_MINUTES, CheckoutRequest, PaymentGatewayError
from core.store.models import Conversation, Guest, Lead, Payment, Reservation
from skills.base import Skill, SkillContext, SkillResult
from skills.booking import Stay, remember_stay, remembered_stay
from skills.formatting import join_list, long_date, minor_exponent, money
from skills.inventory import deposit_share, open_rooms, quote, room_type, rooms_free, stay_deposit_percent

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O or 1/I to misread on a phone


class Args(BaseModel):
    """Arguments of `generate_payment_link` (also the LLM tool schema)."""

    reservation_code: str | None = Field(default=None, description="an existing hold to pay for")
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    room_code: str | None = None
    guests: int | None = Field(default=None, ge=1, le=20)


def run(ctx: SkillContext, args: Args) -> SkillResult:
    if ctx.payments is None:
        contact = ctx.hotel.contact
        return SkillResult(text=say("pay_off", ctx.language, phone=contact.phone, email=contact.email),
                           ok=False, data={"payments": "off"})
    wanted = _bookable_stay(ctx, args)
    return wanted if isinstance(wanted, SkillResult) else _deposit_link(ctx, wanted)


def _bookable_stay(ctx: SkillContext, args: Args) -> Stay | SkillResult:
    """The stay to take a deposit for (complete and sensible), or the answer that asks for what is missing."""
    lang = ctx.language
    named = None
    if args.reservation_code:
        named = _own_reservation(ctx, args.reservation_code)
        if named is None:
            return SkillResult(text=say("pay_unknown_reservation", lang, code=args.reservation_code.upper()),
                               ok=False)
        if named.status == "confirmed":
            return SkillResult(text=say("pay_already_paid", lang, code=named.code,
                                        check_in=long_date(named.check_in, lang)),
                               data={"reservation_code": named.code, "status": "confirmed"})
    stay = _wanted_stay(ctx, args, named)
    room = room_type(ctx.hotel, stay.room_code)
    missing = [name for name, value in (("check_in", stay.check_in), ("check_out", stay.check_out),
                                        ("room_code", room)) if value is None]
    if not missing and (stay.check_out <= stay.check_in or stay.check_in < ctx.now.date()):
        missing = ["check_in", "check_out"]
    choices = open_rooms(ctx.hotel, ctx.session, stay.check_in, stay.check_out, stay.guests) \
        if missing == ["room_code"] and stay.check_in < stay.check_out and stay.check_in >= ctx.now.date() else []
    if choices:  # the dates are known: only the room is left to choose
        return SkillResult(text=say("pay_need_room", lang, check_in=long_date(stay.check_in, lang),
                                    check_out=long_date(stay.check_out, lang),
                                    rooms=join_list([r.name for r in choices], lang)), ok=False, missing=missing)
    if missing:
        return SkillResult(text=say("pay_need_stay", lang), ok=False, missing=missing)
    guests = stay.guests or 1
    if guests > room.max_guests and room.units(guests) == 1:
        return SkillResult(text=say("avail_too_many_guests", lang, room=room.name, max_guests=room.max_guests,
                                    guests=guests), ok=False, missing=["room_code"])
    return Stay(stay.check_in, stay.check_out, guests, room.code)


def _deposit_link(ctx: SkillContext, stay: Stay) -> SkillResult:
    """Reuse this conversation's hold on the stay, or place one if a room is still free; then its link."""
    lang = ctx.language
    room = ctx.hotel.room(stay.room_code)
    dates = {"room": room.name, "check_in": long_date(stay.check_in, lang),
             "check_out": long_date(stay.check_out, lang)}
    reservation = _booked(ctx, stay)
    if reservation is not None and reservation.status == "confirmed":
        return SkillResult(text=say("pay_already_paid", lang, code=reservation.code, check_in=dates["check_in"]),
                           data={"reservation_code": reservation.code, "status": "confirmed"})
    payment = _open_payment(ctx, reservation) if reservation is not None else None
    new = payment is None
    if new:
        refused = _hold_refused(ctx, stay)
        if refused is not None:
            return refused
        _serialize_holds(ctx, room.code)
        if rooms_free(ctx.hotel, ctx.session, room.code, stay.check_in, stay.check_out) < room.units(stay.guests):
            return SkillResult(text=say("pay_unavailable", lang, **dates), ok=False,
                               data={"available": False, **_stay_data(stay)})
        offer = quote(ctx.hotel, room.code, stay.check_in, stay.check_out, stay.guests)
        if offer.deposit_minor <= 0:
            return SkillResult(text=say("pay_no_deposit", lang, hotel=ctx.hotel.name), ok=False)
        reservation, payment = _hold(ctx, stay, offer.nightly_minor, offer.deposit_minor)
        remember_stay(ctx, stay)

    if payment.url is None:
        try:
            checkout = ctx.payments.create_checkout(checkout_request(ctx.hotel, reservation, payment, lang,
                                                                     _guest_email(ctx)))
            payment.provider_session_id, payment.url, payment.status = checkout.id, checkout.url, "open"
        except PaymentGatewayError:
            pass   # the job below tries again with the same idempotency key and sends the link
    if new or payment.url is None:
        # The job finishes what the turn could not (a link the provider failed to make) and, for
        # the demo checkout, expires the link on time as Stripe would.
        ctx.effects.append(PaymentLinkRequested(payment_id=payment.id))
    data = {"reservation_code": reservation.code, "deposit_minor": payment.amount_minor,
            "currency": payment.currency,
            "deposit_percent": stay_deposit_percent(ctx.hotel, stay.check_in, stay.check_out),
            "hold_expires_at": reservation.hold_expires_at.isoformat(), "payment_url": payment.url,
            "provider": payment.provider, **_stay_data(stay)}
    if payment.url is None:
        return SkillResult(text=say("pay_link_pending", lang, code=reservation.code,
                                    **_deposit_fields(ctx.hotel, reservation, payment, lang), **dates), data=data)
    return SkillResult(text=link_text(ctx.hotel, reservation, payment, lang), data=data, payment_url=payment.url)


def _hold_refused(ctx: SkillContext, stay: Stay) -> SkillResult | None:
    """Why this conversation may not hold another room now (None: it may)."""
    lang = ctx.language
    held = _active_hold(ctx)
    if held is not None:
        room = ctx.hotel.room(held.room_code)
        return SkillResult(
            text=say("pay_one_hold", lang, code=held.code, room=room.name if room else held.room_code,
                     check_in=long_date(held.check_in, lang), check_out=long_date(held.check_out, lang),
                     until=held.hold_expires_at.astimezone(ctx.hotel.tz).strftime("%H:%M"),
                     phone=ctx.hotel.contact.phone),
            ok=False, data={"reservation_code": held.code, "status": "hold"})
    if not _has_contact(ctx):
        remember_stay(ctx, stay)   # the stay waits for the details; "send the link" afterwards finds it
        return SkillResult(text=say("pay_need_contact", lang), ok=False, data={"contact": False})
    if not _verified_phone(ctx.conversation):
        _serialize_holds(ctx, "unverified")
        if _unverified_holds(ctx) >= ctx.unverified_hold_cap:
            return SkillResult(text=say("pay_hold_cap", lang, phone=ctx.hotel.contact.phone),
                               ok=False, data={"held": False})
    return None


def _active_hold(ctx: SkillContext) -> Reservation | None:
    return ctx.session.scalar(select(Reservation).where(
        Reservation.hotel_id == ctx.hotel.id, Reservation.conversation_id == ctx.conversation.id,
        Reservation.status == "hold", Reservation.hold_expires_at > utcnow()).limit(1))


def _has_contact(ctx: SkillContext) -> bool:
    """A lead of this conversation with a name and a way to reach the guest (create_lead checked them)."""
    lead = ctx.session.get(Lead, ctx.state["lead_id"]) if ctx.state.get("lead_id") else None
    return lead is not None and lead.conversation_id == ctx.conversation.id and bool(lead.email or lead.phone)


def _verified_phone(conversation: Conversation) -> bool:
    """The provider (SMS, WhatsApp) or the hotel's server (API key) vouched for the guest's phone."""
    return conversation.guest is not None and bool(conversation.guest.phone)


def _unverified_holds(ctx: SkillContext) -> int:
    """Rooms held right now, hotel-wide, by conversations whose guest has no verified phone."""
    return ctx.session.scalar(
        select(func.count(Reservation.id))
        .join(Conversation, Conversation.id == Reservation.conversation_id)
        .outerjoin(Guest, Guest.id == Conversation.guest_id)
        .where(Reservation.hotel_id == ctx.hotel.id, Reservation.status == "hold",
               Reservation.hold_expires_at > utcnow(), Guest.phone.is_(None)))


def link_text(hotel: Hotel, reservation: Reservation, payment: Payment, lang: str) -> str:
    """What the guest reads with the link (the skill's reply, or the job's message when it came later)."""
    room = hotel.room(reservation.room_code)
    text = say("pay_link", lang, room=room.name if room else reservation.room_code,
               check_in=long_date(reservation.check_in, lang), check_out=long_date(reservation.check_out, lang),
               url=payment.url, code=reservation.code,
               until=reservation.hold_expires_at.astimezone(hotel.tz).strftime("%H:%M"),
               **_deposit_fields(hotel, reservation, payment, lang))
    return text + (" " + say("pay_demo_note", lang) if payment.provider == "demo" else "")


def checkout_request(hotel: Hotel, reservation: Reservation, payment: Payment, lang: str,
                     customer_email: str | None = None) -> CheckoutRequest:
    """The same request every time for one payment, so Stripe's idempotency replays it rather than refusing."""
    room = hotel.room(reservation.room_code)
    title = say("pay_checkout_title", lang, hotel=hotel.name, room=room.name if room else reservation.room_code,
                check_in=long_date(reservation.check_in, lang), check_out=long_date(reservation.check_out, lang),
                share=deposit_share(hotel, lang, reservation.check_in, reservation.check_out))
    return CheckoutRequest(
        amount=Decimal(payment.amount_minor).scaleb(-minor_exponent(payment.currency)), currency=payment.currency,
        title=title, reference=reservation.code,
        idempotency_key=payment.idempotency_key, expires_at=reservation.hold_expires_at,
        metadata={"hotel_id": hotel.id, "reservation_id": str(reservation.id),
                  "conversation_id": str(reservation.conversation_id or ""), "reservation_code": reservation.code,
                  "payment_id": str(payment.id)},
        customer_email=customer_email, language=lang)


def _deposit_fields(hotel: Hotel, reservation: Reservation, payment: Payment, lang: str) -> dict[str, str]:
    return {"share": deposit_share(hotel, lang, reservation.check_in, reservation.check_out),
            "deposit": money(payment.amount_minor, payment.currency, exact=True)}


def _wanted_stay(ctx: SkillContext, args: Args, named: Reservation | None) -> Stay:
    """This turn's words first, then the reservation the guest named, then the stay discussed earlier."""
    earlier = (Stay(named.check_in, named.check_out, named.guests, named.room_code) if named is not None
               else remembered_stay(ctx))
    return Stay(check_in=args.check_in or earlier.check_in, check_out=args.check_out or earlier.check_out,
                guests=args.guests or earlier.guests, room_code=args.room_code or earlier.room_code)


def _own_reservation(ctx: SkillContext, code: str) -> Reservation | None:
    """Only a reservation made in this conversation: a code alone must not reveal another guest's booking."""
    return ctx.session.scalar(select(Reservation).where(
        Reservation.hotel_id == ctx.hotel.id, Reservation.code == code.strip().upper(),
        Reservation.conversation_id == ctx.conversation.id))


def _booked(ctx: SkillContext, stay: Stay) -> Reservation | None:
    """This conversation's booking of exactly this stay: confirmed, or an unexpired hold from asking before."""
    return ctx.session.scalar(select(Reservation).where(
        Reservation.hotel_id == ctx.hotel.id, Reservation.conversation_id == ctx.conversation.id,
        Reservation.room_code == stay.room_code, Reservation.check_in == stay.check_in,
        Reservation.check_out == stay.check_out,
        or_(Reservation.status == "confirmed",
            and_(Reservation.status == "hold", Reservation.hold_expires_at > utcnow())))
        .order_by(Reservation.status == "hold", Reservation.id.desc()).limit(1))


def _open_payment(ctx: SkillContext, reservation: Reservation) -> Payment | None:
    return ctx.session.scalar(select(Payment).where(Payment.reservation_id == reservation.id,
                                                    Payment.status.in_(("pending", "open")))
                              .order_by(Payment.id.desc()).limit(1))


def _hold(ctx: SkillContext, stay: Stay, nightly_minor: int, deposit_minor: int) -> tuple[Reservation, Payment]:
    reservation = Reservation(
        hotel_id=ctx.hotel.id, code=_new_code(ctx.hotel), conversation_id=ctx.conversation.id,
        lead_id=ctx.state.get("lead_id"), room_code=stay.room_code, check_in=stay.check_in,
        check_out=stay.check_out, guests=stay.guests, status="hold",
        hold_expires_at=utcnow() + dt.timedelta(minutes=HOLD_MINUTES), nightly_rate_minor=nightly_minor,
        currency=ctx.hotel.currency)
    ctx.session.add(reservation)
    ctx.session.flush()
    payment = Payment(hotel_id=ctx.hotel.id, reservation_id=reservation.id, conversation_id=ctx.conversation.id,
                      amount_minor=deposit_minor, currency=ctx.hotel.currency,
                      provider=ctx.payments.provider,
                      idempotency_key=f"concierge-deposit-{reservation.code}", status="pending")
    ctx.session.add(payment)
    ctx.session.flush()
    return reservation, payment


def _serialize_holds(ctx: SkillContext, what: str) -> None:
    """Two guests racing for the last room (or the last unverified hold): PostgreSQL needs a lock until the
    turn commits (SQLite's write lock already serializes turns)."""
    if ctx.session.get_bind().dialect.name == "postgresql":
        key = zlib.crc32(f"hold:{ctx.hotel.id}:{what}".encode())
        ctx.session.execute(select(func.pg_advisory_xact_lock(key)))


def _new_code(hotel: Hotel) -> str:
    initials = "".join(word[0] for word in re.split(r"[^A-Za-z0-9]+", hotel.id) if word)[:3].upper() or "R"
    return f"{initials}-" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(6))


def _guest_email(ctx: SkillContext) -> str | None:
    guest = ctx.conversation.guest
    return guest.email if guest is not None else None


def _stay_data(stay: Stay) -> dict:
    return {"room_code": stay.room_code, "check_in": stay.check_in.isoformat(),
            "check_out": stay.check_out.isoformat(), "guests": stay.guests}


SKILL = Skill(
    name="generate_payment_link",
    description="Hold the chosen room and send a secure link to pay the booking deposit.",
    args=Args,
    examples=("How can I pay the deposit?", "Send me the payment link", "I want to pay now"),
    run=run,
)
