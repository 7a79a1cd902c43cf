"""Finding a guest's conversation and writing its transcript."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.messages import Channel, utcnow
from core.store.models import Conversation, Guest, Message

# A message over MAX_MESSAGE_CHARS is refused before any work; this much of it is kept for staff to read.
STORED_TEXT_CHARS = 8000


def conversation_key(channel: Channel | str, address: str) -> str:
    return f"{Channel(channel).value}:{address}"


def guest_identity(channel: Channel | str, sender: str) -> str:
    """Phones identify a person across SMS and WhatsApp; other handles are per channel."""
    if sender.startswith("+"):
        return sender
    return f"{Channel(channel).value}:{sender}"


def open_conversation(session: Session, hotel_id: str, channel: Channel | str, address: str,
                      sender: str | None = None, sender_name: str | None = None) -> Conversation:
    """The conversation for (hotel, channel, address), created on first contact."""
    channel = Channel(channel)
    key = conversation_key(channel, address)
    conversation = session.scalar(select(Conversation).where(Conversation.hotel_id == hotel_id,
                                                             Conversation.key == key))
    guest = _guest(session, hotel_id, channel, sender, sender_name) if sender else None
    if conversation is None:
        conversation = Conversation(hotel_id=hotel_id, key=key, channel=channel.value, address=address,
                                    guest=guest, state={})
        session.add(conversation)
        session.flush()
    elif guest is not None and conversation.guest_id != guest.id:
        conversation.guest = guest
    return conversation


def _guest(session: Session, hotel_id: str, channel: Channel, sender: str, name: str | None) -> Guest:
    identity = guest_identity(channel, sender)
    guest = session.scalar(select(Guest).where(Guest.hotel_id == hotel_id, Guest.identity == identity))
    if guest is None:
        guest = Guest(hotel_id=hotel_id, identity=identity, phone=sender if sender.startswith("+") else None,
                      name=name)
        session.add(guest)
        session.flush()
    elif name and not guest.name:
        guest.name = name
    return guest


def record(session: Session, conversation: Conversation, direction: str, author: str, text: str, *,
           provider_id: str | None = None, status: str = "received", transcript: str | None = None,
           media: list | None = None, audio_url: str | None = None, internal: bool = False) -> Message:
    """Append one line to the transcript."""
    if len(text) > STORED_TEXT_CHARS:
        text = text[:STORED_TEXT_CHARS] + " […]"
    message = Message(conversation_id=conversation.id, direction=direction, author=author,
                      channel=conversation.channel, provider_id=provider_id, text=text, transcript=transcript,
                      media=media or [], audio_url=audio_url, status=status, internal=internal)
    session.add(message)
    if direction == "in":
        conversation.last_inbound_at = utcnow()
    session.flush()
    return message


def recent_history(session: Session, conversation: Conversation, limit: int = 12) -> list[tuple[str, str]]:
    """(author, text) of the last `limit` visible lines, oldest first."""
    rows = session.scalars(select(Message).where(Message.conversation_id == conversation.id,
                                                 Message.internal.is_(False))
                           .order_by(Message.id.desc()).limit(limit)).all()
    return [(m.author, m.transcript or m.text) for m in reversed(rows)]


def within_window(conversation: Conversation, hours: float = 24, now: dt.datetime | None = None) -> bool:
    """Whether the guest wrote within the last `hours` (WhatsApp's customer-service window)."""
    if conversation.last_inbound_at is None:
        return False
    return (now or utcnow()) - conversation.last_inbound_at <= dt.timedelta(hours=hours)
