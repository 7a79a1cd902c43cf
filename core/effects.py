"""Things a turn asks the outside world to do, carried out by `jobs/` after the answer.

Skills never call a provider: they write records and return effects; the jobs
layer turns each effect into Slack posts, scheduled calls or payment links.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


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
