"""The front desk's jobs: handoff threads, staff replies to guests, service tickets, reminders, escalations.

Effect handlers (`on_*`, routed by `jobs.effects`) and the jobs the Slack
listeners enqueue (`staff_replied`, `button_pressed`, `command_issued`) load
what they need from the store, change it through `core.handoff`, and talk to
Slack through `channels.slack_desk.SlackDesk` and to guests through
`jobs.outbound.send_to_conversation`. State changes that two staff could race
on (give back, accept, done) are conditional updates: the guest hears once.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from agent.runtime import Runtime
from channels.slack_desk import (
    HandoffCard,
    SlackDesk,
    TicketCard,
    escape,
    handoff_message,
    plain_text,
    ticket_message,
)
from core import handoff, journeys
from core.conversations import record
from core.effects import HandoffStarted
from core.hotels import GuestRecord, Hotel
from core.i18n import catalog, say
from core.messages import utcnow
from core.store.models import Conversation, Guest, Message, Reservation, ServiceTicket
from jobs.context import runtime
from jobs.outbound import send_to_conversation
from jobs.queue import enqueue

log = logging.getLogger(__name__)

CHANNEL_NAMES = {"whatsapp": "WhatsApp", "twilio_whatsapp": "WhatsApp (Twilio)", "sms": "SMS",
                 "telegram": "Telegram", "api": "web chat", "web": "website chat"}
TRANSCRIPT_LINES = 12
# A missed wake-up call is the front desk's to handle by phone: the guest hears nothing about its ticket.
SILENT_TICKET_KINDS = {"wake_up"}
_NOTE = re.compile(r"^\s*note\s*:\s*", re.IGNORECASE)


_desks: WeakKeyDictionary[Runtime, SlackDesk] = WeakKeyDictionary()


def _desk(rt: Runtime) -> SlackDesk | None:
    """The Slack desk of this process, built once (a WebClient and its retry handlers), not per job."""
    if not rt.settings.slack_bot_token:
        log.warning("SLACK_BOT_TOKEN is not set: the front desk is not told in Slack")
        return None
    desk = _desks.get(rt)
    if desk is None:   # two threads may both build one: either serves
        desk = _desks[rt] = SlackDesk(rt.settings)
    return desk


def desk_channel(rt: Runtime, hotel: Hotel, department: str = "front_desk") -> str | None:
    return handoff.desk_channel(rt.settings, hotel, department)




def _staff(user: str) -> str:
    return f"staff:{user}"


# ---------------------------------------------------------------- who the guest is


def _guest_record(hotel: Hotel, conversation: Conversation) -> GuestRecord | None:
    guest = conversation.guest
    return hotel.guest_by_phone(guest.phone if guest else None)


def _handoff_card(hotel: Hotel, conversation: Conversation, released_by: str | None = None) -> HandoffCard:
    stay = _guest_record(hotel, conversation)
    name = (conversation.guest.name if conversation.guest else None) or (stay.name if stay else None) or "Guest"
    room = conversation.room or (stay.room if stay else None)
    if stay is not None:
        room = f"{room or '?'} ({stay.reservation})"
    channel = CHANNEL_NAMES.get(conversation.channel, conversation.channel)
    if conversation.channel != "api":
        channel += f" {conversation.address}"
    owner = conversation.handoff_owner.removeprefix("staff:") if conversation.handoff_owner else None
    return HandoffCard(conversation_id=conversation.id, guest=name, channel=channel,
                       language=conversation.language or "?", room=room,
                       reason=conversation.handoff_reason or "handed to staff", active=conversation.handoff_active,
                       owner=owner, released_by=released_by)


def _who(author: str) -> str:
    """A Slack user is mentioned; console staff (`staff:<email>`) are named by their email."""
    if author.startswith("staff:"):
        user = author.removeprefix("staff:")
        return escape(user) if "@" in user else f"<@{user}>"
    return {"guest": "Guest", "bot": "Concierge", "api": "The hotel's system (API)"}.get(author, author)


def _line(hotel: Hotel, message: Message) -> str:
    """One transcript line for Slack: time, who, and the words (a voice note's transcript)."""
    parts = [escape(message.text)] if message.text else []
    for media in message.media or []:
        kind = media.get("kind", "file")
        if kind not in ("voice", "audio"):
            parts.append(f"[{kind}]")
    if message.transcript or any(m.get("kind") in ("voice", "audio") for m in message.media or []):
        heard = f"_{escape(message.transcript)}_" if message.transcript else "(not transcribed)"
        parts.append(f":studio_microphone: voice note: {heard}")
    when = message.created_at.astimezone(hotel.tz).strftime("%H:%M")
    return f"`{when}` *{_who(message.author)}:* {' '.join(parts) or '(empty)'}"


# ---------------------------------------------------------------- handoff threads


def _handoff_key(conversation: Conversation) -> str:
    return f"{conversation.id}:{conversation.handoff_started_at.isoformat()}"


def _ensure_thread(rt: Runtime, desk: SlackDesk, conversation_id: int) -> tuple[Conversation | None, bool]:
    """The conversation's one thread, posted if it has none yet; returns (conversation, created now)."""
    with rt.state.lock(f"slack:thread:{conversation_id}", 30):
        with rt.db.session() as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is None or conversation.handoff_thread_ts:
                return conversation, False
            hotel = rt.hotel(conversation.hotel_id)
            channel = desk_channel(rt, hotel)
            text, blocks = handoff_message(_handoff_card(hotel, conversation))
            transcript = "\n".join(_line(hotel, m) for m in _before_handoff(session, conversation))
        if channel is None:
            raise RuntimeError(f"hotel {hotel.id} has no front_desk slack_channel and SLACK_STAFF_CHANNEL is unset")
        channel_id, ts = desk.post(channel, text, blocks)
        with rt.db.session() as session:
            conversation = session.get(Conversation, conversation_id)
            conversation.handoff_slack_channel, conversation.handoff_thread_ts = channel_id, ts
        if conversation.handoff_started_at is not None:
            rt.db.first_time("slack_handoff", _handoff_key(conversation))   # this handoff is announced
    desk.post(channel_id, "*Recent conversation*\n" + (transcript or "(nothing yet)"), thread_ts=ts)
    return conversation, True


def _before_handoff(session: Session, conversation: Conversation) -> list[Message]:
    """The recent transcript for a new thread, without the guest's later messages: their own posts follow."""
    rows = session.scalars(select(Message).where(Message.conversation_id == conversation.id,
                                                 Message.internal.is_(False))
                           .order_by(Message.id.desc()).limit(TRANSCRIPT_LINES)).all()
    started = conversation.handoff_started_at if conversation.handoff_started_at else None
    return [m for m in reversed(rows) if not (started and m.author == "guest" and m.created_at > started)]


def _refresh_header(rt: Runtime, desk: SlackDesk, conversation_id: int, released_by: str | None = None) -> None:
    with rt.db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        text, blocks = handoff_message(_handoff_card(rt.hotel(conversation.hotel_id), conversation, released_by))
    desk.update(conversation.handoff_slack_channel, conversation.handoff_thread_ts, text, blocks)


def _in_thread(desk: SlackDesk, conversation: Conversation, text: str, broadcast: bool = False) -> None:
    desk.post(conversation.handoff_slack_channel, text, thread_ts=conversation.handoff_thread_ts, broadcast=broadcast)


def on_handoff_started(effect: dict[str, Any]) -> None:
    """Open (or reopen) the conversation's thread and schedule the guest's reminder and the idle return."""
    rt = runtime()
    _return_when_idle(rt, effect["conversation_id"])
    desk = _desk(rt)
    if desk is None:
        return
    conversation, created = _ensure_thread(rt, desk, effect["conversation_id"])
    if conversation is None or not conversation.handoff_active:
        return
    if not created and rt.db.first_time("slack_handoff", _handoff_key(conversation)):
        _in_thread(desk, conversation, f":raising_hand: Handed to the front desk again: "
                                       f"{escape(conversation.handoff_reason or '')}", broadcast=True)
        _refresh_header(rt, desk, conversation.id)
    started = conversation.handoff_started_at
    enqueue("default", remind_handoff, conversation.id, started.isoformat(),
            job_id=f"handoff-reminder-{conversation.id}-{int(started.timestamp() * 1000)}",
            at=started + dt.timedelta(minutes=rt.settings.handoff_reminder_minutes))


def on_guest_message(effect: dict[str, Any]) -> None:
    """A guest wrote while staff own the conversation: their words go into the thread."""
    rt = runtime()
    desk = _desk(rt)
    if desk is None:
        return
    conversation, _created = _ensure_thread(rt, desk, effect["conversation_id"])
    if conversation is None:
        return
    with rt.db.session() as session:
        message = session.get(Message, effect["message_id"])
        line = _line(rt.hotel(conversation.hotel_id), message)
    _in_thread(desk, conversation, line)


def remind_handoff(conversation_id: int, started_at: str) -> None:
    """Nobody answered the guest in time: tell them once more that a person will, and nudge the desk."""
    rt = runtime()
    with rt.db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        if (conversation is None or not conversation.handoff_active or conversation.handoff_reminded_at
                or conversation.handoff_started_at.isoformat() != started_at):
            return
        if conversation.last_staff_reply_at and conversation.last_staff_reply_at >= conversation.handoff_started_at:
            return
        language = conversation.language or "en"
    send_to_conversation(conversation_id, say("handoff_reminder", language))
    with rt.db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        conversation.handoff_reminded_at = utcnow()
    desk = _desk(rt)
    if desk is not None and conversation.handoff_thread_ts:
        minutes = rt.settings.handoff_reminder_minutes
        _in_thread(desk, conversation, f"<!here> :alarm_clock: Nobody has answered for {minutes:g} minutes; "
                                       "the guest was told a colleague will reply soon.")


def _return_when_idle(rt: Runtime, conversation_id: int, after: dt.datetime | None = None) -> None:
    """Schedule the check that gives an unattended handoff back to the bot."""
    with rt.db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None or not conversation.handoff_active:
            return
        started = conversation.handoff_started_at
    due = (after or started) + dt.timedelta(minutes=rt.settings.handoff_idle_minutes)
    enqueue("default", return_idle_handoff, conversation_id, started.isoformat(),
            job_id=f"handoff-idle-{conversation_id}-{int(due.timestamp() * 1000)}", at=due)


def return_idle_handoff(conversation_id: int, started_at: str) -> None:
    """No staff reply for HANDOFF_IDLE_MINUTES: the bot answers the guest again, and staff find a note saying
    why. A staff reply meanwhile moves the check to that long after it."""
    rt = runtime()
    idle = dt.timedelta(minutes=rt.settings.handoff_idle_minutes)
    with rt.db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        if (conversation is None or not conversation.handoff_active
                or conversation.handoff_started_at.isoformat() != started_at):
            return   # given back already, or a later handoff with its own check
        last = max(conversation.handoff_started_at, conversation.last_staff_reply_at or conversation.handoff_started_at)
    if utcnow() - last < idle:
        _return_when_idle(rt, conversation_id, after=last)
        return
    give_back(conversation_id, "concierge", note=f"No staff reply for {idle.total_seconds() / 60:g} minutes: "
                                                 "the bot answers this guest again. Take over to answer them yourself.")


# ---------------------------------------------------------------- the lifecycle, wherever staff act
# Slack (buttons, thread replies, /concierge), the console (hub/console) and `POST /api/chat/{session}/release`
# all change a conversation through these, so it is taken or given back for everyone, and the guest hears
# the same words. The store and the guest come first; the Slack thread is told after (the console does that
# part as a job, so a slow Slack never holds a page).


@dataclass
class Taken:
    previous: str | None               # who had it before, if anyone
    effect: HandoffStarted | None      # set when this take started the handoff (no Slack thread yet)


def take_over(conversation_id: int, by: str) -> Taken | None:
    """`by` (`staff:<Slack user>` or `staff:<console email>`) owns the conversation; None if they already did."""
    with runtime().db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        previous = conversation.handoff_owner if conversation.handoff_active else None
        if previous == by:
            return None
        return Taken(previous, handoff.take(session, conversation, by))


def reply_as_staff(conversation_id: int, by: str, text: str) -> bool:
    """Staff's words go to the guest on their channel; a reply takes over if nobody owned the conversation.

    Returns whether it took over.
    """
    with runtime().db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        took_over = not conversation.handoff_active or conversation.handoff_owner is None
        if took_over:
            handoff.take(session, conversation, by)
        conversation.last_staff_reply_at = utcnow()
    send_to_conversation(conversation_id, text, author=by)
    return took_over


def add_note(conversation_id: int, by: str, text: str) -> None:
    """An internal note: in the transcript for colleagues, never sent to the guest."""
    with runtime().db.session() as session:
        record(session, session.get(Conversation, conversation_id), "out", by, text, internal=True)


def hand_back(conversation_id: int, by: str, note: str | None = None) -> bool:
    """Give a handed-off conversation back to the bot and tell the guest once; False: the bot already had it."""
    with runtime().db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        if note:
            record(session, conversation, "out", by, note, internal=True)
        told = handoff.release(session, conversation, by)
    if told is None:
        return False
    send_to_conversation(conversation_id, told)
    return True


def give_back(conversation_id: int, by: str, note: str | None = None) -> bool:
    """`hand_back`, then the thread says by whom (Slack button, `/concierge release`, `POST …/release`)."""
    if not hand_back(conversation_id, by, note):
        return False
    given_back_in_slack(conversation_id, by, note)
    return True


def _thread_of(rt: Runtime, conversation_id: int) -> tuple[SlackDesk, Conversation] | None:
    """The desk and the conversation, when Slack is set up and the conversation has a thread to write in."""
    desk = _desk(rt)
    if desk is None:
        return None
    with rt.db.session() as session:
        conversation = session.get(Conversation, conversation_id)
    if conversation is None or not conversation.handoff_thread_ts:
        return None
    return desk, conversation


def given_back_in_slack(conversation_id: int, by: str, note: str | None = None) -> None:
    rt = runtime()
    if (thread := _thread_of(rt, conversation_id)) is None:
        return
    desk, conversation = thread
    said = f" Note: {escape(note)}" if note else ""
    _in_thread(desk, conversation, f":robot_face: {_who(by)} gave the conversation back to the bot; "
                                   f"the guest was told.{said}")
    _refresh_header(rt, desk, conversation_id,
                    released_by=by.removeprefix("staff:") if by.startswith("staff:") else None)


def taken_in_slack(conversation_id: int, by: str, previous: str | None) -> None:
    """The thread says who took over (from whom) and its header shows them."""
    rt = runtime()
    if (thread := _thread_of(rt, conversation_id)) is None:
        return
    desk, conversation = thread
    note = f" from {_who(previous)}" if previous else ""
    _in_thread(desk, conversation, f":raising_hand: {_who(by)} took over{note}: replies in this thread go to the "
                                   "guest, the bot stays quiet.")
    _refresh_header(rt, desk, conversation_id)


def console_wrote_in_slack(conversation_id: int, by: str, text: str, internal: bool) -> None:
    """A reply or note written in the console, shown in the conversation's thread."""
    rt = runtime()
    if (thread := _thread_of(rt, conversation_id)) is None:
        return
    desk, conversation = thread
    how = ":memo: noted in the console" if internal else ":outbox_tray: replied from the console"
    _in_thread(desk, conversation, f"{how} by {_who(by)}: {escape(text)}")
    if not internal:
        _refresh_header(rt, desk, conversation_id)


def _release(desk: SlackDesk, conversation_id: int, user: str, channel: str) -> None:
    if not give_back(conversation_id, _staff(user)):
        desk.ephemeral(channel, user, "This conversation is already with the bot.")


def _take(conversation_id: int, user: str) -> None:
    taken = take_over(conversation_id, _staff(user))
    if taken is not None:
        taken_in_slack(conversation_id, _staff(user), taken.previous)


def staff_replied(reply: dict[str, Any]) -> None:
    """A staff reply in a handoff thread goes to the guest; a `note:` stays in the transcript only."""
    rt = runtime()
    if not rt.db.first_time("slack", reply["event_id"]):
        return   # Slack's retry of an event already acted on (the web side missed it: state expired)
    desk = _desk(rt)
    user, by = reply["user"], _staff(reply["user"])
    text = plain_text(reply["text"])
    note = _NOTE.match(text)
    with rt.db.session() as session:
        conversation_id = session.scalar(select(Conversation.id).where(
            Conversation.handoff_slack_channel == reply["channel"],
            Conversation.handoff_thread_ts == reply["thread_ts"]))
    if conversation_id is None:
        return   # a thread that is not a guest's
    took_over = False
    if note:
        add_note(conversation_id, by, text[note.end():])
    elif text:
        took_over = reply_as_staff(conversation_id, by, text)
    if desk is None:
        return
    if text:
        desk.react(reply["channel"], reply["ts"], "memo" if note else "outbox_tray")
    if reply.get("files"):
        desk.ephemeral(reply["channel"], user, "Attachments are not forwarded to the guest; only text is.",
                       thread_ts=reply["thread_ts"])
    if took_over:
        _refresh_header(rt, desk, conversation_id)


# ---------------------------------------------------------------- service tickets


def _ticket_card(rt: Runtime, session: Session, ticket: ServiceTicket, escalated: bool = False) -> TicketCard:
    hotel = rt.hotel(ticket.hotel_id)
    dept = hotel.department(ticket.department)
    conversation = session.get(Conversation, ticket.conversation_id) if ticket.conversation_id else None
    guest = "no guest on record"
    if conversation is not None:
        card = _handoff_card(hotel, conversation)
        guest = f"{card.guest} ({card.channel}, {card.language})"
    when = ticket.created_at.astimezone(hotel.tz).strftime("%a %d %b %H:%M")
    details = [f"{key.replace('_', ' ')}: {_describe(value)}" for key, value in (ticket.details or {}).items()]
    return TicketCard(ticket_id=ticket.id, department=dept.name if dept else ticket.department,
                      summary=ticket.summary, details=details, room=ticket.room, guest=guest, when=when,
                      status=ticket.status, accepted_by=ticket.accepted_by,
                      escalated_minutes=rt.settings.ticket_escalation_minutes if escalated else None)


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values())
    if isinstance(value, list):
        return ", ".join(_describe(v) for v in value)
    return str(value)


