"""Guest journeys: plan each reservation's steps as store rows, send each once at its time, record why not.

`tick` (every TICK, on RQ's scheduler or a timer in embedded mode) reads the
reservations export, writes the plan (a changed stay moves its scheduled
steps, a cancelled one cancels them), settles steps a dead worker left, and
books the steps due soon as jobs. `run_step` claims its row by a conditional
update (scheduled → sending) and records the message in the same transaction,
so across restarts and any number of workers a step is sent once: a re-run
finds its message already recorded and only finishes delivering it, through
`jobs.outbound.deliver` (idempotent, under the conversation's outbox lock).

Channel rules: the step's channels in order, the first that reaches the
guest; WhatsApp outside the 24-hour window only as the step's approved
template (Meta name or Twilio Content SID), else not at all; SMS STOP and any
opt-out or staff pause skip the step, each with its reason on the row.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent.runtime import Runtime
from channels import adapter_for
from core import journeys
from core.conversations import open_conversation, record, within_window
from core.hotels import GuestRecord, Hotel, HotelError, load_hotel
from core.hotels import JourneyStep as StepDefinition
from core.messages import Channel, WhatsAppTemplate, utcnow
from core.store.models import Conversation, JourneyStep, Message
from jobs.context import runtime
from jobs.outbound import WINDOWED, deliver
from jobs.queue import enqueue, stable_id
from skills.formatting import long_date, money, to_minor

log = logging.getLogger(__name__)

QUEUE = "default"
TICK = dt.timedelta(minutes=15)
HORIZON = 2 * TICK            # steps due this soon are booked as jobs; the next ticks book the rest
STUCK = dt.timedelta(minutes=10)   # a step `sending` this long lost its worker: its job runs again
SENT = {"sent", "delivered", "read"}


# ---------------------------------------------------------------- planning


def tick() -> None:
    """Plan from the export, settle what a dead worker left, book what is due soon, and come back in TICK."""
    rt = runtime()
    now = utcnow()
    for hotel in current_hotels(rt).values():
        if hotel.journeys.steps:
            sync(rt, hotel, now)
    recover(rt, now)
    book_due(rt, now)
    slot = dt.datetime.fromtimestamp((now.timestamp() // TICK.total_seconds() + 1) * TICK.total_seconds(), dt.UTC)
    enqueue(QUEUE, tick, job_id=stable_id("journey-tick", slot.isoformat()), at=slot)


_folders: dict[Path, tuple[float, Hotel]] = {}


def current_hotels(rt: Runtime) -> dict[str, Hotel]:
    """The runtime's hotels, each with the reservations export as it is on disk now (re-read when it changed)."""
    hotels = dict(rt.hotels)
    root = Path(rt.settings.hotels_dir)
    folders = [root] if (root / "hotel.yaml").exists() else sorted(p for p in root.glob("*") if
                                                                   (p / "hotel.yaml").exists())
    for folder in folders:
        try:
            mtime = (folder / "hotel.yaml").stat().st_mtime
            cached = _folders.get(folder)
            if cached is None or cached[0] != mtime:
                _folders[folder] = cached = (mtime, load_hotel(folder))
        except (OSError, HotelError) as exc:
            log.error("journeys: %s not re-read, planning from the export loaded at start: %s", folder, exc)
            continue
        if cached[1].id in hotels:
            hotels[cached[1].id] = hotels[cached[1].id].model_copy(update={"guests": cached[1].guests})
    return hotels


def sync(rt: Runtime, hotel: Hotel, now: dt.datetime | None = None) -> None:
    """Make the store's plan match the export: new steps, moved steps, cancelled stays (safe in many workers)."""
    for attempt in range(3):
        try:
            with rt.db.session() as session:
                _sync(session, hotel, now or utcnow())
            return
        except IntegrityError:   # another worker inserted the same steps a moment ago: merge with theirs
            if attempt == 2:
                raise


