"""Hosted speech models through litellm (`STT_MODEL` / `TTS_MODEL` naming a litellm model).

Only reached when a hosted model is configured; callers fall back to the local
models when a call here fails, so a provider outage never silences the concierge.
"""

from __future__ import annotations

import io
import wave

import numpy as np

from core.hotels import LANGUAGES
from core.litellm_client import litellm
from core.voice.audio import Audio

# Whisper-style servers name the language ("english") where we use ISO codes.
_LANGUAGE_NAMES = {"english": "en", "spanish": "es", "french": "fr", "german": "de", "russian": "ru",
                   "chinese": "zh", "japanese": "ja", "korean": "ko", "arabic": "ar", "portuguese": "pt"}



def _wav(audio: Audio) -> bytes:
    """16-bit PCM WAV: every OpenAI-compatible server reads it, unlike AMR or the `.oga` name."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(audio.sample_rate)
        out.writeframes((np.clip(audio.samples, -1, 1) * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


def transcribe(model: str, audio: Audio, *, api_base: str | None, api_key: str | None,
               timeout_seconds: float) -> tuple[str, str | None]:
    """(text, ISO language or None when the server did not say)."""
    response = litellm().transcription(model=model, file=("voice.wav", _wav(audio), "audio/wav"),
                                        api_base=api_base, api_key=api_key, timeout=timeout_seconds, max_retries=0)
    language = str(response.get("language") or "").lower()
    language = _LANGUAGE_NAMES.get(language, language)
    return (response.text or "").strip(), language if language in LANGUAGES else None


def speak(model: str, text: str, voice: str | None, *, api_base: str | None, api_key: str | None,
          timeout_seconds: float) -> bytes:
    """Speech audio in whatever container the server returns; the caller re-encodes it as a voice note."""
    response = litellm().speech(model=model, input=text, voice=voice or "alloy", response_format="wav",
                                 api_base=api_base, api_key=api_key, timeout=timeout_seconds, max_retries=0)
    return response.content
