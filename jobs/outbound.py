"""Every message to a guest goes out here: recorded first, then delivered by the job that wrote it (a turn's
replies, `deliver_now`) or as a job of its own (`deliver`: staff's, payments', and any retry).

A delivery job sends, in order, the conversation's replies still waiting up to
its own (under the conversation's outbox lock), so two workers never swap a
guest's replies. Sends are retried with backoff (RQ `Retry`); a provider's
429 `Retry-After` postpones the next attempt. A reply that still fails ends
`failed` in the transcript and in RQ's failed registry, and staff are told.
On WhatsApp, outside the 24-hour window a reply goes as the hotel's approved
template, or is recorded `undeliverable` and staff are told: never silently.

Delivery is idempotent, so jobs may repeat: a row is claimed (`queued` →
`sending`, one conditional UPDATE) before the provider is called, and only the
claimer sends it. A worker killed mid-send leaves its claim, taken over once
older than the outbox lock's window (a live sender holds that lock, renewed).
The one gap no provider lets us close: a worker killed after the provider
accepted a message but before its row is marked `sent` sends it again.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from redis.exceptions import LockError, LockNotOwnedError
from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from agent.runtime import Runtime
from channels import adapter_for
from channels.base import DeliveryError, PermanentDeliveryError
from core.conversations import record, within_window
from core.effects import StaffNotice, stage
from core.messages import Channel, OutboundMessage, utcnow
from core.metrics import REPLIES_OUT
from core.store.models import Conversation, Message
from jobs.context import runtime
from jobs.effects import dispatch_outbox
from jobs.queue import enqueue, retries_left

log = logging.getLogger(__name__)

WINDOWED = {Channel.WHATSAPP.value, Channel.TWILIO_WHATSAPP.value}   # WhatsApp's 24-hour customer-service window
WAITING = ("queued", "sending")   # not yet sent; `sending` is claimed (see `_claim`)
_ASK = object()   # a reply's quote not known to the caller: the one `queue_delivery` remembered


def send_to_conversation(conversation_id: int, text: str, *, author: str = "bot", audio_url: str | None = None,
                         quote_provider_id: str | None = None) -> int | None:
    """Record a message to the guest and queue its delivery; returns its transcript id (None: no such conversation).

    `api` conversations have no provider: the message is simply `sent` and `GET /api/chat/{session}` lists it.
    """
    rt = runtime()
    with rt.db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            log.warning("no conversation %s to send to", conversation_id)
            return None
        api = conversation.channel == Channel.API.value
        message = record(session, conversation, "out", author, text, status="sent" if api else "queued",
                         audio_url=audio_url)
    if not api:
        queue_delivery(message.id, quote_provider_id)
    return message.id


def queue_delivery(message_id: int, quote_provider_id: str | None = None,
                   retry_intervals: list[int] | None = None, at: dt.datetime | None = None) -> None:
    """Deliver the recorded message `message_id` as a job on the `outbound` queue (safe to repeat)."""
    rt = runtime()
    if quote_provider_id:
        rt.state.set_json(f"quote:{message_id}", quote_provider_id, rt.settings.dedupe_ttl_seconds)
    plan = rt.settings.outbound_retry_seconds if retry_intervals is None else retry_intervals
    enqueue("outbound", deliver, message_id, retry_intervals=plan, at=at)


def resume_deliveries(rt: Runtime, statuses: tuple[str, ...] = WAITING) -> int:
    """At start, queue again the replies a dead process left: in embedded mode every one not sent (its
    in-process job ended with the process), for a worker those it had claimed (`sending`: RQ retries an
    abandoned job only minutes later). Deliveries are idempotent, so one that did go out is not sent twice."""
    with rt.db.session() as session:
        waiting = list(session.scalars(select(Message.id).where(Message.direction == "out",
                                                                Message.status.in_(statuses)).order_by(Message.id)))
    for message_id in waiting:
        queue_delivery(message_id)
    return len(waiting)


def deliver(message_id: int) -> None:
    """Send this conversation's waiting replies up to `message_id`, oldest first."""
    rt = runtime()
    with rt.db.session() as session:
        message = session.get(Message, message_id)
        if message is None or message.status not in WAITING:
            return
        conversation_id = message.conversation_id
    with rt.state.lock(f"outbox:{conversation_id}", rt.settings.conversation_lock_seconds) as held:
        for waiting in _waiting(rt, conversation_id, message_id):
            try:
                claimed = _send(rt, waiting, held=held)
            except DeliveryError as exc:
                if waiting == message_id:
                    _retry_or_fail(rt, message_id, exc)
                    return
                if retries_left() > 0:
                    raise   # keep the guest's order: the earlier reply goes first, this job tries again later
                # Last attempt: the earlier reply's own job decides its fate; this one goes out.
            else:
                if not claimed and waiting == message_id:
                    _again_when_stale(rt, message_id)


