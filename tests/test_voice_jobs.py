"""The voice jobs on `media`: a guest's note becomes text or a polite answer; a reply is spoken, then delivered."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.runtime import Runtime
from agent.turn import Turn, hear_note
from agent.voice import Heard, Unheard
from core.conversations import open_conversation, record
from core.hotels import VoiceChoice, load_hotel
from core.messages import Channel, InboundMessage, Media, MediaKind
from core.settings import load_settings
from core.store.models import Message
from core.voice.audio import decode
from core.voice.media import MediaStore
from core.voice.tts import Speaker
from jobs import context, queue
from jobs.voice import heard, listen, speak_replies
from tests.channel_kit import RecordingRunner, wait_until
from tests.fakes import twilio as fake_twilio
from tests.test_voice_audio import recorded, tone

SHARED = Path(__file__).resolve().parents[2] / "shared"
HOTEL = load_hotel(SHARED / "hotels" / "harbor-view")
QUIET = HOTEL.model_copy(update={"id": "quiet-inn", "voice": VoiceChoice(replies=False)})
GUEST = "+14155550123"


@pytest.fixture
def rt(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)   # the embedded media folder (.cache/media) lands here
    settings = load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp_path}/voice.db",
                             voice_max_seconds=6, secret_key="test", public_base_url="https://hub.example.com",
                             twilio_account_sid=fake_twilio.ACCOUNT_SID, twilio_auth_token=fake_twilio.AUTH_TOKEN)
    runtime = Runtime(settings, hotels={HOTEL.id: HOTEL, QUIET.id: QUIET})
    runtime.db.migrate()
    runner = RecordingRunner()
    context.set_runtime(runtime)
    queue.set_runner(runner)
    yield runtime
    runner.shutdown()
    queue.set_runner(None)
    context.set_runtime(None)


def note(ref: str = "", channel: Channel = Channel.TWILIO_WHATSAPP, hotel_id: str = HOTEL.id) -> InboundMessage:
    return InboundMessage(hotel_id=hotel_id, channel=channel, sender=GUEST, provider_id="SM" + "1" * 32,
                          media=[Media(kind=MediaKind.VOICE, ref=ref, mime_type="audio/ogg")])


def heard_from(rt: Runtime, audio: bytes, language_hint: str | None = None) -> Heard | Unheard:
    return hear_note(rt, Turn(note(), audio=audio, language_hint=language_hint))


@pytest.mark.voice
def test_a_voice_note_becomes_text_in_the_guests_language(rt):
    result = heard_from(rt, Speaker().say("Is the swimming pool open tonight?", "en"), "es")
    assert isinstance(result, Heard) and result.language == "en" and "pool" in result.text.lower()
    assert result.duration_seconds > 1


def test_an_undecodable_note_gets_could_you_type_it_in_the_guests_language(rt):
    result = heard_from(rt, b"definitely not audio" * 20, "es")
    assert result.kind == "undecodable"
    assert result.reply("es") == "No he podido oír el mensaje de voz. ¿Podría escribirlo?"


def test_an_over_long_note_gets_a_polite_answer_naming_the_limit(rt):
    result = heard_from(rt, recorded(tone(9.0), "ogg", "libopus", 48_000), "en")
    assert result.kind == "too_long" and "0.1 minutes" in result.reply("en")


def test_an_over_large_file_gets_a_polite_answer_naming_the_limit(rt):
    result = heard_from(rt, b"\0" * (rt.settings.max_attachment_bytes + 1), "fr")
    assert result.kind == "too_large" and "10 Mo" in result.reply("fr")


def test_what_was_heard_is_kept_and_a_repeated_job_does_not_fetch_the_note_again(rt):
    with fake_twilio.running_fake() as provider:
        rt.settings.twilio_api_base = provider.base
        message = note(provider.add_media(b"not really a voice note" * 20, "audio/ogg"))
        assert heard(rt, message) is None

        listen(rt, message)
        listen(rt, message)   # RQ ran it again (a retry, a worker that died after keeping the result)

        assert provider.media_fetches == 1
        assert heard(rt, message).kind == "undecodable"


def test_a_note_that_cannot_be_fetched_is_unheard_on_the_last_attempt(rt):
    listen(rt, note("https://evil.example/x.ogg"))   # refused for good: not on the provider's own host
    assert heard(rt, note()).kind == "unreachable"


def reply_row(rt: Runtime, hotel_id: str, text: str) -> int:
    with rt.db.session() as session:
        conversation = open_conversation(session, hotel_id, Channel.API, "session-1")
        return record(session, conversation, "out", "bot", text, status="queued").id


def delivered(rt: Runtime, reply_id: int) -> Message:
    def sent() -> Message | None:
        with rt.db.session() as session:
            row = session.get(Message, reply_id)
            return row if row.status == "sent" else None
    return wait_until(sent, timeout=10, what="the reply to be delivered")


@pytest.mark.voice
def test_a_spoken_reply_is_a_signed_link_delivered_with_its_text(rt):
    reply_id = reply_row(rt, HOTEL.id, "Your taxi is booked for six o'clock.")
    speak_replies([reply_id], "en")

    row = delivered(rt, reply_id)
    assert row.text == "Your taxi is booked for six o'clock."
    assert row.audio_url.startswith("https://hub.example.com/media/")
    data, mime = MediaStore.from_settings(rt.settings).open(row.audio_url.rsplit("/", 1)[1])
    assert mime == "audio/ogg" and decode(data).duration_seconds > 1


def test_a_hotel_that_turned_voice_replies_off_gets_its_text_delivered(rt):
    reply_id = reply_row(rt, QUIET.id, "Your taxi is booked.")
    speak_replies([reply_id], "en")
    assert delivered(rt, reply_id).audio_url is None


def test_a_language_without_a_voice_gets_text_only(rt):
    reply_id = reply_row(rt, HOTEL.id, "Ваше такси заказано.")
    speak_replies([reply_id], "ru")
    assert delivered(rt, reply_id).audio_url is None
