"""From a provider's webhook to the guest's reply, without losing or repeating a message.

Web side, `jobs.intake.ingest`: drop redeliveries (the provider's own id,
remembered longer than any provider retries), count the guest's rate, append
the message to its conversation's inbox and enqueue a job, in one step. No
model runs there.

Worker side, `process_inbound`: under the conversation's lock, answer the inbox
from its head, one message at a time, so any number of workers keep a guest's
order (a burst is answered together, each reply quoting its message). A message
leaves the inbox only once its turn is recorded and its replies are sent (from
the same job, `jobs.outbound.deliver_now`: a reply never waits in a queue behind
other guests' turns) or queued; the
inbound transcript row (unique per channel and provider id) says a turn already
happened, so a job re-run after a worker died (`kill -9`) finishes the work
instead of answering twice.

A voice note is heard on the `media` queue (`hear_note`): the inbound job that
finds an unheard note at its conversation's head enqueues that job and returns,
so its worker moves on to other guests; the media job continues the turn on
`inbound` once the note is heard. The replies to a note are spoken on `media`
too (`jobs.voice.speak_replies`), then delivered with their text.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from threading import Lock
from typing import Any
from weakref import WeakKeyDictionary

from redis.exceptions import LockNotOwnedError
from sqlalchemy import select

from agent.concierge import Concierge
from agent.runtime import Runtime
from agent.turn import Turn, needs_hearing, refuse, take_turn
from channels import adapter_for
from core.effects import StaffNotice
from core.logs import bind
from core.messages import InboundMessage, utcnow
from core.store.models import Message
from jobs import voice
from jobs.context import runtime as current_runtime
from jobs.effects import dispatch, dispatch_outbox, sweep_outbox
from jobs.inbox import inbox
from jobs.intake import inbox_key
from jobs.outbound import WAITING, deliver_now
from jobs.queue import enqueue

log = logging.getLogger(__name__)

_concierges: WeakKeyDictionary[Runtime, Concierge] = WeakKeyDictionary()
_concierges_guard = Lock()


def process_inbound(message_json: dict[str, Any]) -> None:
    """Answer everything waiting in this message's conversation, oldest first."""
    rt = current_runtime()
    message = InboundMessage.model_validate(message_json)
    key = inbox_key(message)
    box = inbox(rt)
    adapter = adapter_for(message.channel)
    if adapter is not None:   # its client built before the lock: the replies are sent under it (`_answer`)
        adapter.warm(rt.settings)
    with rt.state.lock("conversation:" + key, rt.settings.conversation_lock_seconds) as held:
        while waiting := box.peek(key):
            for item in waiting:
                _still_held(held, key)
                if not _answer_or_give_up(rt, item, quote=len(waiting) > 1):
                    return   # a voice note is being heard: its `media` job continues this conversation
                _still_held(held, key)
                box.drop(key, 1)
        # The inbox entry can be gone while the job survived (an inbox that expired): answer from the job itself.
        answer(rt, {"message": message_json, "over_limit": 0}, quote=False)


def hear_note(message_json: dict[str, Any]) -> None:
    """Media job: hear the guest's voice note, then continue its conversation on `inbound`."""
    rt = current_runtime()
    voice.listen(rt, InboundMessage.model_validate(message_json))
    enqueue("inbound", process_inbound, message_json, retry_intervals=rt.settings.inbound_retry_seconds)


def _still_held(held: Any, key: str) -> None:
    """Raise (the job retries) if the conversation's lock expired under us: its next holder answers the inbox's
    head and drops it, and a second drop here would drop the message after it unanswered."""
    if held is not None and not held.owned():
        raise LockNotOwnedError(f"lost the lock of conversation {key}")


