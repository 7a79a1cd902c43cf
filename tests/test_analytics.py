"""Analytics on a small fixed week whose every figure was worked out by hand, on both stores."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from core import analytics
from core.store.models import (
    Conversation,
    Feedback,
    Lead,
    Message,
    Payment,
    Reservation,
    ServiceTicket,
    TurnItem,
    TurnRecord,
)

H = "harbor-view"
SINCE, UNTIL = dt.datetime(2026, 12, 1, tzinfo=dt.UTC), dt.datetime(2026, 12, 8, tzinfo=dt.UTC)


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11 if day > 20 else 12, day, hour, minute, second, tzinfo=dt.UTC)


def seed(session) -> None:
    """Four conversations in the week (one more before it), tickets, ratings, leads and deposits."""
    def conversation(key, channel, language):
        row = Conversation(hotel_id=H, key=key, channel=channel, address=key, language=language, created_at=at(1, 0))
        session.add(row)
        session.flush()
        return row

    def turn(conv, when, outcome, *, skills=(), kb=(), brain="offline", voice=False, cost=0.0):
        guest = Message(conversation_id=conv.id, direction="in", author="guest", channel=conv.channel, text="q",
                        created_at=when)
        session.add(guest)
        session.flush()
        record = TurnRecord(hotel_id=H, conversation_id=conv.id, message_id=guest.id, channel=conv.channel,
                            language=conv.language, brain=brain, outcome=outcome, voice=voice, cost_usd=cost,
                            created_at=when)
        session.add(record)
        session.flush()
        session.add_all([TurnItem(turn_id=record.id, hotel_id=H, kind="skill", name=s, created_at=when)
                         for s in skills] + [TurnItem(turn_id=record.id, hotel_id=H, kind="kb", name=k,
                                                      created_at=when) for k in kb])
        if outcome != "staff":
            session.add(Message(conversation_id=conv.id, direction="out", author="bot", channel=conv.channel,
                                text="a", created_at=when + dt.timedelta(seconds=1)))

    c1 = conversation("telegram:1", "telegram", "en")
    turn(c1, at(1, 10), "answered", skills=["search_kb"], kb=["wifi"])
    turn(c1, at(1, 10, 5), "answered", skills=["search_kb"], kb=["wifi"])
    c2 = conversation("whatsapp:2", "whatsapp", "es")
    turn(c2, at(2, 9), "not_sure", skills=["search_kb"])
    turn(c2, at(2, 9, 1), "handoff", skills=["handoff_to_staff"])
    session.add_all([Message(conversation_id=c2.id, direction="out", author="staff:U1", channel="whatsapp",
                             text="Hola", created_at=at(2, 9, 11)),
                     Message(conversation_id=c2.id, direction="out", author="staff:U1", channel="whatsapp",
                             text="note", internal=True, created_at=at(2, 9, 5))])
    c3 = conversation("telegram:3", "telegram", "es")
    turn(c3, at(3, 8), "answered", skills=["search_kb"], kb=["breakfast"], brain="llm", voice=True, cost=0.004)
    turn(c3, at(3, 8, 2), "answered", skills=["search_kb"], kb=["breakfast"], brain="llm", cost=0.002)
    c4 = conversation("api:4", "api", "en")
    turn(c4, at(4, 12), "guard")
    turn(c4, at(4, 12, 1), "staff")
    c5 = conversation("telegram:5", "telegram", "en")   # the week before: counts nowhere
    turn(c5, at(30, 12), "not_sure", skills=["search_kb"])

    def ticket(department, created, accepted=None, done=None):
        session.add(ServiceTicket(hotel_id=H, department=department, kind="x", summary="s", created_at=created,
                                  status="done" if done else "accepted" if accepted else "open",
                                  accepted_at=created + dt.timedelta(seconds=accepted) if accepted else None,
                                  done_at=created + dt.timedelta(seconds=done) if done else None))

    ticket("housekeeping", at(1, 10), accepted=300, done=1800)
    ticket("housekeeping", at(2, 10), accepted=900)
    ticket("maintenance", at(3, 10))
    ticket("maintenance", at(30, 10), accepted=60, done=60)
    session.add_all(Feedback(hotel_id=H, rating=r, created_at=when)
                    for r, when in ((5, at(1, 9)), (4, at(2, 9)), (1, at(3, 9)), (2, at(30, 9))))

    def lead(created, payment_status=None, paid_at=None, amount=0):
        row = Lead(hotel_id=H, name="g", created_at=created)
        session.add(row)
        session.flush()
        if payment_status:
            reservation = Reservation(hotel_id=H, code=f"R{row.id}", lead_id=row.id, room_code="K",
                                      check_in=dt.date(2027, 1, 1), check_out=dt.date(2027, 1, 3),
                                      nightly_rate_minor=amount, currency="EUR")
            session.add(reservation)
            session.flush()
            session.add(Payment(hotel_id=H, reservation_id=reservation.id, amount_minor=amount, currency="EUR",
                                idempotency_key=f"k{row.id}", status=payment_status, paid_at=paid_at))

    lead(at(1, 11), "paid", at(3, 12), 15000)
    lead(at(2, 11), "open")
    lead(at(3, 11))
    lead(at(25, 11), "paid", at(4, 12), 9000)   # a lead from before, whose deposit came in this week


@pytest.fixture
def figures(any_db) -> analytics.Figures:
    with any_db.session() as session:
        seed(session)
    with any_db.session() as session:
        return analytics.compute(session, H, SINCE, UNTIL)


def test_conversations_turns_and_messages(figures):
    assert (figures.conversations, figures.turns, figures.messages, figures.guest_messages) == (4, 8, 16, 8)
    assert figures.daily == [("2026-12-01", 1, 2), ("2026-12-02", 1, 2), ("2026-12-03", 1, 2), ("2026-12-04", 1, 2)]


def test_automation_handoffs_and_not_sure(figures):
    assert figures.automation_rate == 0.5          # c2 was handed off, staff owned c4
    assert (figures.handoffs, figures.handoff_rate) == (1, 0.25)
    assert figures.seconds_to_first_staff_reply == pytest.approx(600, abs=0.01)   # the note does not count
    assert figures.not_sure_rate == pytest.approx(1 / 6)    # guard and staff turns are not the bot's
    assert (figures.voice_notes, figures.voice_share) == (1, 1 / 8)


def test_llm_cost_per_conversation_that_used_it(figures):
    assert figures.llm_conversations == 1
    assert figures.llm_cost_usd == pytest.approx(0.006) and figures.llm_cost_per_conversation == pytest.approx(0.006)


def test_top_skills_and_entries(figures):
    assert figures.top_skills == [("search_kb", 5), ("handoff_to_staff", 1)]
    assert figures.top_entries == [("breakfast", 2), ("wifi", 2)]


def test_by_channel_and_language(figures):
    channels = {s.name: (s.conversations, s.turns, s.messages, s.automation_rate, s.handoff_rate, s.not_sure_rate)
                for s in figures.by_channel}
    assert [s.name for s in figures.by_channel] == ["telegram", "api", "whatsapp"]
    assert channels == {"telegram": (2, 4, 8, 1.0, 0.0, 0.0), "whatsapp": (1, 2, 5, 0.0, 1.0, 0.5),
                        "api": (1, 2, 3, 0.0, 0.0, None)}
    languages = {s.name: (s.conversations, s.turns, s.messages, s.automation_rate, s.handoff_rate, s.not_sure_rate)
                 for s in figures.by_language}
    assert languages == {"en": (2, 4, 7, 0.5, 0.0, 0.0), "es": (2, 4, 9, 0.5, 0.5, 0.25)}


def test_tickets_by_department(figures):
    [housekeeping, maintenance] = figures.departments
    assert (housekeeping.name, housekeeping.tickets, housekeeping.accepted, housekeeping.done) == (
        "housekeeping", 2, 2, 1)
    assert housekeeping.seconds_to_accept == pytest.approx(600, abs=0.01)
    assert housekeeping.seconds_to_done == pytest.approx(1800, abs=0.01)
    assert (maintenance.tickets, maintenance.accepted, maintenance.seconds_to_accept) == (1, 0, None)


def test_ratings_leads_and_deposits(figures):
    assert (figures.ratings, figures.csat) == (3, 2 / 3)
    assert figures.average_rating == pytest.approx(10 / 3)
    assert (figures.leads, figures.leads_converted, figures.conversion_rate) == (3, 1, 1 / 3)
    assert (figures.paid_deposits, figures.revenue_minor) == (2, {"EUR": 24000})


def test_an_empty_period_has_no_rates_rather_than_zeros(any_db):
    with any_db.session() as session:
        empty = analytics.compute(session, H, SINCE, UNTIL)
    assert (empty.conversations, empty.automation_rate, empty.csat, empty.seconds_to_first_staff_reply) == (
        0, None, None, None)


def test_csv_has_one_figure_per_row(figures):
    rows = list(csv.DictReader(io.StringIO(analytics.to_csv(figures))))
    by = {(r["figure"], r["segment"]): r["value"] for r in rows}
    assert by[("conversations", "")] == "4" and by[("automation_rate", "")] == "0.5"
    assert by[("by_channel.messages", "whatsapp")] == "5" and by[("revenue_minor", "EUR")] == "24000"
    assert by[("top_entries", "wifi")] == "2" and by[("departments.seconds_to_accept", "maintenance")] == ""
    assert {r["hotel"] for r in rows} == {H}
