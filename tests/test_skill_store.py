"""The records skills write read back the same on SQLite (embedded) and PostgreSQL (production)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.conversations import open_conversation, record
from core.store import (
    Complaint,
    Conversation,
    Database,
    Feedback,
    Guest,
    Lead,
    Message,
    Payment,
    ProcessedEvent,
    Reservation,
    ServiceTicket,
    WakeUpCall,
)
from skills import complaints, create_lead, feedback, room_service, wake_up_call
from skills.base import SkillContext
from skills.inventory import rooms_free
from skills.room_service import OrderLine
from tests.conftest import NOON, KeywordKB

KENJI = "+819012345678"


def _ctx(hotel, session: Session, conversation: Conversation) -> SkillContext:
    return SkillContext(hotel=hotel, session=session, conversation=conversation, language="en", now=NOON,
                        kb=KeywordKB(hotel.kb), sender=KENJI)


def test_every_record_type_is_written_and_read_back(any_db: Database):
    with any_db.session() as session:
        conversation = open_conversation(session, "harbor-view", "whatsapp", KENJI, sender=KENJI,
                                         sender_name="Kenji")
        conversation.state = {"booking": {"check_in": "2027-03-10"}}
        record(session, conversation, "in", "guest", "hello", provider_id="wamid.1")
        lead = Lead(hotel_id="harbor-view", conversation_id=conversation.id, name="Kenji Tanaka",
                    email="kenji@example.com", check_in=dt.date(2027, 3, 10), check_out=dt.date(2027, 3, 12))
        session.add(lead)
        session.flush()
        reservation = Reservation(hotel_id="harbor-view", code="HV-T1", conversation_id=conversation.id,
                                  lead_id=lead.id, room_code="KS", check_in=dt.date(2027, 3, 10),
                                  check_out=dt.date(2027, 3, 12), status="hold",
                                  hold_expires_at=dt.datetime(2027, 1, 1, 12, tzinfo=dt.UTC),
                                  nightly_rate_minor=32900, currency="USD")
        session.add(reservation)
        session.flush()
        ticket = ServiceTicket(hotel_id="harbor-view", conversation_id=conversation.id, department="maintenance",
                               kind="maintenance", summary="AC", details={"severity": "normal"}, room="305")
        session.add_all([ticket, Payment(hotel_id="harbor-view", reservation_id=reservation.id, amount_minor=19740,
                                         currency="USD", idempotency_key="res-HV-T1")])
        session.flush()
        session.add_all([
            Complaint(hotel_id="harbor-view", conversation_id=conversation.id, category="maintenance",
                      severity="normal", text="AC broken", room="305", ticket_id=ticket.id),
            WakeUpCall(hotel_id="harbor-view", conversation_id=conversation.id, room="305",
                       at=dt.datetime(2026, 11, 23, 14, 45, tzinfo=dt.UTC), local_time="2026-11-23 06:45"),
            Feedback(hotel_id="harbor-view", conversation_id=conversation.id, rating=2, comment="noisy",
                     flagged=True),
        ])
    assert any_db.first_time("telegram", "update-1") and not any_db.first_time("telegram", "update-1")

    with any_db.session() as session:
        conversation = session.scalar(select(Conversation))
        assert conversation.state == {"booking": {"check_in": "2027-03-10"}}
        assert session.scalar(select(Guest)).name == "Kenji"
        assert session.scalar(select(Message)).provider_id == "wamid.1"
        assert session.scalar(select(Lead)).check_out == dt.date(2027, 3, 12)
        hold = session.scalar(select(Reservation))
        assert hold.hold_expires_at.replace(tzinfo=hold.hold_expires_at.tzinfo or dt.UTC) == dt.datetime(
            2027, 1, 1, 12, tzinfo=dt.UTC)
        assert session.scalar(select(Payment)).amount_minor == 19740
        assert session.scalar(select(ServiceTicket)).details == {"severity": "normal"}
        assert session.scalar(select(Complaint)).ticket_id is not None
        call = session.scalar(select(WakeUpCall))
        assert call.at.replace(tzinfo=call.at.tzinfo or dt.UTC) == dt.datetime(2026, 11, 23, 14, 45, tzinfo=dt.UTC)
        assert session.scalar(select(Feedback)).flagged is True
        assert session.scalar(select(ProcessedEvent)).event_id == "update-1"


def test_skills_write_their_records_on_both_stores(any_db: Database, hotel):
    with any_db.session() as session:
        conversation = open_conversation(session, hotel.id, "api", "store-skills", sender=KENJI)
        first = _ctx(hotel, session, conversation)
        placed = room_service.run(first, room_service.Args(items=[OrderLine(item_id="harbor-burger")]))
        changed = room_service.run(_ctx(hotel, session, conversation),
                                   room_service.Args(items=[OrderLine(item_id="chocolate-lava-cake")]))
        assert changed.data["ticket_id"] == placed.data["ticket_id"]
        complaints.run(_ctx(hotel, session, conversation), complaints.Args(text="The AC is broken"))
        wake_up_call.run(_ctx(hotel, session, conversation), wake_up_call.Args(time="06:45"))
        wake_up_call.run(_ctx(hotel, session, conversation), wake_up_call.Args(time="06:45"))
        feedback.run(_ctx(hotel, session, conversation), feedback.Args(rating=1))
        create_lead.run(_ctx(hotel, session, conversation), create_lead.Args(name="Kenji Tanaka",
                                                                             email="kenji@example.com"))
    with any_db.session() as session:
        assert session.query(ServiceTicket).count() == 2
        order = session.get(ServiceTicket, placed.data["ticket_id"])
        assert order.details["total_minor"] == 3600 and len(order.details["changes"]) == 1
        assert session.query(WakeUpCall).count() == 1
        assert session.scalar(select(Complaint)).category == "maintenance"
        assert session.scalar(select(Feedback)).flagged
        assert session.scalar(select(Lead)).phone == KENJI
        state = session.scalar(select(Conversation).where(Conversation.key == "api:store-skills")).state
        assert state["room_service"]["ticket_id"] == order.id


def test_hold_expiry_is_compared_as_an_instant_on_both_stores(any_db: Database, hotel):
    now = dt.datetime(2027, 1, 1, 12, tzinfo=dt.UTC)
    with any_db.session() as session:
        for i, minutes in enumerate((-1, 1)):
            session.add(Reservation(hotel_id=hotel.id, code=f"HV-H{i}", room_code="KS", status="hold",
                                    check_in=dt.date(2027, 3, 10), check_out=dt.date(2027, 3, 12),
                                    hold_expires_at=now + dt.timedelta(minutes=minutes),
                                    nightly_rate_minor=32900, currency="USD"))
    with any_db.session() as session:
        assert rooms_free(hotel, session, "KS", dt.date(2027, 3, 10), dt.date(2027, 3, 12), now=now) == 5