def deliver_now(rt: Runtime, conversation_id: int, message_ids: list[int],
                quote_provider_id: str | None = None) -> None:
    """Send a turn's replies from the job that wrote them: no job of their own, no wait behind other guests' turns.

    The same order and claims as `deliver`. This is the delivery's first attempt: if the provider refuses for
    now, the rest of the plan goes as a `deliver` job after the first pause (or the provider's `Retry-After`);
    an outbox another worker holds past the lock's window sends them as a `deliver` job too.
    """
    if not message_ids:
        return
    quotes = dict.fromkeys(message_ids, quote_provider_id)
    try:
        with rt.state.lock(f"outbox:{conversation_id}", rt.settings.conversation_lock_seconds) as held:
            for waiting in _waiting(rt, conversation_id, message_ids[-1]):
                if not _send(rt, waiting, held=held, quote=quotes.get(waiting, _ASK)) and waiting in quotes:
                    _again_when_stale(rt, waiting)
    except DeliveryError as exc:
        plan = rt.settings.outbound_retry_seconds
        pause = max(plan[0] if plan else 0, exc.retry_after or 0)
        log.info("replies %s retried in %ss: %s", message_ids, pause, exc)
        for message_id in message_ids:
            queue_delivery(message_id, quote_provider_id, retry_intervals=plan[1:],
                           at=utcnow() + dt.timedelta(seconds=pause))
    except LockError as exc:
        log.info("replies %s go as delivery jobs: %s", message_ids, exc)
        for message_id in message_ids:
            queue_delivery(message_id, quote_provider_id)


def _again_when_stale(rt: Runtime, message_id: int) -> None:
    """Another worker's claim holds the row: a job comes back when that claim is stale (its claimer is dead, or
    it sent and the row says so), so a reply claimed by a worker killed mid-send is never left `sending`."""
    with rt.db.session() as session:
        claimed_at = session.scalar(select(Message.updated_at).where(Message.id == message_id,
                                                                     Message.status == "sending"))
    if claimed_at is not None:
        window = dt.timedelta(seconds=rt.settings.conversation_lock_seconds + 1)
        queue_delivery(message_id, at=max(claimed_at + window, utcnow()))


def deliver_once(message_id: int) -> str:
    """One attempt and no retries, for what is worth nothing late (a wake-up call); returns the final status.

    The caller tells staff its own way, so no generic notice goes out.
    """
    rt = runtime()
    try:
        _send(rt, message_id, notify=False)
    except DeliveryError as exc:
        _finish(rt, message_id, _Outcome("failed", error=str(exc)), notify=False)
    with rt.db.session() as session:
        return session.get(Message, message_id).status


def _waiting(rt: Runtime, conversation_id: int, up_to: int) -> list[int]:
    with rt.db.session() as session:
        return list(session.scalars(select(Message.id).where(Message.conversation_id == conversation_id,
                                                             Message.direction == "out",
                                                             Message.status.in_(WAITING), Message.id <= up_to)
                                    .order_by(Message.id)))


@dataclass
class _Outcome:
    status: str
    provider_id: str | None = None
    error: str | None = None


def _send(rt: Runtime, message_id: int, notify: bool = True, held: Any = None, quote: Any = _ASK) -> bool:
    """Claim the row, call the provider, record the outcome; False if another sender holds it (or it went).
    `held`: the outbox lock, renewed right after the claim (so a dead claimer's lock outlives its claim's window)
    and proof that nobody else sends meanwhile. `quote`: the message the reply quotes, if the caller knows it."""
    outbound = _claim(rt, message_id, quote)
    if outbound is None:
        return False
    try:
        if held is not None:
            held.reacquire()
        outcome = _provider_outcome(rt, outbound)
    except (DeliveryError, LockNotOwnedError):   # not delivered: the next attempt may claim it at once
        with rt.db.session() as session:
            session.execute(update(Message).where(Message.id == message_id, Message.status == "sending")
                            .values(status="queued"))
        raise
    _finish(rt, message_id, outcome, notify, about=outbound)
    return True


@dataclass
class _Claimed:
    """A reply and what sending it needs, read in the transaction that claims it."""

    message: OutboundMessage
    opted_out: bool
    in_window: bool


def _claim(rt: Runtime, message_id: int, quote: Any = _ASK) -> _Claimed | None:
    """`queued` → `sending` in one conditional UPDATE, so two workers never both send a reply. A claim older
    than the lock's window was left by a dead worker (a live one holds the lock, renewed): it is taken over."""
    now = utcnow()
    stale = now - dt.timedelta(seconds=rt.settings.conversation_lock_seconds)
    with rt.db.session() as session:
        if session.execute(
                update(Message).where(Message.id == message_id, or_(
                    Message.status == "queued", and_(Message.status == "sending", Message.updated_at <= stale)))
                .values(status="sending", updated_at=now)).rowcount != 1:
            return None
        return _read(session, message_id, rt.state.get_json(f"quote:{message_id}") if quote is _ASK else quote)


def _read(session: Session, message_id: int, quote: str | None) -> _Claimed:
    """The reply and its conversation, in one query."""
    message, conversation = session.execute(select(Message, Conversation).join(
        Conversation, Conversation.id == Message.conversation_id).where(Message.id == message_id)).one()
    outbound = OutboundMessage(hotel_id=conversation.hotel_id, channel=Channel(conversation.channel),
                               recipient=conversation.address, text=message.text, audio_url=message.audio_url,
                               quote_provider_id=quote, conversation_id=conversation.id, message_id=message.id,
                               author=message.author, template=message.template)
    return _Claimed(outbound, conversation.opted_out, within_window(conversation))


