"""The voice jobs the pipeline calls: a guest's note becomes text or a polite answer; a reply becomes a link."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from agent.runtime import Runtime
from core.hotels import VoiceChoice, load_hotel
from core.settings import load_settings
from core.voice.audio import decode
from core.voice.media import MediaStore
from core.voice.tts import Speaker
from jobs import context
from jobs.voice import speak_reply, transcribe_audio
from tests.test_voice_audio import recorded, tone

SHARED = Path(__file__).resolve().parents[2] / "shared"
HOTEL = load_hotel(SHARED / "hotels" / "harbor-view")
QUIET = HOTEL.model_copy(update={"id": "quiet-inn", "voice": VoiceChoice(replies=False)})


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)   # the embedded media folder (.cache/media) lands here
    settings = load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp_path}/voice.db",
                             voice_max_seconds=6, secret_key="test", public_base_url="https://hub.example.com")
    context.set_runtime(Runtime(settings, hotels={HOTEL.id: HOTEL, QUIET.id: QUIET}))
    yield settings
    context.set_runtime(None)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.mark.voice
def test_a_voice_note_becomes_text_in_the_guests_language(settings):
    note = Speaker().say("Is the swimming pool open tonight?", "en")
    result = transcribe_audio(b64(note), "audio/ogg", "es")
    assert result["language"] == "en" and "pool" in result["text"].lower()
    assert result["duration_seconds"] > 1 and "problem" not in result


def test_an_undecodable_note_gets_could_you_type_it_in_the_guests_language(settings):
    result = transcribe_audio(b64(b"definitely not audio" * 20), "audio/ogg", "es")
    assert result == {"problem": "unheard", "reply": "No he podido oír el mensaje de voz. ¿Podría escribirlo?"}


def test_bad_base64_is_unheard_too(settings):
    assert transcribe_audio("%%%not base64%%%", None, None)["reply"] == "I couldn't hear that, could you type it?"


def test_an_over_long_note_gets_a_polite_answer_naming_the_limit(settings):
    result = transcribe_audio(b64(recorded(tone(9.0), "ogg", "libopus", 48_000)), "audio/ogg", "en")
    assert result["problem"] == "too_long" and "0.1 minutes" in result["reply"]


def test_an_over_large_file_gets_a_polite_answer_naming_the_limit(settings):
    result = transcribe_audio(b64(b"\x00" * (settings.max_attachment_bytes + 1)), "audio/ogg", "fr")
    assert result["problem"] == "too_large" and "10 Mo" in result["reply"]


@pytest.mark.voice
def test_a_spoken_reply_is_a_signed_link_the_web_process_can_open(settings):
    url = speak_reply("Your taxi is booked for six o'clock.", "en", HOTEL.id)
    assert url.startswith("https://hub.example.com/media/")
    data, mime = MediaStore.from_settings(settings).open(url.rsplit("/", 1)[1])
    assert mime == "audio/ogg" and decode(data).duration_seconds > 1


def test_a_hotel_that_turned_voice_replies_off_gets_text_only(settings):
    assert speak_reply("Your taxi is booked.", "en", QUIET.id) is None


def test_a_language_without_a_voice_gets_text_only(settings):
    assert speak_reply("Ваше такси заказано.", "ru", HOTEL.id) is None