def on_ticket_created(effect: dict[str, Any]) -> None:
    """Post the ticket in its department's channel with Accept / Done, and schedule its escalation."""
    rt = runtime()
    desk = _desk(rt)
    if desk is None:
        return
    ticket_id = effect["ticket_id"]
    with rt.state.lock(f"slack:ticket:{ticket_id}", 30):
        with rt.db.session() as session:
            ticket = session.get(ServiceTicket, ticket_id)
            if ticket is None or ticket.slack_ts:
                return
            channel = desk_channel(rt, rt.hotel(ticket.hotel_id), ticket.department)
            text, blocks = ticket_message(_ticket_card(rt, session, ticket))
            due = ticket.created_at + dt.timedelta(minutes=rt.settings.ticket_escalation_minutes)
        if channel is None:
            raise RuntimeError(f"no Slack channel for ticket {ticket_id} ({ticket.department})")
        channel_id, ts = desk.post(channel, text, blocks)
        with rt.db.session() as session:
            ticket = session.get(ServiceTicket, ticket_id)
            ticket.slack_channel, ticket.slack_ts = channel_id, ts
    enqueue("default", escalate_ticket, ticket_id, job_id=f"ticket-escalation-{ticket_id}", at=due)


def escalate_ticket(ticket_id: int) -> None:
    """Nobody accepted the ticket in time: it moves to the front desk channel, with everyone there pinged."""
    rt = runtime()
    desk = _desk(rt)
    with rt.db.session() as session:
        moved = session.execute(update(ServiceTicket).where(ServiceTicket.id == ticket_id,
                                                            ServiceTicket.status == "open")
                                .values(status="escalated")).rowcount
        ticket = session.get(ServiceTicket, ticket_id)
        if not moved or desk is None:
            return
        session.refresh(ticket)
        text, blocks = ticket_message(_ticket_card(rt, session, ticket, escalated=True))
        front = desk_channel(rt, rt.hotel(ticket.hotel_id))
        old = (ticket.slack_channel, ticket.slack_ts)
    channel_id, ts = desk.post(front, text, blocks)
    with rt.db.session() as session:
        ticket = session.get(ServiceTicket, ticket_id)
        ticket.slack_channel, ticket.slack_ts = channel_id, ts
    if all(old):
        desk.update(*old, text=f"Escalated to the front desk: {desk.permalink(channel_id, ts)}", blocks=[])


