"""Voice jobs: hear a guest's voice note, speak a reply. Thin over `core.voice`.

They run on the `media` queue so speech models never hold up text replies.
Arguments and results are JSON-able (RQ): audio travels as base64, as in
`/api/chat`'s `audio_base64`.
"""

from __future__ import annotations

import base64
import binascii
import logging
from typing import Any

from core import i18n
from core.voice.audio import TooLong, UndecodableAudio
from core.voice.media import MediaStore, media_url
from core.voice.stt import TooLarge, Transcriber
from core.voice.tts import Speaker
from jobs.context import runtime

log = logging.getLogger(__name__)

VOICE_NOTE_MIME = "audio/ogg"


def transcribe_audio(audio_base64: str, mime_type: str | None = None, language_hint: str | None = None,
                     ) -> dict[str, Any]:
    """What the guest said: `{"text", "language", "duration_seconds", "model"}`.

    When the note cannot be used, `{"problem": "unheard" | "too_long" | "too_large",
    "reply": ...}` instead, the reply being the polite answer to send the guest, in
    `language_hint` (the conversation's language, else the hotel's), so a voice note
    is never met with silence.
    """
    settings = runtime().settings
    language = language_hint or "en"
    try:
        transcript = Transcriber.from_settings(settings).transcribe(base64.b64decode(audio_base64, validate=True),
                                                                    mime_type, language_hint)
    except TooLarge as exc:
        return _problem("too_large", language, megabytes=f"{exc.limit_bytes / 1_000_000:g}")
    except TooLong as exc:
        return _problem("too_long", language, minutes=f"{exc.limit_seconds / 60:g}")
    except (UndecodableAudio, binascii.Error):
        return _problem("unheard", language)
    if not transcript.text:
        return _problem("unheard", language)
    return {"text": transcript.text, "language": transcript.language, "duration_seconds": transcript.duration_seconds,
            "model": transcript.model}


def _problem(kind: str, language: str, **fields: str) -> dict[str, Any]:
    return {"problem": kind, "reply": i18n.say(f"voice_{kind}", language, **fields)}


def speak_reply(text: str, language: str, hotel_id: str) -> str | None:
    """The signed `/media/{token}` URL of the reply as a voice note, or None to send text only."""
    rt = runtime()
    try:
        audio = Speaker.from_settings(rt.settings).say(text, language, rt.hotel(hotel_id).voice)
    except Exception:  # a voice that fails must never cost the guest the answer itself
        log.exception("speaking a %s reply failed; sending text only", language)
        return None
    if audio is None:
        return None
    token = MediaStore.from_settings(rt.settings).save(audio, VOICE_NOTE_MIME)
    return media_url(rt.settings.public_base_url, token)


def warm() -> None:
    """Load the local speech models before the first note (a worker on the `media` queue calls this)."""
    settings = runtime().settings
    Transcriber.from_settings(settings).warm()
    Speaker.from_settings(settings).warm()
