"""Voice-note audio in and out, in-process with PyAV (its wheel bundles FFmpeg: no system codecs).

Guests' apps send OGG/Opus (Telegram, WhatsApp), AMR (older Android, SMS gateways),
MP3, M4A or WAV; FFmpeg reads them all, so one decoder serves every channel.
Replies go out as OGG/Opus because Telegram `sendVoice` and WhatsApp voice notes
accept nothing else, and WhatsApp refuses voice notes of 512 KB or more.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:   # PyAV and its FFmpeg libraries (~16 MB) load at the first voice note: text workers never do
    import av

SPEECH_RATE = 16_000                # what Whisper listens at
OPUS_RATE = 48_000
VOICE_BITRATE = 24_000              # clear speech; about 3 minutes fit in a WhatsApp voice note
MIN_OPUS_BITRATE = 6_000
VOICE_NOTE_MAX_BYTES = 512 * 1024   # WhatsApp's limit for a voice note


class UndecodableAudio(ValueError):
    """The bytes are not audio any decoder we have can read."""


class TooLong(ValueError):
    """The audio runs past the limit; raised while decoding, so a long file costs no more than the limit."""

    def __init__(self, limit_seconds: float):
        super().__init__(f"audio is longer than {limit_seconds:g} seconds")
        self.limit_seconds = limit_seconds


@dataclass(frozen=True)
class Audio:
    """Mono float32 samples in [-1, 1]."""

    samples: np.ndarray
    sample_rate: int

    @property
    def duration_seconds(self) -> float:
        return len(self.samples) / self.sample_rate


def _frames(container: av.container.InputContainer, stream: av.AudioStream) -> Iterator[av.AudioFrame]:
    import av

    for packet in container.demux(stream):
        try:
            yield from packet.decode()
        except av.error.InvalidDataError:
            continue  # a damaged packet in a truncated download: skip it, as players do


def decode(data: bytes, rate: int = SPEECH_RATE, max_seconds: float | None = None) -> Audio:
    """Decode any container/codec FFmpeg knows to mono float32 at `rate`.

    Raises `UndecodableAudio` when no audio comes out, `TooLong` past `max_seconds`.
    """
    import av

    resampler = av.AudioResampler(format="flt", layout="mono", rate=rate)
    limit = max_seconds * rate if max_seconds else None
    chunks: list[np.ndarray] = []
    count = 0
    try:
        with av.open(io.BytesIO(data), metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise UndecodableAudio("no audio stream in the file")
            for frame in _frames(container, container.streams.audio[0]):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1))
                    count += out.samples
                if limit and count > limit:
                    raise TooLong(max_seconds)
            chunks.extend(out.to_ndarray().reshape(-1) for out in resampler.resample(None))
    except av.error.FFmpegError as exc:
        raise UndecodableAudio(f"not readable audio: {exc}") from None
    samples = np.concatenate(chunks) if chunks else np.zeros(0, np.float32)
    if not samples.size:
        raise UndecodableAudio("the file holds no audio samples")
    return Audio(samples.astype(np.float32, copy=False), rate)


def encode_voice_note(audio: Audio, max_bytes: int = VOICE_NOTE_MAX_BYTES) -> bytes:
    """OGG/Opus at 48 kHz mono, with the bitrate lowered for long replies so the note stays under `max_bytes`."""
    import av

    budget = max_bytes * 8 * 0.9 / max(audio.duration_seconds, 1.0)  # 10 % margin; OGG pages add about 3 %
    bitrate = int(min(VOICE_BITRATE, budget))
    if bitrate < MIN_OPUS_BITRATE:
        raise TooLong(max_bytes * 8 * 0.9 / MIN_OPUS_BITRATE)
    frame = av.AudioFrame.from_ndarray(np.clip(audio.samples, -1, 1).astype(np.float32).reshape(1, -1),
                                       format="flt", layout="mono")
    frame.sample_rate = audio.sample_rate
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=OPUS_RATE, layout="mono")
        stream.bit_rate = bitrate
        # Constant bitrate: VBR overshot the target by 60 % on tonal audio; CBR lands within 3 %.
        stream.codec_context.options = {"application": "voip", "vbr": "off"}
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()
