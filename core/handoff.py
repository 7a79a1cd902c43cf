"""A conversation's handoff to staff: who owns it, kept in the store and never decided by a model.

Only the agent (the guest asked for a person, a serious complaint) and staff
(Take over, a reply in the thread) start a handoff; staff end it, or time does
(`HANDOFF_IDLE_MINUTES` without a staff reply). Nothing a guest writes can end
it, because nothing here reads what the guest wrote. A handoff starts only where
a staff desk can take it: otherwise the guest is told how to reach the hotel
rather than left talking to nobody.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.conversations import record
from core.effects import HandoffStarted
from core.hotels import Hotel
from core.i18n import say
from core.messages import Channel, utcnow
from core.settings import Settings
from core.store.models import Conversation, StaffAccount


def desk_channel(settings: Settings, hotel: Hotel, department: str = "front_desk") -> str | None:
    """The department's Slack channel from the hotel folder, else the front desk's, else SLACK_STAFF_CHANNEL."""
    for dept_id in (department, "front_desk"):
        dept = hotel.department(dept_id)
        if dept is not None and dept.slack_channel:
            return dept.slack_channel
    return settings.slack_staff_channel


def has_desk(session: Session, settings: Settings, hotel: Hotel, channel: str) -> bool:
    """Whether someone can take a handoff of a conversation on `channel` and give it back: the Slack desk,
    staff with a console account for the hotel, or, for an `api` conversation, the hotel's server holding
    API_KEY (it releases through the API)."""
    if settings.slack_bot_token and desk_channel(settings, hotel):
        return True
    if channel == Channel.API.value and settings.api_key:
        return True
    accounts = session.scalars(select(StaffAccount.hotels).where(StaffAccount.disabled.is_(False)))
    return any(hotel.id in (hotels or []) for hotels in accounts)


def no_desk_reply(hotel: Hotel, language: str) -> str:
    """What a guest who asked for a person hears when nobody could take the conversation here."""
    return say("handoff_no_desk", language, phone=hotel.contact.phone or hotel.contact.email)


def start(conversation: Conversation, reason: str, *, owner: str | None = None) -> HandoffStarted:
    """Staff own the conversation from now on; the effect asks for its Slack thread and reminder."""
    conversation.handoff_active = True
    conversation.handoff_reason = reason
    conversation.handoff_started_at = utcnow()
    conversation.handoff_owner = owner
    conversation.handoff_acknowledged = False
    conversation.handoff_reminded_at = None
    return HandoffStarted(conversation_id=conversation.id, reason=reason)


def take(session: Session, conversation: Conversation, by: str) -> HandoffStarted | None:
    """`by` (a staff id such as `staff:U123`) owns the conversation; a handoff starts if none was on."""
    if not conversation.handoff_active:
        effect = start(conversation, reason=f"taken over by {by}", owner=by)
    else:
        conversation.handoff_owner = by
        effect = None
    record(session, conversation, "out", "system", f"taken over by {by}", internal=True)
    return effect


def release(session: Session, conversation: Conversation, by: str) -> str | None:
    """Give the conversation back to the bot; returns what to tell the guest, or None if it was not handed off.

    A conditional update, so two staff pressing "Give back" at once tell the guest once.
    """
    ended = session.execute(
        update(Conversation)
        .where(Conversation.id == conversation.id, Conversation.handoff_active.is_(True))
        .values(handoff_active=False, handoff_owner=None, handoff_reminded_at=None)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(conversation)
    if not ended:
        return None
    record(session, conversation, "out", "system", f"given back to the bot by {by}", internal=True)
    return say("handoff_released", conversation.language or "en")
