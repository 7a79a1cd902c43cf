"""One guest turn, whoever carries it: guards, the voice note heard, the brain, the records.

The inbound job, `/api/chat` and `concierge chat` all call `take_turn` with the
message and what they hold (the note's bytes, or what a `media` job heard, the
channel's opt-out keyword, how far over the rate limit the guest is). What the guest is
answered with when the brain is not asked (STOP/HELP, too fast, too large, a
note not heard, a sticker) is decided here, in the concierge's own words.
Everything a turn writes is in one transaction; its result holds what callers
need (reply rows, effects, whether to speak the replies), so nobody reads it back.
Speaking the replies is the caller's: the inbound job hands it to a `media` job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from agent.quality import record_turn
from agent.voice import Heard, Unheard, hear
from core.conversations import open_conversation, record
from core.effects import Effect, GuestMessageForStaff, stage
from core.i18n import say
from core.messages import AttachmentTooLarge, InboundMessage, Reply, Trace
from core.store.models import Conversation

if TYPE_CHECKING:
    from agent.concierge import Concierge
    from agent.runtime import Runtime

log = logging.getLogger(__name__)


@dataclass
class Turn:
    message: InboundMessage
    address: str | None = None                 # where replies go (default: the sender)
    audio: bytes | Callable[[], bytes] | None = None   # the voice note, or how to fetch it (only if needed)
    heard: Heard | Unheard | None = None       # the voice note as a `media` job heard it
    transcript: str | None = None              # already heard elsewhere
    language_hint: str | None = None
    keyword: str | None = None                 # the channel's opt keyword: "stop", "start", "help"
    over_limit: int = 0                        # this message's rank over the guest's rate limit (0: within)
    unheard_raises: bool = False               # `/api/chat`: an unusable note is the caller's error, not a reply


@dataclass
class TurnResult:
    conversation_id: int
    replies: list[Reply]
    trace: Trace
    effects: list[Effect] = field(default_factory=list)
    inbound_message_id: int | None = None
    reply_ids: list[int] = field(default_factory=list)   # the replies' transcript rows, `queued` for delivery
    cost_usd: float = 0.0                               # what the LLM charged for this turn, if one answered
    spoken: bool = False                                # a heard voice note: answer with voice too (hotel willing)


@dataclass
class _Refusal:
    """The guest is answered without the brain: a phrase (or literal text, or nothing at all)."""

    phrase: str | None
    fields: dict[str, Any] = field(default_factory=dict)
    text: str | None = None


def take_turn(concierge: Concierge, turn: Turn) -> TurnResult:
    """Answer one guest message."""
    rt = concierge.rt
    message = turn.message
    refusal = _guard(rt, turn)
    heard: Heard | None = None
    if refusal is None and message.audio is not None and turn.transcript is None:
        heard, refusal = _hear(rt, turn)
    transcript = heard.text if heard else turn.transcript
    hint = heard.language if heard else turn.language_hint
    if refusal is None:
        rt.refresh_kb(message.hotel_id)
        result = concierge.answer(message, address=turn.address, transcript=transcript, language_hint=hint)
    else:
        result = refuse(rt, message, refusal.phrase, address=turn.address, text=refusal.text,
                        keyword=turn.keyword, **refusal.fields)
    result.spoken = heard is not None and rt.hotel(message.hotel_id).voice.replies
    record_turn(rt, turn, result, answered_by_brain=refusal is None)
    return result


def _guard(rt: Runtime, turn: Turn) -> _Refusal | None:
    """What stops a message before anything is heard or thought, in order."""
    message, limit = turn.message, rt.settings.max_attachment_bytes
    if turn.keyword and not _a_yes(rt, turn):   # STOP is honoured even from a guest over the rate limit
        return _Refusal("sms_help", _contact(rt, message)) if turn.keyword == "help" else _Refusal(None)
    if turn.over_limit:   # told once per window, then quiet
        return _Refusal("rate_limited" if turn.over_limit == 1 else None)
    if len(message.text) > rt.settings.max_message_chars:   # before any language detection runs over it
        return _Refusal("too_long", {"limit": rt.settings.max_message_chars})
    too_large = next((m for m in message.media if m.size and m.size > limit), None)
    if too_large is not None:
        return _too_large(rt, too_large.kind.is_audio)
    if message.audio is None and message.media and not message.text.strip():
        return _Refusal("media_unsupported")
    return None


def needs_hearing(rt: Runtime, turn: Turn) -> bool:
    """Whether the turn has a voice note to hear first (not one a guard answers without listening)."""
    return (turn.message.audio is not None and turn.transcript is None and turn.heard is None
            and _guard(rt, turn) is None)


def hear_note(rt: Runtime, turn: Turn) -> Heard | Unheard:
    """The turn's voice note heard (its bytes fetched if need be), in the conversation's language if unsure."""
    audio = turn.message.audio
    try:
        data = turn.audio() if callable(turn.audio) else turn.audio
        if data is None:
            raise Unheard("unreachable")
        if len(data) > rt.settings.max_attachment_bytes:
            raise AttachmentTooLarge(f"voice note of {len(data)} bytes")
        return hear(rt.settings, data, audio.mime_type, turn.language_hint or _language(rt, turn))
    except AttachmentTooLarge:
        return Unheard.too_large(rt.settings.max_attachment_bytes)
    except Unheard as exc:
        return exc


def _hear(rt: Runtime, turn: Turn) -> tuple[Heard | None, _Refusal | None]:
    """The voice note heard in the guest's turn (or before it, on `media`), so it keeps its place among their
    messages; a note that cannot be used is answered politely."""
    heard = turn.heard or hear_note(rt, turn)
    if isinstance(heard, Heard):
        return heard, None
    if turn.unheard_raises and heard.kind != "silent":
        raise heard
    log.info("voice note %s not heard: %s", turn.message.dedupe_key, heard.kind)
    return None, _Refusal(None, text=heard.reply(turn.language_hint or _language(rt, turn)))


def refuse(rt: Runtime, message: InboundMessage, phrase: str | None, *, address: str | None = None,
           text: str | None = None, keyword: str | None = None, **fields: Any) -> TurnResult:
    """Record the message and answer it in the concierge's own words (or not at all); staff who own the
    conversation get it instead. Also how a message that kept failing is answered (`turn_failed`)."""
    hotel = rt.hotel(message.hotel_id)
    with rt.db.session() as session:
        conversation = open_conversation(session, hotel.id, message.channel, address or message.sender,
                                         sender=message.sender or None, sender_name=message.sender_name)
        if keyword in ("stop", "start"):
            conversation.opted_out = keyword == "stop"
        inbound = record(session, conversation, "in", "guest", message.text, provider_id=message.provider_id or None,
                         media=[m.model_dump(mode="json") for m in message.media])
        language = conversation.language or hotel.default_language
        result = TurnResult(conversation.id, [], Trace(language=language, handoff=conversation.handoff_active),
                            inbound_message_id=inbound.id)
        if conversation.handoff_active:   # staff own the conversation: they see it, the bot stays quiet
            result.effects.append(GuestMessageForStaff(conversation_id=conversation.id, message_id=inbound.id))
            return conclude(session, conversation, result)
        conclude(session, conversation, result, text or (say(phrase, language, **fields) if phrase else ""))
    return result


def conclude(session: Session, conversation: Conversation, result: TurnResult, text: str = "",
             payment_url: str | None = None) -> TurnResult:
    """The turn's last writes, in its transaction: the bot's reply (`queued` for delivery) and its effects
    (the outbox), so a worker dying after the commit leaves neither half done."""
    if text:
        row = record(session, conversation, "out", "bot", text, status="queued")
        result.replies.append(Reply(text=text, payment_url=payment_url))
        result.reply_ids.append(row.id)
    stage(session, result.effects, result.inbound_message_id)
    return result


def _too_large(rt: Runtime, audio: bool) -> _Refusal:
    megabytes = f"{rt.settings.max_attachment_bytes / 1_000_000:g}"
    return _Refusal("voice_too_large" if audio else "attachment_too_large", {"megabytes": megabytes})


def _a_yes(rt: Runtime, turn: Turn) -> bool:
    """SMS "YES" is Twilio's opt-in word too: from a guest who never stopped, it answers (a journey's offer)."""
    message = turn.message
    if turn.keyword != "start" or message.text.strip().upper() != "YES":
        return False
    with rt.db.session() as session:
        conversation = open_conversation(session, message.hotel_id, message.channel, turn.address or message.sender)
        return not conversation.opted_out


def _contact(rt: Runtime, message: InboundMessage) -> dict[str, str]:
    hotel = rt.hotel(message.hotel_id)
    return {"hotel": hotel.name, "phone": hotel.contact.phone or ""}


def _language(rt: Runtime, turn: Turn) -> str:
    """The conversation's language so far (the hotel's if new): the hint for hearing, the words of a refusal."""
    message = turn.message
    hotel = rt.hotel(message.hotel_id)
    with rt.db.session() as session:
        conversation = open_conversation(session, hotel.id, message.channel, turn.address or message.sender)
        return conversation.language or hotel.default_language
