"""Voice notes on the `media` queue: a guest's note heard, the replies to it spoken. Thin over `agent`.

Speech models load only in processes that serve `media`, so a long note never
holds up another guest's text turn on `inbound`. The note's own conversation
keeps its order all the same: its inbox head waits while the note is heard (the
pipeline's `hear_note` job keeps what was heard here, by the message's dedupe
key, and continues the turn on `inbound`), and the replies to a note wait for
their voice, then go out with their text. A later reply in that conversation
does not wait: its delivery sends the earlier reply as it is, text only.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any

from sqlalchemy import update

from agent.runtime import Runtime
from agent.turn import Turn, hear_note
from agent.voice import Heard, Unheard, speak
from agent.voice import warm as warm_models
from channels import adapter_for
from channels.base import PermanentDeliveryError
from core.messages import InboundMessage
from core.store.models import Conversation, Message
from jobs.context import runtime
from jobs.outbound import queue_delivery
from jobs.queue import retries_left

log = logging.getLogger(__name__)


def heard(rt: Runtime, message: InboundMessage) -> Heard | Unheard | None:
    """What a `media` job heard in this note, or None while it is still to be heard."""
    kept = rt.state.get_json("heard:" + message.dedupe_key)
    if kept is None:
        return None
    if "unheard" in kept:
        return Unheard(kept["unheard"], **kept["fields"])
    return Heard(**kept)


def claim_hearing(rt: Runtime, message: InboundMessage) -> bool:
    """True for the first turn that finds the note unheard: it enqueues the `media` job, later ones wait for it."""
    return rt.state.first_time("hearing:" + message.dedupe_key, rt.settings.dedupe_ttl_seconds)


def release_hearing(rt: Runtime, message: InboundMessage) -> None:
    """At a worker's start: a note whose `media` job died with its worker is claimed (and heard) again."""
    rt.state.forget("hearing:" + message.dedupe_key)


def listen(rt: Runtime, message: InboundMessage) -> None:
    """Download and hear the note and keep what was heard; a repeat (a retry, a crash) keeps the first.

    A failure is retried while the job has retries (the provider's media store may be back); on the last
    attempt the note counts as unheard, so the guest is asked to type instead of waiting for good.
    """
    if heard(rt, message) is not None:
        return
    adapter = adapter_for(message.channel)

    def fetch() -> bytes:
        return adapter.download(rt.settings, rt.hotel(message.hotel_id), message.audio)

    try:
        result = hear_note(rt, Turn(message, audio=fetch if adapter is not None else None))
    except Exception as exc:
        if retries_left() > 0 and not isinstance(exc, PermanentDeliveryError):
            raise
        log.exception("voice note %s could not be heard", message.dedupe_key)
        result = Unheard("unreachable")
    if isinstance(result, Unheard):
        kept: dict[str, Any] = {"unheard": result.kind, "fields": result.fields}
    else:
        kept = asdict(result)
    rt.state.set_json("heard:" + message.dedupe_key, kept, rt.settings.dedupe_ttl_seconds)


def speak_replies(reply_ids: list[int], language: str, quote_provider_id: str | None = None) -> None:
    """Media job: the replies to a voice note spoken, then queued for delivery with their text.

    A reply already sent meanwhile (a later reply's delivery took it) keeps its text alone. If speaking
    keeps failing, the last attempt delivers the text: the guest is never left without the answer.
    """
    rt = runtime()
    for reply_id in reply_ids:
        try:
            _speak(rt, reply_id, language)
        except Exception:
            if retries_left() > 0:
                raise
            log.exception("reply %s could not be spoken; sending its text", reply_id)
    for reply_id in reply_ids:
        queue_delivery(reply_id, quote_provider_id)


def _speak(rt: Runtime, reply_id: int, language: str) -> None:
    with rt.db.session() as session:
        reply = session.get(Message, reply_id)
        if reply is None or reply.status != "queued" or reply.audio_url:
            return
        text, hotel = reply.text, rt.hotel(session.get(Conversation, reply.conversation_id).hotel_id)
    url = speak(rt.settings, hotel, text, language)
    if url:
        with rt.db.session() as session:
            session.execute(update(Message).where(Message.id == reply_id, Message.status == "queued")
                            .values(audio_url=url))


def warm() -> None:
    """Load the local speech models before the first note (a worker on the `media` queue calls this)."""
    warm_models(runtime().settings)
