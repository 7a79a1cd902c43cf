"""The hotel's durable records. Every table carries `hotel_id`: one hub serves many hotels."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from core.messages import utcnow


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A moment in time, always handed back as an aware UTC datetime.

    SQLite keeps no zone and hands back naive values; written in UTC here, they
    are read back in UTC, so no caller has to patch zones on what it loads.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _created() -> Mapped[dt.datetime]:
    return mapped_column(UTCDateTime, default=utcnow)


class Guest(Base):
    """A person, identified by phone (E.164) or by a channel handle (`telegram:12345`)."""

    __tablename__ = "guests"
    __table_args__ = (UniqueConstraint("hotel_id", "identity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    identity: Mapped[str] = mapped_column(String(128))
    phone: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = _created()


class Conversation(Base):
    """One guest on one channel (or one `/api/chat` session): the unit of ordering and handoff."""

    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("hotel_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    key: Mapped[str] = mapped_column(String(200))            # "<channel>:<address>" or "api:<session>"
    guest_id: Mapped[int | None] = mapped_column(ForeignKey("guests.id"))
    channel: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(String(128))          # where replies go on that channel
    language: Mapped[str | None] = mapped_column(String(8))
    room: Mapped[str | None] = mapped_column(String(16))
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)   # dialogue slots across turns
    last_inbound_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)   # SMS STOP
    # Handoff to staff: decided here, never by a model.
    handoff_active: Mapped[bool] = mapped_column(Boolean, default=False)
    handoff_reason: Mapped[str | None] = mapped_column(Text)
    handoff_started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    handoff_owner: Mapped[str | None] = mapped_column(String(64))     # Slack user who took over
    handoff_slack_channel: Mapped[str | None] = mapped_column(String(64))
    handoff_thread_ts: Mapped[str | None] = mapped_column(String(32))
    handoff_acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    handoff_reminded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_staff_reply_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = _created()

    guest: Mapped[Guest | None] = relationship()


class Message(Base):
    """A transcript line: inbound or outbound, with its provider id and delivery status."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("channel", "direction", "provider_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    direction: Mapped[str] = mapped_column(String(8))          # "in" | "out"
    author: Mapped[str] = mapped_column(String(80))            # guest | bot | staff:<id> | system
    channel: Mapped[str] = mapped_column(String(32))
    provider_id: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    transcript: Mapped[str | None] = mapped_column(Text)
    media: Mapped[list[Any]] = mapped_column(JSON, default=list)
    audio_url: Mapped[str | None] = mapped_column(Text)
    # received | queued | sent | delivered | read | failed | undeliverable
    status: Mapped[str] = mapped_column(String(16), default="received")
    error: Mapped[str | None] = mapped_column(Text)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)     # staff `note:`
    # The approved WhatsApp template this message goes as outside the 24-hour window (a journey step's own).
    template: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Lead(Base):
    __tablename__ = "leads"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(32))
    check_in: Mapped[dt.date | None] = mapped_column(Date)
    check_out: Mapped[dt.date | None] = mapped_column(Date)
    room_code: Mapped[str | None] = mapped_column(String(16))
    guests: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="new", server_default="new")   # new contacted won lost
    created_at: Mapped[dt.datetime] = _created()


class Reservation(Base):
    """A booking made through the concierge: held while its deposit link is open, then confirmed."""

    __tablename__ = "reservations"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id"))
    room_code: Mapped[str] = mapped_column(String(16))
    check_in: Mapped[dt.date] = mapped_column(Date)            # first night
    check_out: Mapped[dt.date] = mapped_column(Date)           # departure day, not a night
    guests: Mapped[int] = mapped_column(Integer, default=1)
    # hold confirmed released cancelled; imported: a stay of the hotel's own export that a fee was paid for
    status: Mapped[str] = mapped_column(String(16), default="hold")
    hold_expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    nightly_rate_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[dt.datetime] = _created()