def _sync(session: Session, hotel: Hotel, now: dt.datetime) -> None:
    stays = {g.reservation: g for g in hotel.guests}
    rows = {(r.reservation, r.step): r for r in
            session.scalars(select(JourneyStep).where(JourneyStep.hotel_id == hotel.id))}
    planned = set()
    for stay in hotel.guests:
        if stay.status != "confirmed":
            continue
        for definition in hotel.journeys.steps:
            due = journeys.due_at(hotel, stay, definition)
            planned.add((stay.reservation, definition.id))
            row = rows.get((stay.reservation, definition.id))
            if row is None:
                row = JourneyStep(hotel_id=hotel.id, reservation=stay.reservation, step=definition.id,
                                  status="scheduled", planned_at=due, due_at=due, attempts=0)
                session.add(row)
            elif row.status not in ("scheduled", "cancelled"):
                continue   # sent, skipped, failed or being sent: history stays as it happened
            elif row.status == "cancelled" or row.planned_at != due:
                was = row.planned_at.astimezone(hotel.tz).strftime("%Y-%m-%d %H:%M")
                row.reason = f"rescheduled from {was} (the stay changed)" if row.status == "scheduled" else \
                    "planned again (the stay is confirmed again)"
                row.status, row.planned_at, row.due_at = "scheduled", due, due
            _copy_stay(row, stay)
    for key, row in rows.items():
        if key not in planned and row.status == "scheduled":
            stay = stays.get(row.reservation)
            row.status, row.finished_at = "cancelled", now
            row.reason = ("the stay was cancelled" if stay is not None and stay.status == "cancelled" else
                          "the reservation is no longer in the export" if stay is None else
                          "the hotel removed this step from its journey")
    session.flush()


def _copy_stay(row: JourneyStep, stay: GuestRecord) -> None:
    row.guest_name, row.phone, row.room = stay.name, stay.phone, stay.room
    row.arrival, row.departure, row.language = stay.arrival, stay.departure, stay.language


def book_due(rt: Runtime, now: dt.datetime | None = None, horizon: dt.timedelta = HORIZON) -> int:
    """Book a job for every scheduled step due within `horizon` (by id: booking twice is a no-op)."""
    now = now or utcnow()
    with rt.db.session() as session:
        due = session.execute(select(JourneyStep.id, JourneyStep.due_at).where(
            JourneyStep.status == "scheduled", JourneyStep.due_at <= now + horizon)).all()
    for step_id, due_at in due:
        _book(step_id, due_at, now)
    return len(due)


def _book(step_id: int, due_at: dt.datetime, now: dt.datetime) -> None:
    due = due_at.isoformat()
    enqueue(QUEUE, run_step, step_id, due, job_id=stable_id("journey", f"{step_id}:{due}"),
            at=due_at if due_at > now else None, retry_intervals=runtime().settings.outbound_retry_seconds)


def recover(rt: Runtime, now: dt.datetime | None = None, stuck: dt.timedelta = STUCK) -> int:
    """Run again the steps a dead worker left `sending` (their message is recorded: it goes once); `concierge
    worker` calls this at start with `stuck` zero, the tick with STUCK."""
    now = now or utcnow()
    with rt.db.session() as session:
        left = session.execute(select(JourneyStep.id, JourneyStep.due_at, JourneyStep.attempts).where(
            JourneyStep.status == "sending", JourneyStep.claimed_at <= now - stuck)).all()
    for step_id, due_at, attempts in left:
        enqueue(QUEUE, run_step, step_id, due_at.isoformat(),
                job_id=stable_id("journey-again", f"{step_id}:{attempts}:{now.isoformat()}"),
                retry_intervals=rt.settings.outbound_retry_seconds)
    return len(left)


# ---------------------------------------------------------------- sending


@dataclass
class _Route:
    channel: Channel
    address: str
    conversation: Conversation | None
    template: WhatsAppTemplate | None = None


def run_step(step_id: int, due_iso: str) -> None:
    """Send one step if it is still due as booked; the claim makes a second worker (or a re-run) a no-op."""
    rt = runtime()
    now = utcnow()
    with rt.db.session() as session:
        step = session.get(JourneyStep, step_id)
        if step is None:
            return
        if step.status == "scheduled" and step.due_at.isoformat() == due_iso:
            if step.due_at > now + dt.timedelta(seconds=1):   # booked early (another clock): book again
                _book(step.id, step.due_at, now)
                return
            claimed = session.execute(
                update(JourneyStep).where(JourneyStep.id == step_id, JourneyStep.status == "scheduled",
                                          JourneyStep.due_at == step.due_at)
                .values(status="sending", claimed_at=now, attempts=JourneyStep.attempts + 1)
                .execution_options(synchronize_session=False)).rowcount
            if not claimed:
                return
            session.refresh(step)
            _prepare(rt, session, step, now)
        if step.status != "sending" or step.message_id is None:
            return
        message_id = step.message_id
    deliver(message_id)   # a failure that may pass raises: RQ runs this job again, which resumes here
    settle(rt, step_id)


