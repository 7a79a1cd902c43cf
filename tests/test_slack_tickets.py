"""Service tickets in the departments' Slack channels, and the `/concierge` command staff type.

A ticket is what a skill records (towels, an order, a broken AC); here it is
written to the store as the skill would, and its `TicketCreated` effect goes
through the real effect dispatch, RQ and slack_sdk to the fake Slack.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core import handoff
from core.conversations import open_conversation, record
from core.effects import TicketCreated
from core.i18n import say
from core.messages import Channel
from core.store.models import Conversation, Message, ServiceTicket
from jobs.effects import dispatch
from tests.fakes.slack import CHANNELS, running_hub
from tests.test_slack import CHAT, blocks_text, buttons, telegram_texts

HOUSEKEEPING, FRONT_DESK = CHANNELS["housekeeping"], CHANNELS["front-desk"]


@pytest.fixture
def hub(db, hotel):
    with running_hub(db, hotel) as hub:
        yield hub


def ana(hub, language: str = "es", room: str | None = "214") -> int:
    """Ana's Telegram conversation (she told the concierge her room)."""
    with hub.runtime.db.session() as session:
        conversation = open_conversation(session, "harbor-view", Channel.TELEGRAM, CHAT, sender=CHAT,
                                         sender_name="Ana García")
        conversation.language, conversation.room = language, room
        return conversation.id


def ticket(hub, department: str = "housekeeping", kind: str = "housekeeping", summary: str = "2 extra towels",
           details: dict | None = None, conversation_id: int | None = None, room: str | None = "214") -> int:
    """A ticket as the housekeeping skill records it, and its effect dispatched; returns the ticket id."""
    with hub.runtime.db.session() as session:
        row = ServiceTicket(hotel_id="harbor-view", conversation_id=conversation_id, department=department, kind=kind,
                            summary=summary, details=details or {"items": [{"item": "towels", "quantity": 2}]},
                            room=room)
        session.add(row)
        session.flush()
        ticket_id = row.id
    dispatch([TicketCreated(ticket_id=ticket_id)])
    hub.jobs.work()
    return ticket_id


def stored(hub, ticket_id: int) -> ServiceTicket:
    with hub.runtime.db.session() as session:
        return session.get(ServiceTicket, ticket_id)


def ephemerals(hub) -> list[str]:
    return [c.args["text"] for c in hub.slack.calls_to("chat.postEphemeral")]


# --- tickets -------------------------------------------------------------------------------------


def test_a_ticket_is_posted_in_its_departments_channel_with_what_where_when_for_whom_and_buttons(hub):
    ticket_id = ticket(hub, conversation_id=ana(hub))

    post, = hub.slack.posts("housekeeping")
    shown = blocks_text(post)
    for fact in ("Housekeeping", "2 extra towels", "214", "Ana García", "Telegram", f"#{ticket_id}", "towels 2"):
        assert fact in shown
    assert buttons(post) == {"ticket_accept": str(ticket_id), "ticket_done": str(ticket_id)}
    row = stored(hub, ticket_id)
    assert (row.slack_channel, row.slack_ts, row.status) == (HOUSEKEEPING, post["ts"], "open")
    (_job, when), = hub.jobs.scheduled("escalate_ticket")
    assert abs((when - row.created_at.replace(tzinfo=when.tzinfo)).total_seconds() - 15 * 60) < 1


def test_a_ticket_effect_delivered_twice_posts_once(hub):
    ticket_id = ticket(hub)
    dispatch([TicketCreated(ticket_id=ticket_id)])
    hub.jobs.work()

    assert len(hub.slack.posts("housekeeping")) == 1


def test_accept_tells_the_guest_housekeeping_is_on_the_way_once_even_if_two_colleagues_press_it(hub):
    ticket_id = ticket(hub, conversation_id=ana(hub))
    post, = hub.slack.posts("housekeeping")

    hub.click("ticket_accept", ticket_id, HOUSEKEEPING, post["ts"])
    hub.click("ticket_accept", ticket_id, HOUSEKEEPING, post["ts"], user="U0BORIS")
    hub.jobs.work()

    assert telegram_texts(hub) == [say("ticket_accepted_housekeeping", "es")]
    row = stored(hub, ticket_id)
    assert (row.status, row.accepted_by) == ("accepted", "U0ANNA") and row.accepted_at is not None
    updated, = hub.slack.posts("housekeeping")
    assert "Accepted by <@U0ANNA>" in blocks_text(updated) and buttons(updated) == {"ticket_done": str(ticket_id)}
    assert ephemerals(hub) == [f"Ticket #{ticket_id} is already accepted."]