class Payment(Base):
    """A deposit link. The amount is computed from the hotel's rates, never taken from a model."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    reservation_id: Mapped[int] = mapped_column(ForeignKey("reservations.id"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    provider: Mapped[str] = mapped_column(String(16), default="demo")    # stripe | demo
    # deposit (a booking's), or a fee the guest accepted: early_check_in (a journey's offer)
    purpose: Mapped[str] = mapped_column(String(24), default="deposit", server_default="deposit")
    provider_session_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending")   # pending open paid expired failed
    created_at: Mapped[dt.datetime] = _created()
    paid_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    reservation: Mapped[Reservation] = relationship()


class ServiceTicket(Base):
    """Work for a department: towels, an order, a broken AC, a missed wake-up call."""

    __tablename__ = "service_tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    department: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))              # housekeeping room_service maintenance wake_up complaint
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    room: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="open")   # open accepted done escalated
    slack_channel: Mapped[str | None] = mapped_column(String(64))
    slack_ts: Mapped[str | None] = mapped_column(String(32))
    accepted_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = _created()
    accepted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class WakeUpCall(Base):
    __tablename__ = "wake_up_calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    room: Mapped[str | None] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)   # UTC instant
    local_time: Mapped[str] = mapped_column(String(32))                 # as the guest sees it
    status: Mapped[str] = mapped_column(String(16), default="scheduled")  # scheduled done failed cancelled
    job_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = _created()


class JourneyStep(Base):
    """One message of a guest's journey: planned from the reservations export, sent once at its time.

    `status`: scheduled → sending (claimed by one worker, its message recorded) → sent | failed | skipped
    (with `reason`), or cancelled (the stay was cancelled or left the export).
    """

    __tablename__ = "journey_steps"
    __table_args__ = (UniqueConstraint("hotel_id", "reservation", "step"),
                      Index("ix_journey_steps_status_due", "status", "due_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    reservation: Mapped[str] = mapped_column(String(64))
    step: Mapped[str] = mapped_column(String(64))
    # The stay as the export said when the step was (re)planned: what the message is written from.
    guest_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    room: Mapped[str | None] = mapped_column(String(16))
    arrival: Mapped[dt.date] = mapped_column(Date)
    departure: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(8))
    planned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)      # from the stay and the trigger (UTC)
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)          # when it goes: later if held for quiet hours
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    reason: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[str | None] = mapped_column(String(32))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    offer: Mapped[str | None] = mapped_column(String(24))             # what the sent message offered
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)   # the guest's yes to it
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = _created()


class JourneyHold(Base):
    """Why a guest's journey is on hold: the guest opted out (by identity) or staff paused it (by reservation).

    A hold is lifted, not deleted ("start", staff resume), so the record of who stopped what stays.
    """

    __tablename__ = "journey_holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))                    # opt_out | paused
    identity: Mapped[str | None] = mapped_column(String(128), index=True)   # guest identity (opt_out)
    reservation: Mapped[str | None] = mapped_column(String(64), index=True)  # paused by staff
    channel: Mapped[str | None] = mapped_column(String(32))
    words: Mapped[str | None] = mapped_column(Text)                  # what the guest wrote, or staff's note
    by: Mapped[str] = mapped_column(String(80), default="guest")      # guest | staff:<id>
    created_at: Mapped[dt.datetime] = _created()
    lifted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    lifted_by: Mapped[str | None] = mapped_column(String(80))


class Complaint(Base):
    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    category: Mapped[str] = mapped_column(String(32))          # maintenance noise service cleanliness billing other
    severity: Mapped[str] = mapped_column(String(16))          # low normal serious
    text: Mapped[str] = mapped_column(Text)
    room: Mapped[str | None] = mapped_column(String(16))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("service_tickets.id"))
    created_at: Mapped[dt.datetime] = _created()


class Feedback(Base):
    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = _created()


class ProcessedEvent(Base):
    """Provider event ids already acted on: the durable half of deduplication."""

    __tablename__ = "processed_events"
    __table_args__ = (UniqueConstraint("source", "event_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(32))
    event_id: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = _created()


class OutboxEffect(Base):
    """An effect (core/effects.py) written in the same transaction as the records that asked for it.

    Dispatching marks it (`dispatched_at`), so a worker killed between the commit and the enqueue leaves it
    waiting for the next run instead of losing it, and a second run does not send it again.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)   # whose turn, or reply
    effect: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = _created()
    dispatched_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)


