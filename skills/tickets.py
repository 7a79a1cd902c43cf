"""Work for a department: the ticket row and the effect that posts it to the department's Slack channel."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from core.effects import TicketCreated
from core.i18n import has, say
from core.store.models import ServiceTicket
from skills.base import SkillContext, SkillResult

OPEN_STATUSES = ("open", "accepted")  # work a department still has to do


def open_ticket(ctx: SkillContext, *, department: str, kind: str, summary: str, room: str | None,
                details: dict[str, Any] | None = None) -> ServiceTicket:
    """Write a ticket and ask the jobs layer to post it; a hotel without the department gets it at the front desk."""
    if ctx.hotel.department(department) is None:
        department = "front_desk"
    ticket = ServiceTicket(hotel_id=ctx.hotel.id, conversation_id=ctx.conversation.id, department=department,
                           kind=kind, summary=summary, details=details or {}, room=room)
    ctx.session.add(ticket)
    ctx.session.flush()
    ctx.effects.append(TicketCreated(ticket_id=ticket.id))
    return ticket


def team_name(ctx: SkillContext, department: str) -> str:
    """The department as a guest would say it ("our maintenance team"), in the guest's language."""
    key = f"team_{department}"
    if has(key, "en"):
        return say(key, ctx.language)
    known = ctx.hotel.department(department)
    return known.name if known else say("team_front_desk", ctx.language)


def awaited(ctx: SkillContext, kind: str) -> ServiceTicket | None:
    """The latest ticket of this kind ("room_service", "housekeeping") this conversation opened that is not done."""
    if ctx.conversation.id is None:
        return None
    query = select(ServiceTicket).where(ServiceTicket.conversation_id == ctx.conversation.id,
                                        ServiceTicket.kind == kind).order_by(ServiceTicket.id.desc()).limit(1)
    ticket = ctx.session.scalars(query).first()
    return ticket if ticket is not None and ticket.status in OPEN_STATUSES else None


def status(ctx: SkillContext, kind: str) -> SkillResult:
    """"How long will it take?" about an order or a request placed in this conversation: who has it, for which
    room, and that it comes as soon as it is ready. The hotel's data names no delivery time: no minutes are
    promised."""
    ticket = awaited(ctx, kind)
    if ticket is None:
        return SkillResult(text="", ok=False)
    if at := (ticket.details or {}).get("deliver_at"):  # an order the guest wanted later comes then
        text = say("rs_scheduled", ctx.language, at=at)
    else:
        text = say("rs_status" if kind == "room_service" else "hk_status", ctx.language, room=ticket.room or "")
    return SkillResult(text=text, data={"ticket_id": ticket.id, "status": ticket.status, "room": ticket.room})