def test_done_tells_the_guest_and_asks_for_a_rating(hub):
    ticket_id = ticket(hub, conversation_id=ana(hub, language="fr"))
    post, = hub.slack.posts("housekeeping")

    hub.click("ticket_done", ticket_id, HOUSEKEEPING, post["ts"])
    hub.jobs.work()

    assert telegram_texts(hub) == [say("ticket_done", "fr") + " " + say("ticket_feedback_ask", "fr")]
    assert stored(hub, ticket_id).status == "done" and buttons(hub.slack.posts("housekeeping")[0]) == {}


def test_done_without_the_rating_question_when_the_hotel_turns_it_off(db, hotel):
    with running_hub(db, hotel, ticket_done_feedback=False) as hub:
        ticket_id = ticket(hub, conversation_id=ana(hub, language="de"))
        hub.click("ticket_done", ticket_id, HOUSEKEEPING, hub.slack.posts("housekeeping")[0]["ts"])
        hub.jobs.work()
        assert telegram_texts(hub) == [say("ticket_done", "de")]


def test_a_missed_wake_up_call_goes_to_the_front_desk_and_the_sleeping_guest_hears_nothing(hub):
    ticket_id = ticket(hub, department="front_desk", kind="wake_up", summary="Wake-up call at 06:45 not answered",
                       details={"at": "06:45"}, conversation_id=ana(hub))
    post, = hub.slack.posts("front-desk")
    hub.click("ticket_accept", ticket_id, FRONT_DESK, post["ts"])
    hub.jobs.work()

    assert stored(hub, ticket_id).status == "accepted" and telegram_texts(hub) == []


def test_a_service_booking_accepted_tells_the_guest_it_is_being_arranged_not_that_someone_is_coming(hub):
    ticket_id = ticket(hub, department="front_desk", kind="service_booking",
                       summary="shuttle-booking · 2026-11-22 · 06:30 · 3 people",
                       details={"entry": "shuttle-booking", "day": "2026-11-22", "time": "06:30", "party": 3},
                       conversation_id=ana(hub, language="ja"))
    post, = hub.slack.posts("front-desk")
    assert "06:30" in blocks_text(post)
    hub.click("ticket_accept", ticket_id, FRONT_DESK, post["ts"])
    hub.jobs.work()

    assert telegram_texts(hub) == [say("ticket_accepted_service_booking", "ja")]


def test_a_ticket_nobody_accepts_in_time_is_escalated_to_the_front_desk(hub):
    ticket_id = ticket(hub, conversation_id=ana(hub))
    original, = hub.slack.posts("housekeeping")

    assert hub.jobs.time_passes("escalate_ticket") == 1

    row = stored(hub, ticket_id)
    escalated, = hub.slack.posts("front-desk")
    assert row.status == "escalated" and (row.slack_channel, row.slack_ts) == (FRONT_DESK, escalated["ts"])
    assert "<!here> Not accepted within 15 minutes" in blocks_text(escalated)
    assert buttons(escalated) == {"ticket_accept": str(ticket_id), "ticket_done": str(ticket_id)}
    moved, = hub.slack.posts("housekeeping")
    assert moved["blocks"] == [] and "Escalated to the front desk" in moved["text"]

    hub.click("ticket_accept", ticket_id, FRONT_DESK, escalated["ts"])
    hub.jobs.work()
    assert stored(hub, ticket_id).status == "accepted"
    assert telegram_texts(hub) == [say("ticket_accepted_housekeeping", "es")]


def test_an_accepted_ticket_is_not_escalated(hub):
    ticket_id = ticket(hub)
    hub.click("ticket_accept", ticket_id, HOUSEKEEPING, hub.slack.posts("housekeeping")[0]["ts"])
    hub.jobs.work()

    hub.jobs.time_passes("escalate_ticket")

    assert stored(hub, ticket_id).status == "accepted" and hub.slack.posts("front-desk") == []


