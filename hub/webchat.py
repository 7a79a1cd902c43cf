"""The chat widget on the hotel's own website: `GET /widget.js` and the `/webchat/{hotel}/…` endpoints it calls.

A visitor is anonymous: the server issues a signed session token (kept in the
browser's localStorage, so a reload continues the conversation) and the
conversation's address is the token's random id. Nothing the browser sends
can claim an identity, so bills and reservation details stay behind the
messaging channels and staff. Only origins the hotel folder lists
(`web.allowed_origins`) may call; each address is rate-limited. Messages go
through the same pipeline as any channel (`channel: "web"`); the widget
polls for the replies, which staff in the console see like any other.
"""

from __future__ import annotations

import secrets
import uuid
from html import escape
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from agent.runtime import Runtime, UnknownHotel
from core.conversations import conversation_key
from core.hotels import Hotel
from core.messages import Channel, InboundMessage
from core.store.models import Conversation, Message
from jobs.intake import ingest

router = APIRouter()
WIDGET = Path(__file__).parent / "widget.js"
SESSION_DAYS = 30
RATE_WINDOW_SECONDS = 60
SESSIONS_PER_ADDRESS = 10        # new visitor sessions per address and minute
MESSAGES_PER_ADDRESS = 30        # messages per address and minute (a whole office behind one address)
READS_PER_ADDRESS = 120          # polls per address and minute
MAX_LISTED = 200


class WebChatError(Exception):
    def __init__(self, status: int, error: str):
        self.status, self.error = status, error


class SentText(BaseModel):
    text: str = Field(min_length=1)


def _runtime(request: Request) -> Runtime:
    return request.app.state.runtime


def _hotel(request: Request, hotel_id: str) -> Hotel:
    try:
        return _runtime(request).hotel(hotel_id)
    except UnknownHotel:
        raise WebChatError(404, "unknown hotel") from None


def _allowed_origin(request: Request, hotel: Hotel) -> str:
    """The caller's origin, if the hotel lists it; a request without one (not a browser) is refused too."""
    origin = (request.headers.get("origin") or "").rstrip("/")
    if not origin or origin not in hotel.web.allowed_origins:
        raise WebChatError(403, "this website is not allowed to use the hotel's chat")
    request.state.webchat_origin = origin   # its errors may be read by the widget too
    return origin


def _cors(response: Response, origin: str) -> Response:
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Vary"] = "Origin"
    return response


def _limit(request: Request, what: str, per_minute: int) -> None:
    address = request.client.host if request.client else "unknown"
    if _runtime(request).state.hit(f"webchat:{what}:{address}", RATE_WINDOW_SECONDS) > per_minute:
        raise WebChatError(429, "too many requests; try again in a minute")


def _serializer(rt: Runtime) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(rt.settings.signing_key, salt="webchat-session")


def _visitor(request: Request, hotel: Hotel) -> str:
    """The visitor id inside the bearer token the server issued for this hotel."""
    token = (request.headers.get("authorization") or "").removeprefix("Bearer ").strip()
    try:
        claims = _serializer(_runtime(request)).loads(token, max_age=SESSION_DAYS * 86400)
    except BadSignature:
        raise WebChatError(401, "no valid chat session; start a new one") from None
    if not isinstance(claims, dict) or claims.get("h") != hotel.id or not isinstance(claims.get("v"), str):
        raise WebChatError(401, "no valid chat session; start a new one")
    return claims["v"]


