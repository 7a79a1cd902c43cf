"""`check_out`: Check-out time, late check-out, and the bill summary for an identified guest at departure."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field
from sqlalchemy import select

from core.hotels import TimeOffer
from core.i18n import say
from core.store.models import ServiceTicket
from skills.base import Skill, SkillContext, SkillResult
from skills.billing_inquiry import balance_minor
from skills.formatting import long_date, money, to_minor
from skills.guest import guest_room, verified_guest
from skills.hotel_facts import late_check_out_text
from skills.tickets import open_ticket


class Args(BaseModel):
    """Arguments of `check_out` (also the LLM tool schema)."""

    late: bool = Field(default=False, description="the guest asks for a late check-out")
    date: dt.date | None = None
    room: str | None = Field(default=None, description="the room the guest names for a late check-out")


def _request_late(ctx: SkillContext, offer: TimeOffer, day: dt.date, named: str | None) -> SkillResult:
    """Record the request for the front desk; only they can promise the room, so the guest hears "requested"."""
    room = guest_room(ctx, named)
    if room is None:
        return SkillResult(text=say("checkout_ask_room", ctx.language), ok=False, missing=["room"])
    currency = ctx.hotel.currency
    fee = to_minor(offer.fee, currency)
    existing = ctx.session.scalar(select(ServiceTicket).where(
        ServiceTicket.conversation_id == ctx.conversation.id, ServiceTicket.kind == "late_check_out",
        ServiceTicket.status.in_(("open", "accepted"))))
    ticket = existing or open_ticket(
        ctx, department="front_desk", kind="late_check_out", room=room,
        summary=f"Room {room}: late check-out until {offer.until} on {day.isoformat()}, fee {money(fee, currency)}",
        details={"date": day.isoformat(), "until": offer.until, "fee_minor": fee, "currency": currency})
    text = say("checkout_late_requested", ctx.language, until=offer.until,
               day=long_date(day, ctx.language, weekday=True), fee=money(fee, currency))
    return SkillResult(text=text, data={"ticket_id": ticket.id, "requested": True, "date": day.isoformat(),
                                        "until": offer.until, "fee_minor": fee, "room": room})


def run(ctx: SkillContext, args: Args) -> SkillResult:
    lang, times = ctx.language, ctx.hotel.times
    guest = verified_guest(ctx)
    departure = args.date or (guest.departure if guest else None)
    offer = times.late_check_out if times.late_check_out and times.late_check_out.until else None
    if args.late and offer is not None:
        return _request_late(ctx, offer, departure or ctx.now.date(), args.room)
    parts = [say("checkout_time", lang, time=times.check_out), late_check_out_text(ctx.hotel, lang)]
    data: dict = {"check_out": times.check_out, "late_check_out": offer.model_dump(by_alias=True) if offer else None}
    if guest is not None:
        owed = balance_minor(guest, ctx.hotel.currency)
        parts.append(say("checkout_your_stay", lang, day=long_date(guest.departure, lang, weekday=True),
                         balance=money(owed, ctx.hotel.currency)))
        data.update(departure=guest.departure.isoformat(), balance_minor=owed, currency=ctx.hotel.currency)
    return SkillResult(text=" ".join(parts), data=data)


SKILL = Skill(
    name="check_out",
    description="Check-out time, late check-out, and the bill summary for an identified guest at departure.",
    args=Args,
    examples=("What time is check-out?", "Can I have a late check-out tomorrow?", "I'd like to check out"),
    run=run,
)