def test_two_colleagues_accepting_on_postgresql_still_tell_the_guest_once(postgres_db, hotel):
    with running_hub(postgres_db, hotel) as hub:
        ticket_id = ticket(hub, conversation_id=ana(hub))
        post, = hub.slack.posts("housekeeping")
        hub.click("ticket_accept", ticket_id, HOUSEKEEPING, post["ts"])
        hub.click("ticket_accept", ticket_id, HOUSEKEEPING, post["ts"], user="U0BORIS")
        hub.jobs.work()
        assert telegram_texts(hub) == [say("ticket_accepted_housekeeping", "es")]


# --- /concierge --------------------------------------------------------------------------------------


def test_status_lists_open_handoffs_and_tickets_with_links(hub):
    conversation_id = ana(hub, room=None)
    with hub.runtime.db.session() as session:
        dispatch([handoff.start(session.get(Conversation, conversation_id), reason="complaint: noise")])
    ticket(hub, conversation_id=conversation_id)
    done = ticket(hub, summary="Turndown")
    hub.click("ticket_done", done, HOUSEKEEPING, hub.slack.posts("housekeeping")[-1]["ts"])
    hub.jobs.work()

    assert hub.command("status").status_code == 200
    hub.jobs.work()

    status, = ephemerals(hub)
    assert "*Handed to staff (1)*" in status and "Ana García" in status and "nobody has taken it" in status
    assert "*Open tickets (1)*" in status and "2 extra towels" in status and "Turndown" not in status
    assert status.count("https://harbor-view.slack.com/archives/") == 2


def test_send_by_room_reaches_the_guest_on_their_channel_and_the_transcript_says_who(hub):
    ana(hub, room="214")

    hub.command("send 214 Su taxi está en la puerta.")
    hub.jobs.work()

    assert telegram_texts(hub) == ["Su taxi está en la puerta."]
    with hub.runtime.db.session() as session:
        sent = session.scalars(select(Message).where(Message.author == "staff:U0ANNA")).one()
        assert sent.status == "sent"
    assert ephemerals(hub) == [f"Sent to Ana García on Telegram {CHAT}."]


def test_send_by_reservation_code_finds_the_guests_latest_conversation_by_phone(hub):
    with hub.runtime.db.session() as session:   # Maria Gonzalez (HV-1042, +14155550123) wrote via the web chat
        older = open_conversation(session, "harbor-view", Channel.API, "old-session", sender="+14155550123")
        latest = open_conversation(session, "harbor-view", Channel.API, "new-session", sender="+14155550123")
        record(session, older, "in", "guest", "hello")
        record(session, latest, "in", "guest", "hello again")
        latest_id = latest.id

    hub.command("send hv-1042 Your room is ready.")
    hub.jobs.work()

    with hub.runtime.db.session() as session:
        sent = session.scalars(select(Message).where(Message.author == "staff:U0ANNA")).one()
        assert (sent.conversation_id, sent.text) == (latest_id, "Your room is ready.")
    assert ephemerals(hub) == ["Sent to Maria Gonzalez on web chat."]


def test_send_to_an_unknown_room_says_so(hub):
    hub.command("send 999 Hello")
    hub.jobs.work()

    assert ephemerals(hub) == ["No guest conversation found for `999`."]
    assert telegram_texts(hub) == []


def test_release_by_room_gives_the_conversation_back_to_the_bot(hub):
    conversation_id = ana(hub, room="214")
    with hub.runtime.db.session() as session:
        dispatch([handoff.start(session.get(Conversation, conversation_id), reason="guest asked for a person")])
    hub.jobs.work()

    hub.command("release 214")
    hub.jobs.work()

    with hub.runtime.db.session() as session:
        assert not session.get(Conversation, conversation_id).handoff_active
    assert telegram_texts(hub) == [say("handoff_released", "es")]


@pytest.mark.parametrize("text", ["", "help", "send 214", "release", "dance"])
def test_anything_else_gets_the_usage_at_once_and_no_job(hub, text):
    response = hub.command(text)

    assert response.status_code == 200 and "/concierge status" in response.text
    assert hub.jobs.pending() == 0


def test_commands_outside_the_staff_channels_are_not_obeyed(hub):
    ana(hub, room="214")
    response = hub.command("send 214 hi", channel=CHANNELS["random"])

    assert response.status_code == 200 and "staff channels only" in response.text
    assert hub.jobs.pending() == 0