def _provider_outcome(rt: Runtime, claimed: _Claimed) -> _Outcome:
    outbound = claimed.message
    hotel = rt.hotel(outbound.hotel_id)
    adapter = adapter_for(outbound.channel)
    if adapter is None:
        outcome = _Outcome("sent")
    elif claimed.opted_out:
        outcome = _Outcome("undeliverable", error="the guest opted out of SMS (STOP)")
    elif outbound.channel.value in WINDOWED and not claimed.in_window:
        if outbound.template is not None or hotel.channels.whatsapp_template:
            outcome = _delivered(lambda: adapter.send_template(rt.settings, hotel, outbound))
        else:
            outcome = _Outcome("undeliverable", error="outside WhatsApp's 24-hour window and the hotel has no "
                                                      "approved template (hotel.yaml channels.whatsapp_template)")
    else:
        outcome = _delivered(lambda: adapter.send(rt.settings, hotel, outbound))
    return outcome


def _delivered(send) -> _Outcome:
    try:
        return _Outcome("sent", provider_id=send())
    except PermanentDeliveryError as exc:
        return _Outcome("failed", error=str(exc))


def _retry_or_fail(rt: Runtime, message_id: int, exc: DeliveryError) -> None:
    """A send that may work later: retry (honouring the provider's Retry-After), or give up and tell staff."""
    left = retries_left()
    if left == 0:
        _finish(rt, message_id, _Outcome("failed", error=str(exc)))
        raise exc   # the job stays in RQ's failed registry
    plan = rt.settings.outbound_retry_seconds
    next_pause = plan[max(len(plan) - left, 0)] if plan else 0
    if exc.retry_after is None or exc.retry_after <= next_pause:
        raise exc   # RQ's own backoff waits long enough
    # The provider asked for a longer pause than our backoff: a fresh job then, with the retries still left.
    log.info("delivery of %s postponed %ss at the provider's request", message_id, exc.retry_after)
    queue_delivery(message_id, retry_intervals=plan[len(plan) - left + 1:] if left > 1 else [],
                   at=utcnow() + dt.timedelta(seconds=exc.retry_after))


def _finish(rt: Runtime, message_id: int, outcome: _Outcome, notify: bool = True,
            only_from: tuple[str, ...] | None = None, about: _Claimed | None = None) -> None:
    """Record the outcome; with `only_from`, only if the row's status is still one of those (one conditional
    UPDATE, so two receipts handled at once cannot move it backwards). `about`: the row as claimed, if it was."""
    with rt.db.session() as session:
        changes = {"status": outcome.status, "error": outcome.error}
        if outcome.provider_id:
            changes["provider_id"] = outcome.provider_id
        query = update(Message).where(Message.id == message_id)
        if only_from is not None:
            query = query.where(Message.status.in_(only_from))
        if session.execute(query.values(**changes)).rowcount == 0:
            return
        about = about or _read(session, message_id, None)
        sent, channel = about.message, about.message.channel.value
        REPLIES_OUT.labels(channel=channel, status=outcome.status).inc()
        fields = {"hotel": sent.hotel_id, "conversation": sent.conversation_id, "channel": channel,
                  "message_id": message_id, "outcome": outcome.status}
        if outcome.status in ("failed", "undeliverable"):
            log.warning("reply not delivered: %s", outcome.error, extra=fields)
        else:
            log.info("reply %s", outcome.status, extra=fields)
        notify = notify and outcome.status in ("failed", "undeliverable")
        if notify:   # written with the status, so a crash cannot keep one without the other
            stage(session, [StaffNotice(hotel_id=sent.hotel_id, conversation_id=sent.conversation_id,
                                        text=f"A message to the guest {sent.recipient} on "
                                             f"{channel} was not delivered ({outcome.status}: "
                                             f"{outcome.error}). It said: \u201c{sent.text[:300]}\u201d")],
                  message_id)
    if notify:
        dispatch_outbox(rt, message_id)


RECEIPT_ORDER = {"queued": 0, "sent": 1, "delivered": 2, "read": 3}


def record_receipt(channel: str, provider_id: str, status: str, error: str | None = None) -> None:
    """Move the message's status forward (sent → delivered → read); a failure after sending is told to staff."""
    rt = runtime()
    with rt.db.session() as session:
        message = session.scalar(select(Message).where(Message.channel == channel, Message.direction == "out",
                                                       Message.provider_id == provider_id))
        if message is None:
            if status == "failed":   # the receipt may beat the worker that records the send: look again later
                raise LookupError(f"no {channel} message {provider_id} yet for a failure receipt")
            return
    if status == "failed":
        earlier = ("queued", "sending", "sent", "undeliverable")
    else:
        earlier = tuple(s for s, rank in RECEIPT_ORDER.items() if rank < RECEIPT_ORDER.get(status, 0))
    _finish(rt, message.id, _Outcome(status, error=error), only_from=earlier)