def _answer_or_give_up(rt: Runtime, item: dict[str, Any], *, quote: bool) -> bool:
    """`answer`, but a message that keeps failing must not block its guest's conversation for good.

    Each failure is counted; the job fails and RQ retries it. Past the last retry the message is set
    aside: the guest is told we could not handle it, staff are told, the next messages go on.
    """
    try:
        return answer(rt, item, quote=quote)
    except Exception:
        message = InboundMessage.model_validate(item["message"])
        failures = rt.state.hit("failures:" + message.dedupe_key, rt.settings.dedupe_ttl_seconds)
        if failures <= len(rt.settings.inbound_retry_seconds):
            raise
        log.exception("giving up on %s after %s failures", message.dedupe_key, failures)
        _give_up(rt, message)
        return True


def _give_up(rt: Runtime, message: InboundMessage) -> None:
    marker = "turn:" + message.dedupe_key
    text = f"A guest message could not be answered after {len(rt.settings.inbound_retry_seconds) + 1} attempts " \
           f"({message.channel.value}, {message.sender}): \u201c{message.text[:300]}\u201d. Please reply to them."
    dispatch([StaffNotice(hotel_id=message.hotel_id, text=text)])
    try:
        if _recorded(rt, message) is None:
            result = refuse(rt, message, "turn_failed")
            _send_replies(rt, result.conversation_id, result.reply_ids)
            dispatch_outbox(rt, result.inbound_message_id)
    except Exception:   # the store itself may be what fails: staff know, the conversation moves on
        log.exception("could not tell the guest about %s", message.dedupe_key)
    rt.state.set_json(marker, "done", rt.settings.dedupe_ttl_seconds)


def recover(rt: Runtime) -> int:
    """Enqueue a job for every conversation with messages still waiting, and the outbox's waiting effects;
    `concierge worker` (and embedded `serve`) call it at start.

    A worker killed mid-turn (`kill -9`) leaves its message at the head of the inbox. RQ retries the
    abandoned job too, but only once the dead worker's heartbeat expires and a registry cleanup runs
    (minutes); this makes "after restart" mean at restart. Repeating a job is harmless. A voice note at
    the head is heard again, in case its `media` job died (at worst it is heard twice).
    """
    window = rt.settings.conversation_lock_seconds   # a live worker dispatches its rows long before this
    dispatch_outbox(rt, older_than=window)
    enqueue("default", sweep_outbox, window, at=utcnow() + dt.timedelta(seconds=window))   # those younger now
    box = inbox(rt)
    keys = box.waiting()
    for key in keys:
        head = box.peek(key)
        if head:
            voice.release_hearing(rt, InboundMessage.model_validate(head[0]["message"]))
            enqueue("inbound", process_inbound, head[0]["message"], retry_intervals=rt.settings.inbound_retry_seconds)
    return len(keys)


def answer(rt: Runtime, item: dict[str, Any], *, quote: bool) -> bool:
    """One guest message: its turn once, then its replies and effects queued, then marked done.

    False while the message is a voice note still being heard on `media` (nothing done yet).

    The store says how far a message got: no inbound row (never ran, or the worker died mid-turn), or a
    recorded turn whose replies and outbox effects may still wait (the worker died after its commit).
    A "done" marker in shared state skips the look-up for a message already finished.
    """
    message = InboundMessage.model_validate(item["message"])
    with bind(hotel=message.hotel_id, channel=message.channel.value, message_id=message.provider_id):
        return _answer(rt, message, item.get("over_limit", 0), quote=quote)


