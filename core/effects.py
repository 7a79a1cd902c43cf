"""Things a turn asks the outside world to do, carried out by `jobs/` after the answer.

Skills never call a provider: they write records and return effects; the jobs
layer turns each effect into Slack posts, scheduled calls or payment links.
Effects are written to the outbox in the transaction of the records they are
about (`stage`), so they go out if and only if those records exist.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel
from sqlalchemy.orm import Session

from core.store.models import OutboxEffect


class HandoffStarted(BaseModel):
    kind: Literal["handoff_started"] = "handoff_started"
    conversation_id: int
    reason: str


class GuestMessageForStaff(BaseModel):
    """A guest wrote while staff own the conversation: post it into the thread."""

    kind: Literal["guest_message_for_staff"] = "guest_message_for_staff"
    conversation_id: int
    message_id: int


class TicketCreated(BaseModel):
    kind: Literal["ticket_created"] = "ticket_created"
    ticket_id: int


class WakeUpScheduled(BaseModel):
    kind: Literal["wake_up_scheduled"] = "wake_up_scheduled"
    call_id: int


class PaymentLinkRequested(BaseModel):
    kind: Literal["payment_link_requested"] = "payment_link_requested"
    payment_id: int


class StaffNotice(BaseModel):
    """Something staff should know that is not a ticket (low rating, undeliverable message)."""

    kind: Literal["staff_notice"] = "staff_notice"
    hotel_id: str
    text: str
    department: str = "front_desk"
    conversation_id: int | None = None


Effect = HandoffStarted | GuestMessageForStaff | TicketCreated | WakeUpScheduled | PaymentLinkRequested | StaffNotice


def stage(session: Session, effects: list[Effect], message_id: int | None = None) -> None:
    """Write `effects` to the outbox in `session`'s transaction (`jobs.effects.dispatch_outbox` sends them)."""
    session.add_all(OutboxEffect(message_id=message_id, effect=effect.model_dump(mode="json")) for effect in effects)