class TurnRecord(Base):
    """One guest turn as analytics counts it: where, in which language, which brain, how it ended, its LLM cost.

    Written beside the transcript by `agent.quality` so reports are plain SQL over typed columns,
    not a walk over every message's trace.
    """

    __tablename__ = "turn_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))   # the guest's message
    channel: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    brain: Mapped[str] = mapped_column(String(16))        # offline | llm | guard (answered before any brain)
    # answered | not_sure | clarify (asked the guest to say more) | handoff | staff (staff own it) | guard
    outcome: Mapped[str] = mapped_column(String(16))
    voice: Mapped[bool] = mapped_column(Boolean, default=False)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[dt.datetime] = _created()

    __table_args__ = (Index("ix_turn_records_hotel_created", "hotel_id", "created_at"),)


class TurnItem(Base):
    """A skill a turn ran or a KB entry it answered from: what "top skills and entries" count."""

    __tablename__ = "turn_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turn_records.id", ondelete="CASCADE"), index=True)
    hotel_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8))          # skill | kb
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = _created()

    __table_args__ = (Index("ix_turn_items_hotel_created", "hotel_id", "created_at"),)


class KnowledgeGap(Base):
    """A guest turn the concierge could not serve from what it knows: what the Gaps page groups by meaning."""

    __tablename__ = "knowledge_gaps"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    kind: Mapped[str] = mapped_column(String(16))         # not_sure | clarification | handoff | low_rating
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    nearest: Mapped[list[Any]] = mapped_column(JSON, default=list)   # [{"entry": id, "score": cosine}], best first
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | answered | dismissed
    entry_id: Mapped[str | None] = mapped_column(String(120))       # the KB entry that now answers it
    created_at: Mapped[dt.datetime] = _created()

    __table_args__ = (Index("ix_knowledge_gaps_hotel_status", "hotel_id", "status", "created_at"),)


class KBVersion(Base):
    """One change to one KB entry made in the store (editor, import, revert); the newest row per entry wins
    over kb.yaml. The highest id per hotel is the version every process compares before a turn."""

    __tablename__ = "kb_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64))
    entry_id: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(16))       # create | edit | retire | revert | import
    entry: Mapped[dict[str, Any] | None] = mapped_column(JSON)   # the whole entry after the change; None: retired
    author: Mapped[str] = mapped_column(String(254))
    created_at: Mapped[dt.datetime] = _created()

    __table_args__ = (Index("ix_kb_versions_hotel_entry", "hotel_id", "entry_id", "id"),)


class Review(Base):
    """Staff's verdict on one bot reply: good or bad, and why; reviewed turns become the hotel's own eval set."""

    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("message_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hotel_id: Mapped[str] = mapped_column(String(64), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))     # the bot's reply
    verdict: Mapped[str] = mapped_column(String(8))       # good | bad
    reason: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(254))
    created_at: Mapped[dt.datetime] = _created()


class StaffAccount(Base):
    """A person who signs in to the console; `hotels` are the hotel ids they may see."""

    __tablename__ = "staff_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))              # front_desk | manager | admin
    hotels: Mapped[list[Any]] = mapped_column(JSON, default=list)
    password_hash: Mapped[str] = mapped_column(Text)          # Argon2id, encoded with its parameters
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = _created()
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class StaffSession(Base):
    """A signed-in browser: the cookie carries its signed id, so logout (or disabling the account) ends it."""

    __tablename__ = "staff_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)   # random, never reused
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_accounts.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = _created()
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    address: Mapped[str | None] = mapped_column(String(64))

    staff: Mapped[StaffAccount] = relationship()
