"""What reaches staff and what staff send: guest words never ping a Slack channel, and `/concierge send <room>`
goes to the phone on the reservation, not to whoever last claimed the room in chat (issue 10, smaller items)."""

from __future__ import annotations

import datetime as dt

from channels.slack_desk import HandoffCard, TicketCard, handoff_message, ticket_message
from core.conversations import open_conversation, record
from core.messages import Channel
from jobs.staff import find_conversation

MARIA = "+14155550123"   # reservation HV-1042, room 214


def test_guest_words_in_a_handoff_notification_cannot_ping_the_channel():
    card = HandoffCard(conversation_id=1, guest="<!channel> Eve", channel="Telegram 42", language="en", room=None,
                       reason="guest asked for a person: <!channel> <!here> <@U0BOSS> free rooms at <http://x|x>",
                       active=True, owner=None)
    text, _blocks = handoff_message(card)
    assert "<!" not in text and "<@" not in text and "<http" not in text
    assert "&lt;!channel&gt;" in text


def test_guest_words_in_a_ticket_notification_cannot_ping_the_channel():
    card = TicketCard(ticket_id=7, department="Housekeeping", summary="Room 214: <!channel> towels", details=[],
                      room="<!here>", guest="Eve", when="now", status="open")
    text, _blocks = ticket_message(card)
    assert "<!" not in text


def test_send_to_a_room_goes_to_the_phone_on_its_reservation_not_to_whoever_claimed_it(db, hotel):
    with db.session() as session:
        maria = open_conversation(session, hotel.id, Channel.SMS, MARIA, sender=MARIA)
        record(session, maria, "in", "guest", "hi")
        maria.last_inbound_at -= dt.timedelta(hours=2)
        stranger = open_conversation(session, hotel.id, Channel.TELEGRAM, "999", sender="999")
        stranger.room = "214"   # "bring it to room 214", written later by someone else
        record(session, stranger, "in", "guest", "towels to room 214 please")
        maria_id = maria.id

    with db.session() as session:
        assert find_conversation(session, hotel, "214").id == maria_id
        assert find_conversation(session, hotel, "HV-1042").id == maria_id


def test_a_room_without_a_reservation_conversation_falls_back_to_the_room_named_in_chat(db, hotel):
    with db.session() as session:
        walk_in = open_conversation(session, hotel.id, Channel.TELEGRAM, "555", sender="555")
        walk_in.room = "402"
        record(session, walk_in, "in", "guest", "I'm in 402")
        walk_in_id = walk_in.id
    with db.session() as session:
        assert find_conversation(session, hotel, "402").id == walk_in_id
        assert find_conversation(session, hotel, "999") is None
