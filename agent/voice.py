"""The concierge's ears and voice: a guest's voice note heard, a reply spoken. Thin over `core.voice`.

Whoever holds the bytes (an inbound or media job, `/api/chat`) calls these; the
turn decides what an unheard note is answered with.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from core import i18n
from core.hotels import Hotel
from core.settings import Settings
from core.voice.audio import TooLong, UndecodableAudio
from core.voice.media import MediaStore, media_url
from core.voice.stt import TooLarge, Transcriber
from core.voice.tts import Speaker

log = logging.getLogger(__name__)

VOICE_NOTE_MIME = "audio/ogg"
# Why a note was not heard → the phrase the guest gets for it.
PHRASES = {"too_large": "voice_too_large", "too_long": "voice_too_long", "undecodable": "voice_unheard",
           "silent": "voice_unheard", "unreachable": "voice_unheard"}


@dataclass
class Heard:
    text: str
    language: str | None
    duration_seconds: float | None = None
    model: str | None = None


class Unheard(Exception):
    """A voice note that cannot be used: `kind` is a key of `PHRASES`, `fields` fill its phrase."""

    def __init__(self, kind: str, **fields: str):
        super().__init__(kind)
        self.kind, self.fields = kind, fields

    @classmethod
    def too_large(cls, limit_bytes: int) -> Unheard:
        return cls("too_large", megabytes=f"{limit_bytes / 1_000_000:g}")

    def reply(self, language: str) -> str:
        return i18n.say(PHRASES[self.kind], language, **self.fields)


def hear(settings: Settings, audio: bytes, mime_type: str | None, language_hint: str | None) -> Heard:
    """What the guest said; `Unheard` when the note is too large, too long, undecodable or silent."""
    try:
        transcript = Transcriber.from_settings(settings).transcribe(audio, mime_type, language_hint)
    except TooLarge as exc:
        raise Unheard.too_large(exc.limit_bytes) from None
    except TooLong as exc:
        raise Unheard("too_long", minutes=f"{exc.limit_seconds / 60:g}") from None
    except UndecodableAudio:
        raise Unheard("undecodable") from None
    if not transcript.text:
        raise Unheard("silent")
    return Heard(transcript.text, transcript.language, transcript.duration_seconds, transcript.model)


def speak(settings: Settings, hotel: Hotel, text: str, language: str) -> str | None:
    """The signed `/media/{token}` URL of `text` as a voice note, or None to send text only."""
    try:
        audio = Speaker.from_settings(settings).say(text, language, hotel.voice)
    except Exception:  # a voice that fails must never cost the guest the answer itself
        log.exception("speaking a %s reply failed; sending text only", language)
        return None
    if audio is None:
        return None
    token = MediaStore.from_settings(settings).save(audio, VOICE_NOTE_MIME)
    return media_url(settings.public_base_url, token)


def warm(settings: Settings) -> None:
    """Load the local speech models before the first note (a worker on the `media` queue calls this)."""
    Transcriber.from_settings(settings).warm()
    Speaker.from_settings(settings).warm()
