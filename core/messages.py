"""The message types every layer speaks: what a guest sent, and what goes back.

Channel adapters turn provider payloads into `InboundMessage` and deliver
`OutboundMessage`; nothing outside `channels/` sees a provider's own objects.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, field_validator

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Channel(StrEnum):
    """Where a guest wrote from; decides which adapter delivers the reply."""

    API = "api"
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"            # Meta WhatsApp Cloud API
    TWILIO_WHATSAPP = "twilio_whatsapp"
    SMS = "sms"                      # through Twilio
    WEB = "web"                      # the chat widget on the hotel's website (hub/webchat.py)
    SLACK = "slack"                  # staff side only


class MediaKind(StrEnum):
    VOICE = "voice"
    AUDIO = "audio"
    IMAGE = "image"
    VIDEO = "video"
    DOCUMENT = "document"
    STICKER = "sticker"
    LOCATION = "location"
    OTHER = "other"

    @property
    def is_audio(self) -> bool:
        return self in (MediaKind.VOICE, MediaKind.AUDIO)


class Media(BaseModel):
    """An attachment, by reference: the adapter that made it knows how to fetch it."""

    kind: MediaKind
    ref: str = ""                    # provider file id, media id or URL
    mime_type: str | None = None
    size: int | None = None
    duration_seconds: float | None = None


def clean_text(value: str) -> str:
    """What a phone may send but no database stores: a lone surrogate becomes U+FFFD, NUL and other control
    characters (not newlines or tabs) go. A real guest's message is kept, never refused for a stray byte."""
    if value.isascii() and not _CONTROLS.search(value):
        return value
    whole = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")   # pairs rejoined, strays replaced
    return _CONTROLS.sub("", whole)


def valid_text(value: str) -> bool:
    """Whether `value` is text a well-behaved client sends: encodable as UTF-8 (no lone surrogate), without NUL."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in value


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AttachmentTooLarge(Exception):
    """An attachment over `MAX_ATTACHMENT_BYTES`: the guest gets a polite "too large", nothing is read further."""


class InboundMessage(BaseModel):
    """One guest message, normalized. `provider_id` is the provider's own id (dedupe key)."""

    hotel_id: str
    channel: Channel
    sender: str                      # E.164 phone, or the channel's handle (Telegram chat id)
    provider_id: str
    text: str = ""
    media: list[Media] = []
    sender_name: str | None = None
    received_at: dt.datetime = Field(default_factory=utcnow)
    interactive_reply: str | None = None   # id of a button/list reply, when the guest tapped one

    @field_validator("sender", "provider_id", "text", "sender_name", "interactive_reply")
    @classmethod
    def _storable(cls, value: str | None) -> str | None:
        return clean_text(value) if value is not None else None

    @property
    def dedupe_key(self) -> str:
        return f"{self.channel.value}:{self.provider_id}"

    @property
    def audio(self) -> Media | None:
        return next((m for m in self.media if m.kind.is_audio), None)


class WhatsAppTemplate(BaseModel):
    """An approved WhatsApp template filled for one guest: Meta's name and language, or Twilio's Content SID."""

    name: str | None = None          # Meta template name
    language: str = "en"             # Meta template language code
    content_sid: str | None = None   # Twilio Content template SID (HX...)
    params: list[str] = []           # the body's {{1}}, {{2}}...


class OutboundMessage(BaseModel):
    """One reply to deliver. A voice reply always carries its text too."""

    hotel_id: str
    channel: Channel
    recipient: str
    text: str
    audio_url: str | None = None     # signed /media/{token} URL of an OGG/Opus voice note
    quote_provider_id: str | None = None   # the inbound message this reply answers
    payment_url: str | None = None
    conversation_id: int | None = None
    message_id: int | None = None    # transcript row, updated with the delivery status
    author: str = "bot"              # "bot" or "staff:<slack user>"
    template: WhatsAppTemplate | None = None   # outside WhatsApp's window: this template, not the hotel's


class SkillCall(BaseModel):
    name: str
    args: dict[str, Any] = {}
    ok: bool = True


class Trace(BaseModel):
    """How an answer was produced; the `/api/chat` contract exposes it as is."""

    language: str = "en"
    brain: str = "offline"
    transcript: str | None = None
    skills: list[SkillCall] = []
    kb: list[str] = []
    handoff: bool = False


class Reply(BaseModel):
    text: str
    audio_url: str | None = None
    payment_url: str | None = None