def _answer(rt: Runtime, message: InboundMessage, over_limit: int, *, quote: bool) -> bool:
    marker, ttl = "turn:" + message.dedupe_key, rt.settings.dedupe_ttl_seconds
    if rt.state.get_json(marker) == "done":
        return True
    inbound = _recorded(rt, message)
    spoken: str | None = None   # the language to speak the replies in, if they answer a voice note
    if inbound is None:
        turn = _turn(rt, message, over_limit)
        if not _heard_first(rt, turn):
            return False
        started = time.perf_counter()
        result = take_turn(concierge(rt), turn)
        conversation_id, inbound_id, reply_ids = result.conversation_id, result.inbound_message_id, result.reply_ids
        log.info("turn answered", extra={
            "conversation": result.conversation_id, "skill": ",".join(s.name for s in result.trace.skills) or None,
            "brain": result.trace.brain, "latency_ms": round((time.perf_counter() - started) * 1000, 1),
            "outcome": "handoff" if result.trace.handoff else "replied" if reply_ids else "silent"})
        spoken = result.trace.language if result.spoken else None
        staged = bool(result.effects)
    else:   # the turn was recorded by a worker that died before its replies went (they go as text)
        conversation_id, inbound_id, reply_ids = inbound.conversation_id, inbound.id, _replies_to(rt, inbound)
        staged = True   # its effects may wait in the outbox
    _send_replies(rt, conversation_id, reply_ids, message.provider_id if quote else None, spoken=spoken)
    if staged:
        dispatch_outbox(rt, inbound_id)   # what a crash after the turn's commit left waiting goes now, once
    rt.state.set_json(marker, "done", ttl)
    return True


def _turn(rt: Runtime, message: InboundMessage, over_limit: int) -> Turn:
    """What the turn needs from the channel: its opt keyword."""
    adapter = adapter_for(message.channel)
    return Turn(message, keyword=adapter.keyword(message) if adapter else None, over_limit=over_limit)


def _heard_first(rt: Runtime, turn: Turn) -> bool:
    """A voice note is heard on `media` before its turn: False until it is (its `media` job enqueued once)."""
    if not needs_hearing(rt, turn):
        return True
    turn.heard = voice.heard(rt, turn.message)
    if turn.heard is None and voice.claim_hearing(rt, turn.message):
        enqueue("media", hear_note, turn.message.model_dump(mode="json"),
                retry_intervals=rt.settings.inbound_retry_seconds)
    return turn.heard is not None


def _recorded(rt: Runtime, message: InboundMessage) -> Message | None:
    with rt.db.session() as session:
        return session.scalar(select(Message).where(Message.channel == message.channel.value,
                                                    Message.direction == "in",
                                                    Message.provider_id == message.provider_id))


def _replies_to(rt: Runtime, inbound: Message) -> list[int]:
    """The bot's replies to `inbound` still waiting (those before the guest's next message)."""
    with rt.db.session() as session:
        next_inbound = session.scalar(select(Message.id).where(Message.conversation_id == inbound.conversation_id,
                                                               Message.direction == "in", Message.id > inbound.id)
                                      .order_by(Message.id).limit(1))
        query = select(Message.id).where(Message.conversation_id == inbound.conversation_id,
                                         Message.direction == "out", Message.author == "bot",
                                         Message.status.in_(WAITING), Message.id > inbound.id)
        if next_inbound is not None:
            query = query.where(Message.id < next_inbound)
        return list(session.scalars(query.order_by(Message.id)))


def _send_replies(rt: Runtime, conversation_id: int, reply_ids: list[int], quote_provider_id: str | None = None, *,
                  spoken: str | None = None) -> None:
    """Send the bot's replies now, from this job (safe to repeat: deliveries are idempotent); replies to a voice
    note are spoken first, in the `spoken` language, on `media`."""
    if spoken and reply_ids:
        enqueue("media", voice.speak_replies, reply_ids, spoken, quote_provider_id,
                retry_intervals=rt.settings.inbound_retry_seconds)
        return
    deliver_now(rt, conversation_id, reply_ids, quote_provider_id)


def concierge(rt: Runtime) -> Concierge:
    """The concierge answering for `rt` in this process, built once."""
    with _concierges_guard:
        if rt not in _concierges:
            _concierges[rt] = Concierge.for_runtime(rt)
        return _concierges[rt]


def use_concierge(concierge_: Concierge) -> None:
    """Answer with this concierge (the web app's own in embedded mode, or a test's)."""
    with _concierges_guard:
        _concierges[concierge_.rt] = concierge_
