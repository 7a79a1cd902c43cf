"""Decoding what guests' phones send and encoding what providers accept, with real codecs (no models)."""

from __future__ import annotations

import io

import av
import numpy as np
import pytest

from core.voice.audio import (
    OPUS_RATE,
    SPEECH_RATE,
    Audio,
    TooLong,
    UndecodableAudio,
    decode,
    encode_voice_note,
)


def tone(seconds: float, rate: int = 22_050) -> Audio:
    """A warbling tone: audible, compressible like speech, and made at test time."""
    t = np.arange(int(seconds * rate)) / rate
    return Audio((0.4 * np.sin(2 * np.pi * (300 + 80 * np.sin(2 * np.pi * 3 * t)) * t)).astype(np.float32), rate)


def recorded(audio: Audio, container: str, codec: str, rate: int) -> bytes:
    """`audio` as a guest's app would send it, encoded by FFmpeg."""
    frame = av.AudioFrame.from_ndarray(audio.samples.reshape(1, -1), format="flt", layout="mono")
    frame.sample_rate = audio.sample_rate
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format=container) as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return buffer.getvalue()


PHONE_FORMATS = {
    "whatsapp/telegram ogg-opus": ("ogg", "libopus", 48_000),
    "android amr": ("amr", "libopencore_amrnb", 8_000),
    "mp3": ("mp3", "libmp3lame", 22_050),
    "iphone m4a": ("ipod", "aac", 22_050),
    "wav": ("wav", "pcm_s16le", 22_050),
}


@pytest.mark.parametrize("name", PHONE_FORMATS)
def test_every_format_guests_send_decodes_to_16k_mono(name):
    note = recorded(tone(3.0), *PHONE_FORMATS[name])
    audio = decode(note)
    assert audio.sample_rate == SPEECH_RATE
    assert audio.samples.dtype == np.float32 and audio.samples.ndim == 1
    assert audio.duration_seconds == pytest.approx(3.0, abs=0.15)
    assert 0.2 < np.abs(audio.samples).max() <= 1.0


def test_an_oga_named_telegram_note_is_read_by_its_content_not_its_name():
    # Telegram voice files are "file_N.oga" with mime "audio/ogg": only the bytes matter here.
    assert decode(recorded(tone(1.0), "ogg", "libopus", 48_000)).duration_seconds == pytest.approx(1.0, abs=0.1)


@pytest.mark.parametrize("garbage", [b"", b"not audio at all" * 50, bytes(range(256)) * 40,
                                     b"OggS" + b"\x00" * 500])
def test_garbage_is_undecodable_not_a_crash(garbage):
    with pytest.raises(UndecodableAudio):
        decode(garbage)


def test_a_truncated_download_still_gives_what_arrived():
    note = recorded(tone(4.0), "ogg", "libopus", 48_000)
    audio = decode(note[: len(note) // 2])
    assert 1.0 < audio.duration_seconds < 3.0


def test_an_over_long_note_stops_decoding_at_the_limit():
    with pytest.raises(TooLong) as raised:
        decode(recorded(tone(12.0), "ogg", "libopus", 48_000), max_seconds=5)
    assert raised.value.limit_seconds == 5


def test_a_reply_is_ogg_opus_48k_mono_as_telegram_and_whatsapp_require():
    note = encode_voice_note(tone(5.0))
    with av.open(io.BytesIO(note)) as container:
        stream = container.streams.audio[0]
        assert container.format.name == "ogg"
        assert stream.codec_context.name == "opus"
        assert stream.sample_rate == OPUS_RATE and stream.channels == 1
    assert decode(note).duration_seconds == pytest.approx(5.0, abs=0.1)


def test_a_long_reply_lowers_its_bitrate_to_stay_under_the_limit():
    # 20 s against a 40 KB limit is the same squeeze as 4 minutes against WhatsApp's 512 KB.
    note = encode_voice_note(tone(20.0, rate=16_000), max_bytes=40_000)
    assert 30_000 < len(note) < 40_000
    assert decode(note).duration_seconds == pytest.approx(20.0, abs=0.1)
    assert len(encode_voice_note(tone(20.0, rate=16_000))) > 50_000    # short replies keep the full bitrate


def test_a_reply_too_long_for_any_voice_note_is_refused():
    with pytest.raises(TooLong):
        encode_voice_note(Audio(np.zeros(16_000 * 700, np.float32), 16_000))   # > 10 min even at 6 kbps
