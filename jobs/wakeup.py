"""Wake-up calls: the `wake_up_call` skill books one, this rings it at its time.

The call is a message to the guest's conversation, sent once at the booked
instant (RQ's scheduler; a timer in embedded mode). A call that cannot be
delivered is worth nothing late, so there are no retries: front-desk staff get
a ticket to call the room instead.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import select

from core.conversations import record
from core.effects import TicketCreated
from core.i18n import say
from core.messages import utcnow
from core.store.models import Conversation, ServiceTicket, WakeUpCall
from jobs.context import runtime
from jobs.effects import dispatch
from jobs.outbound import deliver_once
from jobs.queue import enqueue, stable_id

log = logging.getLogger(__name__)

TOO_LATE = dt.timedelta(minutes=30)   # a call the hub missed (it was down) by more than this is the front desk's


def schedule_wake_up(effect: dict[str, Any]) -> None:
    """Effect handler for `wake_up_scheduled`: book the call job at the call's instant (once)."""
    rt = runtime()
    with rt.db.session() as session:
        call = session.get(WakeUpCall, effect["call_id"])
        if call is None or call.status != "scheduled":
            return
        call.job_id = stable_id("wakeup", f"{call.id}:{call.created_at.isoformat()}")
        job_id, call_id, at = call.job_id, call.id, call.at
    enqueue("default", ring, call_id, job_id=job_id, at=at)


def reschedule_pending() -> int:
    """Book every call still to ring: at start, for embedded mode, whose timers live in the process.

    Safe anywhere: a call already booked (an RQ job with its id) is not booked twice.
    """
    rt = runtime()
    with rt.db.session() as session:
        ids = list(session.scalars(select(WakeUpCall.id).where(WakeUpCall.status == "scheduled")))
    for call_id in ids:
        schedule_wake_up({"kind": "wake_up_scheduled", "call_id": call_id})
    return len(ids)


def ring(call_id: int) -> None:
    """Send the wake-up message now; if it does not go out, staff call the room."""
    rt = runtime()
    with rt.db.session() as session:
        call = session.get(WakeUpCall, call_id)
        if call is None or call.status != "scheduled":
            return   # cancelled, or already rung
        conversation = session.get(Conversation, call.conversation_id) if call.conversation_id else None
        message_id = None
        late = utcnow() - call.at > TOO_LATE
        if conversation is not None and not late:
            hotel = rt.hotel(call.hotel_id)
            text = say("wake_up_message", conversation.language or hotel.default_language,
                       time=call.local_time[-5:], hotel=hotel.name)
            message_id = record(session, conversation, "out", "bot", text, status="queued").id
    status = deliver_once(message_id) if message_id is not None else ("too late" if late else "undeliverable")
    with rt.db.session() as session:
        call = session.get(WakeUpCall, call_id)
        call.status = "done" if status == "sent" else "failed"
        if call.status == "done":
            return
        log.warning("wake-up call %s for room %s not delivered (%s): ticket for the front desk",
                    call.id, call.room, status)
        ticket = ServiceTicket(hotel_id=call.hotel_id, conversation_id=call.conversation_id,
                               department="front_desk", kind="wake_up", room=call.room,
                               summary=f"Wake-up call at {call.local_time} for room {call.room or '?'} could not "
                                       f"be sent to the guest's phone: please call the room.",
                               details={"call_id": call.id, "message_status": status})
        session.add(ticket)
        session.flush()
        ticket_id = ticket.id
    dispatch([TicketCreated(ticket_id=ticket_id)])