def move_ticket(ticket_id: int, action: str, by: str) -> tuple[bool, ServiceTicket | None]:
    """Accept (`ticket_accept`) or finish (`ticket_done`) a ticket, from Slack or the console.

    A conditional update: of two staff pressing at once, one moves it. Returns (moved, the ticket after).
    `by` is a Slack user id or a console email.
    """
    now = utcnow()
    with runtime().db.session() as session:
        if action == "ticket_accept":
            change = (update(ServiceTicket).where(ServiceTicket.id == ticket_id,
                                                  ServiceTicket.status.in_(("open", "escalated")))
                      .values(status="accepted", accepted_by=by, accepted_at=now))
        else:
            change = (update(ServiceTicket).where(ServiceTicket.id == ticket_id, ServiceTicket.status != "done")
                      .values(status="done", done_at=now,
                              accepted_by=func.coalesce(ServiceTicket.accepted_by, by)))
        moved = bool(session.execute(change).rowcount)
        ticket = session.get(ServiceTicket, ticket_id)
        if ticket is not None:
            session.refresh(ticket)
        return moved, ticket


def ticket_moved_for_guest(ticket: ServiceTicket, action: str) -> None:
    """The guest hears that their request was taken, or is done (wake-up tickets stay silent)."""
    if ticket.conversation_id is None or ticket.kind in SILENT_TICKET_KINDS:
        return
    rt = runtime()
    with rt.db.session() as session:
        conversation = session.get(Conversation, ticket.conversation_id)
        language = (conversation.language if conversation else None) or "en"
    kind = ticket.kind
    if action == "ticket_accept":
        key = f"ticket_accepted_{kind}" if f"ticket_accepted_{kind}" in catalog() else "ticket_accepted"
        send_to_conversation(ticket.conversation_id, say(key, language))
    else:
        words = say("ticket_done", language)
        if rt.settings.ticket_done_feedback:
            words += " " + say("ticket_feedback_ask", language)
        send_to_conversation(ticket.conversation_id, words)


