"""`POST /api/chat`, `GET /api/chat/{session}` and its `release`: the concierge over plain HTTP.

The hotel's own servers, integrations and the evaluation runner use it; the
trace it returns is how outside tests judge an answer (see CONTRACT.md). Who
the guest is (`sender`, a guest `channel`) is a server's claim: it is honoured
only on a request carrying the configured API_KEY, never from an anonymous caller.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import threading
import uuid
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, Request
from pydantic import AfterValidator, BaseModel, Field
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from agent.runtime import Runtime, UnknownHotel
from core.conversations import conversation_key
from core.messages import Channel, InboundMessage, Media, MediaKind, valid_text
from core.state import window_left
from core.store.models import Conversation, Message
from hub.errors import ApiError
from jobs.effects import dispatch_outbox
from jobs.staff import give_back

if TYPE_CHECKING:
    from agent.concierge import Concierge

router = APIRouter()
_building = threading.Lock()


def _unicode(value: str) -> str:
    if not valid_text(value):
        raise ValueError("must be valid UTF-8 text without NUL (no lone surrogates)")
    return value


Text = Annotated[str, AfterValidator(_unicode)]   # a 400 at the edge, not a 500 from the database


class ChatRequest(BaseModel):
    session: Text = Field(min_length=1, max_length=200)
    hotel: Text | None = Field(default=None, max_length=64)
    text: Text | None = None
    audio_base64: str | None = None
    mime_type: Text | None = Field(default=None, max_length=100)
    sender: Text | None = Field(default=None, max_length=128)
    channel: Channel = Channel.API


class ReleaseRequest(BaseModel):
    note: Text | None = Field(default=None, max_length=2000)
    hotel: Text | None = Field(default=None, max_length=64)


def _runtime(request: Request) -> Runtime:
    return request.app.state.runtime


RATE_WINDOW_SECONDS = 60


def require_api_key(request: Request, authorization: str | None = Header(default=None)) -> None:
    """The key when one is set; and the caller's rate: the hotel's server by its key, anyone else
    (anonymous, or guessing keys) by client address."""
    rt = _runtime(request)
    expected = rt.settings.api_key
    given = (authorization or "").removeprefix("Bearer ").strip()
    if expected and hmac.compare_digest(given.encode(), expected.encode()):
        _limit(rt, "key", hashlib.sha256(expected.encode()).hexdigest()[:16], rt.settings.api_rate_limit_per_key)
        return
    client = request.client.host if request.client else "unknown"
    _limit(rt, "client", client, rt.settings.api_rate_limit_per_client)
    if expected:
        raise ApiError(401, "missing or wrong API key (Authorization: Bearer …)")


def _limit(rt: Runtime, scope: str, who: str, per_minute: int) -> None:
    """Count one request for `who`; over `per_minute` in this window it is a 429 before any work."""
    if per_minute and rt.state.hit(f"api-rate:{scope}:{who}", RATE_WINDOW_SECONDS) > per_minute:
        raise ApiError(429, f"too many requests for this {scope}; retry later",
                       headers={"Retry-After": str(window_left(RATE_WINDOW_SECONDS))})


def _conversation(rt: Runtime, session, hotel: str | None, chat_session: str) -> Conversation:
    """The `api` conversation of `chat_session`: at `hotel` when named, else wherever that session talked
    (a hub serving several hotels has no default one); 404 when there is none."""
    if not valid_text(chat_session):
        raise ApiError(404, "unknown session")
    where = [Conversation.key == conversation_key(Channel.API, chat_session)]
    if hotel is not None or rt.default_hotel_id is not None:
        try:
            where.append(Conversation.hotel_id == rt.hotel(hotel).id)
        except UnknownHotel as exc:
            raise ApiError(404, f"unknown hotel: {exc}") from None
    found = session.scalars(select(Conversation).where(*where).limit(2)).all()
    if not found:
        raise ApiError(404, "unknown session")
    if len(found) > 1:
        raise ApiError(400, "this session talked to several hotels: name one with ?hotel=")
    return found[0]


def concierge(app: FastAPI) -> Concierge:
    """The app's concierge, built at its first use: a web process that only acknowledges webhooks (Redis mode)
    never loads the agent, its skills or their models."""
    with _building:
        if getattr(app.state, "concierge", None) is None:
            from agent.concierge import Concierge

            app.state.concierge = Concierge.for_runtime(app.state.runtime)
        return app.state.concierge


@router.post("/api/chat", dependencies=[Depends(require_api_key)])
async def chat(body: ChatRequest, request: Request) -> dict:
    from agent.turn import Turn, take_turn  # the agent loads at the first chat, not at start
    from agent.voice import Unheard

    rt = _runtime(request)
    if not rt.settings.api_key and (body.sender or body.channel != Channel.API):
        # Anyone could claim to be any guest: their bill, their booking, their SMS thread.
        raise ApiError(403, "'sender' and 'channel' are a server's claim: they need API_KEY configured and sent")
    try:
        hotel = rt.hotel(body.hotel)
    except UnknownHotel as exc:
        raise ApiError(404, f"unknown hotel: {exc}") from None
    if body.audio_base64 is None and not (body.text or "").strip():
        raise ApiError(400, "send a non-empty 'text', or 'audio_base64' with 'mime_type'")
    if body.channel != Channel.API and not body.sender:
        raise ApiError(400, f"channel {body.channel.value!r} needs the guest's 'sender' on that channel")
    _limit(rt, "session", f"{hotel.id}:{body.session}", rt.settings.api_rate_limit_per_session)
    address = body.sender if body.channel != Channel.API else body.session
    message = InboundMessage(hotel_id=hotel.id, channel=body.channel, sender=body.sender or "",
                             provider_id=f"api-{uuid.uuid4().hex}", text=body.text or "")
    audio = None
    if body.audio_base64 is not None:
        try:
            audio = base64.b64decode(body.audio_base64, validate=True)
        except (binascii.Error, ValueError):
            raise ApiError(400, "audio_base64 is not valid base64") from None
        message.media = [Media(kind=MediaKind.VOICE, mime_type=body.mime_type)]
    turn = Turn(message, address=address, audio=audio, unheard_raises=True)
    try:
        result = await run_in_threadpool(lambda: take_turn(concierge(request.app), turn))
    except Unheard as exc:
        if exc.kind == "undecodable":
            raise ApiError(415, "could not decode the audio; send OGG/Opus, MP3, M4A, AMR or WAV") from None
        raise ApiError(413, f"audio {exc.kind.replace('_', ' ')}") from None
    await run_in_threadpool(dispatch_outbox, rt, result.inbound_message_id)
    return {"replies": [r.model_dump() for r in result.replies], "trace": result.trace.model_dump()}


@router.get("/api/chat/{session}", dependencies=[Depends(require_api_key)])
async def chat_messages(session: str, request: Request, hotel: str | None = None) -> dict:
    rt = _runtime(request)
    with rt.db.session() as s:
        conversation = _conversation(rt, s, hotel, session)
        rows = s.scalars(select(Message).where(Message.conversation_id == conversation.id,
                                               Message.direction == "out", Message.internal.is_(False))
                         .order_by(Message.id)).all()
        return {"messages": [{"text": m.text, "from": "staff" if m.author.startswith("staff") else "bot",
                              "at": m.created_at.isoformat()} for m in rows]}


@router.post("/api/chat/{session}/release", dependencies=[Depends(require_api_key)])
async def release(session: str, request: Request, body: ReleaseRequest | None = None,
                  hotel: str | None = None) -> dict:
    """Staff give the session's conversation back to the bot, as Slack's "Give back to bot" button does."""
    rt = _runtime(request)
    if not rt.settings.api_key:
        raise ApiError(403, "releasing a conversation is a staff action: it needs API_KEY configured and sent")
    with rt.db.session() as s:
        conversation_id = _conversation(rt, s, hotel or (body.hotel if body else None), session).id
    note = body.note.strip() if body and body.note else None
    released = await run_in_threadpool(give_back, conversation_id, "api", note)
    return {"released": released}