def _prepare(rt: Runtime, session: Session, step: JourneyStep, now: dt.datetime) -> None:
    """Decide, in the claim's transaction: skip (saying why), wait out quiet hours, or record the message."""
    hotel = rt.hotel(step.hotel_id)
    definition = hotel.journeys.step(step.step)
    if definition is None:
        return _finish(step, "skipped", "the hotel's journey no longer has this step", now)
    late = now - step.due_at
    if late > dt.timedelta(hours=definition.expires_after_hours):
        return _finish(step, "skipped", f"missed by {late.total_seconds() / 3600:.1f} h (the hub was down, or the "
                                        f"stay came into the export after it): not sent late", now)
    local = now.astimezone(hotel.tz)
    after_quiet = hotel.journeys.quiet_hours.end_after(local)
    if after_quiet != local:   # running late into the night: wait for the morning
        step.status, step.due_at = "scheduled", after_quiet.astimezone(dt.UTC)
        step.reason = f"held for quiet hours until {after_quiet.strftime('%Y-%m-%d %H:%M')}"
        session.flush()
        _book(step.id, step.due_at, now)
        return None
    stay = GuestRecord(reservation=step.reservation, name=step.guest_name or "", phone=step.phone, room=step.room,
                       arrival=step.arrival, departure=step.departure, language=step.language)
    conversations = journeys.linked_conversations(session, hotel.id, stay)
    hold = journeys.active_hold(session, hotel.id, step.reservation, journeys.guest_identities(stay, conversations))
    if hold is not None:
        why = (f"paused by {hold.by}" if hold.kind == "paused" else
               f"the guest opted out on {hold.channel} (\u201c{hold.words}\u201d)")
        return _finish(step, "skipped", why, now)
    if any(c.opted_out for c in conversations):
        return _finish(step, "skipped", "the guest opted out of SMS (STOP)", now)
    language = next((c.language for c in conversations if c.language), None) or step.language or \
        hotel.default_language
    route, why_not = _route(rt, hotel, definition, stay, conversations, language)
    if route is None:
        return _finish(step, "skipped", why_not, now)
    conversation = route.conversation or open_conversation(session, hotel.id, route.channel, route.address,
                                                           sender=stay.phone, sender_name=stay.name)
    fields = _fields(hotel, stay, language)
    text = definition.text_in(language, hotel.default_language)[1].format(**fields)
    message = record(session, conversation, "out", "bot", text, status="queued")
    message.template = route.template.model_dump() if route.template else None
    step.channel, step.conversation_id, step.message_id = route.channel.value, conversation.id, message.id
    step.offer = definition.offer   # a "yes" in this conversation opens it (core.journeys.open_offer)
    session.flush()
    return None


def _route(rt: Runtime, hotel: Hotel, definition: StepDefinition, stay: GuestRecord,
           conversations: list[Conversation], language: str) -> tuple[_Route | None, str]:
    """The first of the step's channels that reaches the guest now, or why none does."""
    reasons: list[str] = []
    for name in definition.channels:
        why = f"no Telegram chat linked to {stay.reservation}" if name == "telegram" else \
            f"no {name} for this guest (no phone, or the hub has no {name} number)"
        for channel in _providers(name):
            if not _configured(rt, hotel, channel):
                continue
            chat = next((c for c in conversations if c.channel == channel.value), None)
            address = chat.address if chat is not None else None if channel is Channel.TELEGRAM else stay.phone
            if address is None:
                continue
            if channel.value not in WINDOWED or (chat is not None and within_window(chat)):
                return _Route(channel, address, chat), ""
            template = _template(definition, channel, language, _fields(hotel, stay, language))
            if template is not None:
                return _Route(channel, address, chat, template), ""
            why = (f"outside WhatsApp's 24-hour window and the step has no approved template for "
                   f"{'Meta' if channel is Channel.WHATSAPP else 'Twilio'}")
        reasons.append(why)
    return None, "no reachable channel: " + "; ".join(reasons)