def ticket_in_slack(ticket_id: int) -> None:
    """The ticket's Slack message shows its status now (after a move made in the console, or in Slack)."""
    rt = runtime()
    desk = _desk(rt)
    with rt.db.session() as session:
        ticket = session.get(ServiceTicket, ticket_id)
        if desk is None or ticket is None or not ticket.slack_ts:
            return
        text, blocks = ticket_message(_ticket_card(rt, session, ticket))
    desk.update(ticket.slack_channel, ticket.slack_ts, text, blocks)


def _ticket_button(desk: SlackDesk, ticket_id: int, action: str, user: str, channel: str) -> None:
    moved, ticket = move_ticket(ticket_id, action, user)
    if ticket is None:
        return
    if not moved:
        desk.ephemeral(channel, user, f"Ticket #{ticket_id} is already {ticket.status}.")
        return
    ticket_in_slack(ticket_id)
    ticket_moved_for_guest(ticket, action)


def button_pressed(press: dict[str, Any]) -> None:
    """Take over / Give back on a handoff header, Accept / Done on a ticket."""
    rt = runtime()
    desk = _desk(rt)
    if desk is None or not press["value"].isdigit():
        return
    target, action, user = int(press["value"]), press["action"], press["user"]
    if action.startswith("ticket_"):
        _ticket_button(desk, target, action, user, press["channel"])
        return
    with rt.db.session() as session:
        conversation = session.get(Conversation, target)
        if conversation is None or (conversation.handoff_slack_channel, conversation.handoff_thread_ts) != (
                press["channel"], press["message_ts"]):
            return   # a button that is not on this conversation's thread header
    if action == "handoff_take":
        _take(target, user)
    else:
        _release(desk, target, user, press["channel"])


