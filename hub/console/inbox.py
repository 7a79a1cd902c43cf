"""What the console reads from the store: the inbox (filtered, searched) and one conversation with its records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from core.store.models import (
    Conversation,
    Guest,
    Lead,
    Message,
    Payment,
    Reservation,
    ServiceTicket,
    TurnItem,
    TurnRecord,
)

INBOX_LIMIT = 100
CHANNEL_NAMES = {"whatsapp": "WhatsApp", "twilio_whatsapp": "WhatsApp", "sms": "SMS", "telegram": "Telegram",
                 "api": "API", "web": "Website"}


@dataclass
class Filters:
    hotel: str = ""
    channel: str = ""
    language: str = ""
    state: str = ""     # "" | handed_off | waiting | unanswered
    q: str = ""

    @property
    def active(self) -> bool:
        return any((self.hotel, self.channel, self.language, self.state, self.q))


@dataclass
class InboxRow:
    id: int
    hotel_id: str
    channel: str
    guest: str
    language: str | None
    room: str | None
    handoff_active: bool
    owner: str | None
    waiting: bool
    last_text: str
    last_author: str
    last_at: dt.datetime | None


def author_name(author: str) -> str:
    """Who wrote a line, as staff read it."""
    if author.startswith("staff:"):
        return author.removeprefix("staff:")
    return {"guest": "Guest", "bot": "Concierge", "system": "System"}.get(author, author)


def guest_label(conversation: Conversation) -> str:
    guest = conversation.guest
    if guest is not None and guest.name:
        return guest.name
    if guest is not None and guest.phone:
        return guest.phone
    if conversation.channel in ("web", "api"):
        return f"Visitor {conversation.address[:6]}"
    return conversation.address


def _waiting(conversation: Conversation) -> bool:
    """Handed to staff and the guest's last words have no staff reply yet."""
    if not conversation.handoff_active:
        return False
    replied = conversation.last_staff_reply_at
    return replied is None or (conversation.last_inbound_at is not None and replied < conversation.last_inbound_at)


def inbox(session: Session, hotels: tuple[str, ...], filters: Filters) -> list[InboxRow]:
    """Conversations of `hotels`, the most recently active first."""
    last_id = (select(Message.conversation_id, func.max(Message.id).label("last_id"))
               .where(Message.internal.is_(False)).group_by(Message.conversation_id).subquery())
    last = aliased(Message)
    query = (select(Conversation, last).join(last_id, last_id.c.conversation_id == Conversation.id)
             .join(last, last.id == last_id.c.last_id)
             .outerjoin(Guest, Guest.id == Conversation.guest_id)
             .where(Conversation.hotel_id.in_(hotels)))
    if filters.hotel:
        query = query.where(Conversation.hotel_id == filters.hotel)
    if filters.channel:
        query = query.where(Conversation.channel == filters.channel)
    if filters.language:
        query = query.where(Conversation.language == filters.language)
    if filters.state == "handed_off":
        query = query.where(Conversation.handoff_active.is_(True))
    elif filters.state == "waiting":
        query = query.where(Conversation.handoff_active.is_(True),
                            or_(Conversation.last_staff_reply_at.is_(None),
                                Conversation.last_staff_reply_at < Conversation.last_inbound_at))
    elif filters.state == "unanswered":
        query = query.where(last.direction == "in")
    if filters.q.strip():
        like = f"%{filters.q.strip().lower()}%"
        said = exists().where(Message.conversation_id == Conversation.id, Message.internal.is_(False),
                              or_(func.lower(Message.text).like(like), func.lower(Message.transcript).like(like)))
        query = query.where(or_(func.lower(Guest.name).like(like), Guest.phone.like(like),
                                func.lower(Conversation.room).like(like), Conversation.address.like(like), said))
    rows = session.execute(query.order_by(last.id.desc()).limit(INBOX_LIMIT)).all()
    return [InboxRow(id=c.id, hotel_id=c.hotel_id, channel=c.channel, guest=guest_label(c), language=c.language,
                     room=c.room, handoff_active=c.handoff_active, owner=c.handoff_owner, waiting=_waiting(c),
                     last_text=(m.transcript or m.text or "")[:140], last_author=author_name(m.author),
                     last_at=m.created_at) for c, m in rows]