@router.get("/widget.js", include_in_schema=False)
async def widget() -> Response:
    return FileResponse(WIDGET, media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff"})


@router.get("/webchat/{hotel_id}/demo", include_in_schema=False)
async def demo(hotel_id: str, request: Request) -> Response:
    """A blank page with the widget on it, to try it on a hub whose own origin the hotel allows."""
    hotel = _hotel(request, hotel_id)
    page = (f"<!doctype html><html lang='en'><meta charset='utf-8'><title>{escape(hotel.name)}: chat widget demo"
            f"</title><body><h1>{escape(hotel.name)}</h1><p>The chat button is at the bottom right.</p>"
            f"<script src='/widget.js' data-hotel='{escape(hotel.id)}' async></script></body></html>")
    return HTMLResponse(page)


@router.options("/webchat/{hotel_id}/{path:path}", include_in_schema=False)
async def preflight(hotel_id: str, path: str, request: Request) -> Response:
    origin = _allowed_origin(request, _hotel(request, hotel_id))
    response = Response(status_code=204, headers={"Access-Control-Allow-Methods": "GET, POST",
                                                  "Access-Control-Allow-Headers": "Authorization, Content-Type",
                                                  "Access-Control-Max-Age": "600"})
    return _cors(response, origin)


@router.post("/webchat/{hotel_id}/session")
async def start_session(hotel_id: str, request: Request) -> Response:
    """A new anonymous visitor: the token the widget keeps and sends with every call."""
    hotel = _hotel(request, hotel_id)
    origin = _allowed_origin(request, hotel)
    _limit(request, "session", SESSIONS_PER_ADDRESS)
    token = _serializer(_runtime(request)).dumps({"h": hotel.id, "v": secrets.token_urlsafe(18)})
    return _cors(JSONResponse({"token": token, "hotel": hotel.name}, status_code=201), origin)


@router.post("/webchat/{hotel_id}/messages")
async def send(hotel_id: str, body: SentText, request: Request) -> Response:
    hotel = _hotel(request, hotel_id)
    origin = _allowed_origin(request, hotel)
    _limit(request, "send", MESSAGES_PER_ADDRESS)
    visitor = _visitor(request, hotel)
    rt = _runtime(request)
    text = body.text.strip()
    if not text:
        raise WebChatError(400, "the message is empty")
    if len(text) > rt.settings.max_message_chars:
        raise WebChatError(413, f"messages are limited to {rt.settings.max_message_chars} characters")
    message = InboundMessage(hotel_id=hotel.id, channel=Channel.WEB, sender=visitor,
                             provider_id=f"web-{uuid.uuid4().hex}", text=text)
    await ingest(rt, [message])
    return _cors(JSONResponse({"accepted": True}, status_code=202), origin)


@router.get("/webchat/{hotel_id}/messages")
async def messages(hotel_id: str, request: Request, after: int = 0) -> Response:
    """The visitor's conversation after transcript id `after`: what they wrote, the concierge's and staff's replies."""
    hotel = _hotel(request, hotel_id)
    origin = _allowed_origin(request, hotel)
    _limit(request, "read", READS_PER_ADDRESS)
    visitor = _visitor(request, hotel)
    rt = _runtime(request)

    def load() -> list[dict]:
        with rt.db.session() as session:
            conversation_id = session.scalar(select(Conversation.id).where(
                Conversation.hotel_id == hotel.id, Conversation.key == conversation_key(Channel.WEB, visitor)))
            if conversation_id is None:
                return []
            rows = session.scalars(select(Message).where(Message.conversation_id == conversation_id,
                                                         Message.internal.is_(False), Message.id > after)
                                   .order_by(Message.id).limit(MAX_LISTED))
            return [{"id": m.id, "from": _who(m.author), "text": m.text, "audio_url": m.audio_url,
                     "at": m.created_at.isoformat()} for m in rows]

    return _cors(JSONResponse({"messages": await run_in_threadpool(load)}), origin)


def _who(author: str) -> str:
    if author.startswith("staff:"):
        return "staff"
    return author if author in ("guest", "bot") else "bot"


def error_response(request: Request, exc: WebChatError) -> Response:
    response = JSONResponse({"error": exc.error}, status_code=exc.status)
    origin = getattr(request.state, "webchat_origin", None)
    return _cors(response, origin) if origin else response