def on_staff_notice(effect: dict[str, Any]) -> None:
    """Tell staff something that is not a ticket: in the guest's thread if there is one, else the channel."""
    rt = runtime()
    desk = _desk(rt)
    if desk is None:
        return
    hotel = rt.hotel(effect["hotel_id"])
    text = f":information_source: {escape(effect['text'])}"
    conversation = None
    if effect.get("conversation_id"):
        with rt.db.session() as session:
            conversation = session.get(Conversation, effect["conversation_id"])
            if conversation is not None and not conversation.handoff_thread_ts:
                card = _handoff_card(hotel, conversation)
                text += f"\n_Guest: {escape(card.guest)} · {card.channel} · conversation #{conversation.id}_"
    if conversation is not None and conversation.handoff_thread_ts:
        _in_thread(desk, conversation, text, broadcast=True)
        return
    channel = desk_channel(rt, hotel, effect.get("department") or "front_desk")
    if channel is None:
        log.warning("staff notice for %s not posted: no Slack channel: %s", hotel.id, effect["text"])
        return
    desk.post(channel, text)


# ---------------------------------------------------------------- /concierge


def find_conversation(session: Session, hotel: Hotel, ref: str) -> Conversation | None:
    """The latest conversation of the guest a room number or reservation code names.

    The phone on the reservation decides; a room a guest merely named in chat ("to room 214") counts only when
    no conversation has that phone, so nobody can draw the desk's messages to a room by claiming it.
    """
    key = ref.strip().lstrip("#").lower()
    reservation = session.scalar(select(Reservation).where(Reservation.hotel_id == hotel.id,
                                                           func.lower(Reservation.code) == key))
    if reservation is not None and reservation.conversation_id:
        return session.get(Conversation, reservation.conversation_id)
    today = hotel.now().date()
    stays = sorted((g for g in hotel.guests if key in (g.reservation.lower(), (g.room or "").lower())),
                   key=lambda g: not (g.arrival <= today < g.departure))   # in-house guests first
    phones = [g.phone for g in stays if g.phone]
    latest = (Conversation.last_inbound_at.desc().nulls_last(), Conversation.id.desc())
    if phones:
        booked = session.scalar(select(Conversation).join(Guest, Conversation.guest_id == Guest.id)
                                .where(Conversation.hotel_id == hotel.id, Guest.phone == phones[0])
                                .order_by(*latest).limit(1))
        if booked is not None:
            return booked
    return session.scalar(select(Conversation).where(Conversation.hotel_id == hotel.id, Conversation.room == key)
                          .order_by(*latest).limit(1))


