"""Work for a department: the ticket row and the effect that posts it to the department's Slack channel."""

from __future__ import annotations

from typing import Any

from core.effects import TicketCreated
from core.i18n import has, say
from core.store.models import ServiceTicket
from skills.base import SkillContext


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