def _configured(rt: Runtime, hotel: Hotel, channel: Channel) -> bool:
    """The hub can send on `channel` for this hotel (Twilio: a number for that channel, not just an account)."""
    if not adapter_for(channel).configured(rt.settings, hotel):
        return False
    number = {Channel.SMS: rt.settings.twilio_sms_number, Channel.TWILIO_WHATSAPP: rt.settings.twilio_whatsapp_number}
    return channel not in number or bool(number[channel] or hotel.channels.twilio_numbers)


def _providers(name: str) -> tuple[Channel, ...]:
    """A journey's channel name → the hub's channels that carry it, preferred first."""
    return {"whatsapp": (Channel.WHATSAPP, Channel.TWILIO_WHATSAPP), "sms": (Channel.SMS,),
            "telegram": (Channel.TELEGRAM,)}[name]


def _template(definition: StepDefinition, channel: Channel, language: str,
              fields: dict[str, str]) -> WhatsAppTemplate | None:
    ref = definition.whatsapp_template
    if ref is None:
        return None
    params = [fields[p] for p in ref.params]
    if channel is Channel.WHATSAPP:
        if not ref.name:
            return None
        return WhatsAppTemplate(name=ref.name, language=language if language in ref.languages else ref.languages[0],
                                params=params)
    sid = ref.content_sids.get(language) or next(iter(ref.content_sids.values()), None)
    return WhatsAppTemplate(content_sid=sid, params=params) if sid else None


def _fields(hotel: Hotel, stay: GuestRecord, language: str) -> dict[str, str]:
    """What a step's message may name, in the guest's language."""
    early, late = hotel.times.early_check_in, hotel.times.late_check_out
    fee = lambda offer: money(to_minor(offer.fee, hotel.currency), hotel.currency) if offer else ""  # noqa: E731
    return {"name": stay.name, "first_name": stay.first_name, "room": stay.room or "",
            "reservation": stay.reservation, "hotel": hotel.name,
            "arrival": long_date(stay.arrival, language, weekday=True),
            "departure": long_date(stay.departure, language, weekday=True),
            "check_in": hotel.times.check_in, "check_out": hotel.times.check_out,
            "early_check_in_from": (early.from_ or "") if early else "", "early_check_in_fee": fee(early),
            "late_check_out_until": (late.until or "") if late else "", "late_check_out_fee": fee(late),
            "hotel_phone": hotel.contact.phone, "website": hotel.contact.website,
            "address": hotel.address.full}


def _finish(step: JourneyStep, status: str, reason: str | None, now: dt.datetime) -> None:
    step.status, step.reason, step.finished_at = status, reason, now
    if status in ("skipped", "failed"):
        log.info("journey step %s (%s, %s) %s: %s", step.id, step.reservation, step.step, status, reason)


def settle(rt: Runtime, step_id: int) -> str:
    """The step's final status from its message's (sent, failed, or undeliverable = skipped with why)."""
    with rt.db.session() as session:
        step = session.get(JourneyStep, step_id)
        if step is None or step.status != "sending" or step.message_id is None:
            return step.status if step else "gone"
        message = session.get(Message, step.message_id)
        if message.status in SENT:
            _finish(step, "sent", None, utcnow())
        elif message.status in ("failed", "undeliverable"):
            _finish(step, "failed" if message.status == "failed" else "skipped", message.error, utcnow())
        return step.status


# ---------------------------------------------------------------- what staff see


def steps_of(session: Session, hotel_id: str, reservation: str) -> list[JourneyStep]:
    return list(session.scalars(select(JourneyStep).where(JourneyStep.hotel_id == hotel_id,
                                                          JourneyStep.reservation == reservation)
                                .order_by(JourneyStep.due_at)))


def start(rt: Runtime) -> None:
    """At process start (`concierge worker`, embedded `serve`): re-run what a dead worker left mid-send, then
    tick, which plans, books what is due soon and books the next tick."""
    recover(rt, stuck=dt.timedelta(0))
    tick()