def command_issued(command: dict[str, Any]) -> None:
    """`/concierge status [<room or reservation>] | send <room or reservation> <text> |
    release [<room or reservation>] | pause|resume <room or reservation>`."""
    rt = runtime()
    desk = _desk(rt)
    if desk is None:
        return
    hotel = rt.hotel(command["hotel_id"])
    user, channel, verb = command["user"], command["channel"], command["verb"]
    if verb in ("pause", "resume") or (verb == "status" and command["args"]):
        desk.ephemeral(channel, user, _journey(rt, hotel, verb, command["args"], _staff(user)))
        return
    if verb == "status":
        desk.ephemeral(channel, user, _status(rt, desk, hotel))
        return
    ref, _, text = command["args"].partition(" ")
    with rt.db.session() as session:
        if verb == "release" and not ref:
            conversation = session.scalar(select(Conversation).where(
                Conversation.handoff_slack_channel == channel, Conversation.handoff_thread_ts == command["thread_ts"]))
        else:
            conversation = find_conversation(session, hotel, ref)
        if conversation is not None and verb == "send":
            conversation.last_staff_reply_at = utcnow()
        card = _handoff_card(hotel, conversation) if conversation is not None else None
    if conversation is None:
        desk.ephemeral(channel, user, f"No guest conversation found for `{escape(ref or 'this thread')}`.")
        return
    if verb == "release":
        _release(desk, conversation.id, user, channel)
        return
    text = plain_text(text)
    send_to_conversation(conversation.id, text, author=_staff(user))
    if conversation.handoff_thread_ts:
        _in_thread(desk, conversation, f":outbox_tray: <@{user}> sent with /concierge: {escape(text)}")
    desk.ephemeral(channel, user, f"Sent to {escape(card.guest)} on {card.channel}.")