def languages_seen(session: Session, hotels: tuple[str, ...]) -> list[str]:
    return sorted(code for code in session.scalars(select(Conversation.language).distinct()
                                                   .where(Conversation.hotel_id.in_(hotels))) if code)


@dataclass
class TurnView:
    """How the concierge handled one guest message (agent.quality's record of the turn)."""

    brain: str
    outcome: str
    language: str
    skills: list[str] = field(default_factory=list)
    kb: list[str] = field(default_factory=list)


@dataclass
class ConversationView:
    conversation: Conversation
    guest: str
    messages: list[Message]
    waiting: bool
    reservations: list[Reservation] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    tickets: list[ServiceTicket] = field(default_factory=list)
    turns: dict[int, TurnView] = field(default_factory=dict)   # by the guest message's id


def conversation_view(session: Session, hotels: tuple[str, ...], conversation_id: int) -> ConversationView | None:
    """One conversation of `hotels` with its transcript and records; None if it is not theirs to see."""
    conversation = session.scalar(select(Conversation).where(Conversation.id == conversation_id,
                                                             Conversation.hotel_id.in_(hotels)))
    if conversation is None:
        return None
    messages = list(session.scalars(select(Message).where(Message.conversation_id == conversation.id)
                                    .order_by(Message.id)))
    return ConversationView(
        conversation=conversation, guest=guest_label(conversation), messages=messages,
        waiting=_waiting(conversation),
        reservations=list(session.scalars(select(Reservation).where(Reservation.conversation_id == conversation.id)
                                          .order_by(Reservation.id.desc()))),
        payments=list(session.scalars(select(Payment).where(Payment.conversation_id == conversation.id)
                                      .order_by(Payment.id.desc()))),
        leads=list(session.scalars(select(Lead).where(Lead.conversation_id == conversation.id)
                                   .order_by(Lead.id.desc()))),
        tickets=list(session.scalars(select(ServiceTicket).where(ServiceTicket.conversation_id == conversation.id)
                                     .order_by(ServiceTicket.id.desc()))),
        turns=_turns(session, conversation.id))


def _turns(session: Session, conversation_id: int) -> dict[int, TurnView]:
    turns: dict[int, TurnView] = {}
    by_record: dict[int, TurnView] = {}
    for record in session.scalars(select(TurnRecord).where(TurnRecord.conversation_id == conversation_id,
                                                           TurnRecord.message_id.is_not(None))):
        by_record[record.id] = turns[record.message_id] = TurnView(record.brain, record.outcome, record.language)
    if by_record:
        for item in session.scalars(select(TurnItem).where(TurnItem.turn_id.in_(by_record)).order_by(TurnItem.id)):
            (by_record[item.turn_id].skills if item.kind == "skill" else by_record[item.turn_id].kb).append(item.name)
    return turns


def latest_change(session: Session, hotels: tuple[str, ...], after: int) -> tuple[int, list[int]]:
    """The newest transcript id in `hotels`, and the conversations with lines after `after`."""
    rows = session.execute(select(Message.id, Message.conversation_id).join(Conversation)
                           .where(Conversation.hotel_id.in_(hotels), Message.id > after)
                           .order_by(Message.id.desc()).limit(500)).all()
    if not rows:
        return after, []
    return rows[0][0], sorted({c for _, c in rows})


def newest_id(session: Session, hotels: tuple[str, ...]) -> int:
    return session.scalar(select(func.max(Message.id)).join(Conversation)
                          .where(Conversation.hotel_id.in_(hotels))) or 0
