"""Voice jobs: hear a guest's voice note, speak a reply. Thin over `agent.voice`.

They run on the `media` queue so speech models never hold up text replies.
Arguments and results are JSON-able (RQ): audio travels as base64, as in
`/api/chat`'s `audio_base64`.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from agent import voice
from agent.voice import Unheard
from jobs.context import runtime


def transcribe_audio(audio_base64: str, mime_type: str | None = None, language_hint: str | None = None,
                     ) -> dict[str, Any]:
    """What the guest said: `{"text", "language", "duration_seconds", "model"}`.

    When the note cannot be used, `{"problem": "unheard" | "too_long" | "too_large",
    "reply": ...}` instead, the reply being the polite answer to send the guest, in
    `language_hint` (the conversation's language, else the hotel's), so a voice note
    is never met with silence.
    """
    try:
        heard = voice.hear(runtime().settings, base64.b64decode(audio_base64, validate=True), mime_type,
                           language_hint)
    except binascii.Error:
        heard = Unheard("undecodable")
    except Unheard as exc:
        heard = exc
    if isinstance(heard, Unheard):
        problem = heard.kind if heard.kind in ("too_long", "too_large") else "unheard"
        return {"problem": problem, "reply": heard.reply(language_hint or "en")}
    return {"text": heard.text, "language": heard.language, "duration_seconds": heard.duration_seconds,
            "model": heard.model}


def speak_reply(text: str, language: str, hotel_id: str) -> str | None:
    """The signed `/media/{token}` URL of the reply as a voice note, or None to send text only."""
    rt = runtime()
    return voice.speak(rt.settings, rt.hotel(hotel_id), text, language)


def warm() -> None:
    """Load the local speech models before the first note (a worker on the `media` queue calls this)."""
    voice.warm(runtime().settings)