def _journey(rt: Runtime, hotel: Hotel, verb: str, ref: str, by: str) -> str:
    """A guest's journey for staff: its steps (status), or held or resumed first (pause, resume)."""
    stay = journeys.stay_for(hotel, ref)
    if stay is None:
        return f"No reservation found for `{escape(ref)}`."
    with rt.db.session() as session:
        if verb == "pause":
            journeys.pause(session, hotel.id, stay.reservation, by)
        elif verb == "resume":
            journeys.resume(session, hotel.id, stay.reservation, by)
        lines = journeys.journey_lines(session, hotel, stay.reservation)
    head = f"*Journey of {escape(stay.name)}* ({stay.reservation}, room {escape(stay.room or '?')})"
    return "\n".join([head, *(f"• {escape(line)}" for line in lines or ["no messages planned"])])


def _status(rt: Runtime, desk: SlackDesk, hotel: Hotel) -> str:
    """Open handoffs and tickets, each with a link to its Slack message (asked after the store is let go)."""
    with rt.db.session() as session:
        handoffs = session.scalars(select(Conversation).where(Conversation.hotel_id == hotel.id,
                                                              Conversation.handoff_active.is_(True))
                                   .order_by(Conversation.handoff_started_at).limit(20)).all()
        tickets = session.scalars(select(ServiceTicket).where(
            ServiceTicket.hotel_id == hotel.id, ServiceTicket.status.in_(("open", "accepted", "escalated")))
            .order_by(ServiceTicket.created_at).limit(20)).all()
        rows: list[tuple[str, str | None, str | None, str]] = [(f"*Handed to staff ({len(handoffs)})*", None, None, "")]
        for conversation in handoffs:
            card = _handoff_card(hotel, conversation)
            owner = f"with <@{card.owner}>" if card.owner else "*nobody has taken it*"
            rows.append((f"• {escape(card.guest)} · {card.channel} · room {escape(card.room or '?')} · {owner}",
                         conversation.handoff_slack_channel, conversation.handoff_thread_ts, "thread"))
        rows.append((f"*Open tickets ({len(tickets)})*", None, None, ""))
        for ticket in tickets:
            by = f" by <@{ticket.accepted_by}>" if ticket.accepted_by else ""
            rows.append((f"• #{ticket.id} {escape(ticket.department)} · room {escape(ticket.room or '?')} · "
                         f"{escape(ticket.summary[:80])} · {ticket.status}{by}",
                         ticket.slack_channel, ticket.slack_ts, "message"))
    return "\n".join(line + (f" · <{desk.permalink(channel, ts)}|{label}>" if channel and ts else "")
                     for line, channel, ts, label in rows)
